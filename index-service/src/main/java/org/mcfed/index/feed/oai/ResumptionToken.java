package org.mcfed.index.feed.oai;

import com.fasterxml.jackson.databind.JsonNode;
import org.mcfed.col.json.ColJson;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of a list request carried between pages: the original selection (format, set,
 * from, until) and the index's own cursor, so the provider keeps no session state and any
 * replica can answer the next page. Encoded as URL-safe base64 of a small JSON object; a token
 * that does not decode, or whose index cursor the index refuses, is {@code badResumptionToken}.
 *
 * @param delivered how many entries earlier pages held (the {@code cursor} attribute)
 */
public record ResumptionToken(String verb, String metadataPrefix, String set, Instant from, Instant until,
                              String indexCursor, long delivered) {

    public String encode() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("v", verb);
        fields.put("p", metadataPrefix);
        fields.put("s", set);
        fields.put("f", from == null ? null : from.toString());
        fields.put("u", until == null ? null : until.toString());
        fields.put("c", indexCursor);
        fields.put("d", delivered);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(ColJson.writeBytes(fields));
    }

    public static ResumptionToken decode(String token, OaiVerb expectedVerb) {
        try {
            JsonNode n = ColJson.mapper().readTree(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
            ResumptionToken t = new ResumptionToken(n.path("v").asText(null), n.path("p").asText(null), text(n, "s"),
                    instant(n, "f"), instant(n, "u"), n.path("c").asText(null), n.path("d").asLong(-1));
            if (!expectedVerb.name().equals(t.verb) || t.metadataPrefix == null || t.indexCursor == null || t.delivered < 0) {
                throw new IllegalArgumentException("incomplete token");
            }
            return t;
        } catch (RuntimeException | java.io.IOException e) {
            throw new OaiException(OaiError.badResumptionToken, "the resumptionToken is not one this repository issued for " + expectedVerb);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Instant instant(JsonNode n, String field) {
        String v = text(n, field);
        return v == null ? null : Instant.parse(v);
    }
}
