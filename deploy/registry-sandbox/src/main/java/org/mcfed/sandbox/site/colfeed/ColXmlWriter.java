package org.mcfed.sandbox.site.colfeed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.mcfed.col.json.ColJson;
import org.mcfed.sandbox.core.Html;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A COL record as XML elements in namespace {@code urn:mcfed:col-record:v1} (the OAI-PMH {@code col}
 * format written out instead of carried as JSON text): each JSON member an element of the same name,
 * a list its element repeated, a language map its element repeated with {@code xml:lang}, an object
 * child elements, null members left out. Written from the record's JSON so a fault in the JSON
 * (a value of the wrong type) shows in the XML too.
 */
final class ColXmlWriter {

    /** The COL record's language maps (docs/col-record.md). */
    private static final Set<String> LANGUAGE_MAPS = Set.of("title", "description", "learningOutcomesByLanguage");

    private ColXmlWriter() {
    }

    static void write(StringBuilder sb, String recordJson) {
        JsonNode record;
        try {
            record = ColJson.mapper().readTree(recordJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the sandbox wrote a record that is not JSON", e);
        }
        sb.append("<record xmlns=\"").append(OaiPmh.COL_NS).append("\">");
        record.fields().forEachRemaining(m -> member(sb, m.getKey(), m.getValue()));
        sb.append("</record>");
    }

    private static void member(StringBuilder sb, String name, JsonNode value) {
        if (value.isNull()) {
            return;
        }
        if (value.isArray()) {
            value.forEach(v -> member(sb, name, v));
        } else if (value.isObject() && LANGUAGE_MAPS.contains(name)) {
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) value::fields) {
                for (JsonNode text : e.getValue().isArray() ? e.getValue() : List.of(e.getValue())) {
                    sb.append('<').append(name).append(" xml:lang=\"").append(Html.esc(e.getKey())).append("\">")
                      .append(Html.esc(text.asText())).append("</").append(name).append('>');
                }
            }
        } else if (value.isObject()) {
            sb.append('<').append(name).append('>');
            value.fields().forEachRemaining(m -> member(sb, m.getKey(), m.getValue()));
            sb.append("</").append(name).append('>');
        } else {
            sb.append('<').append(name).append('>').append(Html.esc(value.asText())).append("</").append(name).append('>');
        }
    }
}
