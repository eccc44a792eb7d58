package org.mcfed.connector.colfeed;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mcfed.col.crosswalk.Crosswalks;
import org.w3c.dom.Element;

import java.util.List;

/**
 * A COL draft, in COL JSON form, from an {@code oai_dc} record: only what Dublin Core states.
 * {@code title}, {@code description} (by {@code xml:lang}; {@code und} when a value names no language);
 * {@code publisher}, else {@code creator}, as the awarding body's name; the first http(s)
 * {@code identifier} as {@code url}; {@code language} as ISO 639-3 (through col-schema's language table;
 * a value it does not know is kept as stated and judged by the validator); {@code subject} as skill
 * labels; {@code coverage} as the issuer country when it is an ISO 3166-1 code or country name the
 * country table knows; {@code date} as {@code updatedAt}, else the header's datestamp; {@code status}
 * {@code active}, derived from the record being listed and not deleted. Everything
 * else COL asks for (workload, level, outcomes, assessment, quality assurance...) is missing, not guessed.
 */
final class DublinCoreDraft {

    static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DublinCoreDraft() {
    }

    /**
     * @param id        the record's COL id (the OAI identifier)
     * @param datestamp the header's datestamp, used when {@code dc:date} is not a date
     */
    static ObjectNode toJson(Element dc, String id, String datestamp) {
        ObjectNode out = NODES.objectNode().put("id", id);
        languageMap(out, "title", values(dc, "title"));
        languageMap(out, "description", values(dc, "description"));
        String body = first(values(dc, "publisher"), values(dc, "creator"));
        if (body != null) {
            out.putObject("awardingBody").put("name", body);
        }
        for (Element identifier : values(dc, "identifier")) {
            String v = text(identifier);
            if (v.startsWith("http://") || v.startsWith("https://")) {
                out.put("url", v);
                break;
            }
        }
        List<Element> languages = values(dc, "language");
        if (!languages.isEmpty()) {
            ArrayNode codes = out.putArray("languages");
            for (Element l : languages) {
                String code = Crosswalks.standard().languages().iso6393(text(l));
                codes.add(code == null ? text(l) : code);
            }
        }
        List<Element> subjects = values(dc, "subject");
        if (!subjects.isEmpty()) {
            ArrayNode skills = out.putArray("skills");
            subjects.forEach(s -> skills.addObject().put("label", text(s)).putNull("taxonomy").putNull("uri"));
        }
        for (Element coverage : values(dc, "coverage")) {
            String country = Crosswalks.standard().countries().iso3166(text(coverage));
            if (country != null) {
                out.put("issuerCountry", country);
                break;
            }
        }
        FeedStamp updated = values(dc, "date").stream().map(d -> FeedStamp.of("date", text(d)))
                .filter(d -> d.problem() == null).findFirst().orElse(FeedStamp.of("datestamp", datestamp));
        if (updated.at() != null) {
            out.put("updatedAt", updated.at().toString());
        }
        // Dublin Core has no status; a record the registry lists, not as deleted, is current (the
        // schema: "status is always known"). Named as derived, since the registry did not state it.
        out.put("status", "active");
        out.putObject("quality").putArray("derived").add("status");
        return out;
    }

    private static void languageMap(ObjectNode out, String field, List<Element> values) {
        if (values.isEmpty()) {
            return;
        }
        ObjectNode map = out.putObject(field);
        for (Element v : values) {
            String lang = v.getAttributeNS(XML_NS, "lang").strip();
            String key = lang.isEmpty() ? "und" : lang;
            if (!map.has(key)) {
                map.put(key, text(v));
            }
        }
    }

    private static String first(List<Element> preferred, List<Element> fallback) {
        return !preferred.isEmpty() ? text(preferred.get(0)) : fallback.isEmpty() ? null : text(fallback.get(0));
    }

    /** The non-blank values of one Dublin Core element. */
    private static List<Element> values(Element dc, String localName) {
        return ChildElements.named(dc, DC_NS, localName).stream().filter(e -> !text(e).isEmpty()).toList();
    }

    /** Element text with runs of white space (line breaks of a wrapped value, non-breaking spaces) made one space. */
    private static String text(Element e) {
        return e.getTextContent().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
