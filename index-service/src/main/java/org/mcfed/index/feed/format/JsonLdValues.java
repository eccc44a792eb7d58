package org.mcfed.index.feed.format;

import org.mcfed.col.record.ColRecord;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What every JSON-LD writer needs from a COL record: its IRI, language-tagged text, hours as an
 * ISO 8601 duration, and maps that leave out what the record does not state.
 */
final class JsonLdValues {

    private JsonLdValues() {
    }

    /** The record's IRI: {@code urn:mcfed:record:} and its id, percent-encoded (ids hold {@code /} and spaces). */
    static String recordIri(ColRecord r) {
        return "urn:mcfed:record:" + URLEncoder.encode(r.id(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A language map as JSON-LD language-tagged values (a plain string when there is one). */
    static Object languageValues(Map<String, String> map) {
        if (map == null || map.isEmpty()) {
            return null;
        }
        if (map.size() == 1) {
            return map.values().iterator().next();
        }
        List<Object> values = new ArrayList<>();
        map.forEach((lang, text) -> values.add(Map.of("@value", text, "@language", lang)));
        return values;
    }

    /** 150.0 hours as {@code PT150H}, 7.5 as {@code PT7.5H}. */
    static String hours(Double hours) {
        return hours == null ? null : "PT" + number(hours) + "H";
    }

    /** A number as written by a person: {@code 15}, not {@code 15.0}. */
    static String number(Double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Puts the value unless it is null or an empty collection or map. */
    static void put(Map<String, Object> m, String key, Object value) {
        if (value == null || value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> v && v.isEmpty()) {
            return;
        }
        m.put(key, value);
    }
}
