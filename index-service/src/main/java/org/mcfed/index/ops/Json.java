package org.mcfed.index.ops;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Tolerant reads of pipeline messages: a missing, null or ill-typed field reads as null, so a
 * producer that adds, renames or omits a field degrades the dashboard, never stops it.
 */
final class Json {

    private Json() {
    }

    static String text(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v != null && !v.isNull() && !v.isContainerNode()) {
                return v.asText();
            }
        }
        return null;
    }

    static Long number(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v != null && v.isNumber()) {
                return v.longValue();
            }
            if (v != null && v.isTextual()) {
                try {
                    return Long.parseLong(v.asText().trim());
                } catch (NumberFormatException e) {
                    // not a count: try the next name
                }
            }
        }
        return null;
    }

    /** An ISO-8601 instant, or epoch milliseconds as Jackson writes them when timestamps are on. */
    static Instant instant(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                continue;
            }
            if (v.isNumber()) {
                double n = v.doubleValue();
                return n > 1e11 ? Instant.ofEpochMilli(v.longValue()) : Instant.ofEpochSecond((long) n, (long) ((n % 1) * 1e9));
            }
            try {
                return Instant.parse(v.asText());
            } catch (DateTimeParseException e) {
                // unreadable: try the next name
            }
        }
        return null;
    }
}
