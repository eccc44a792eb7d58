package org.mcfed.index.ops;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One rejected record, read tolerantly from a {@link org.mcfed.col.pipeline.Reject} on
 * {@code mcfed.rejects.v1} (key {@code source:localId}). Fields read: {@code key} (else the
 * message key), {@code source} (else the key up to its first colon), {@code localId} (else the
 * rest of the key), {@code rejectedAt} (else the Kafka timestamp), {@code reasons} as a list of
 * {@code {element, problem}} (a plain string reads as a problem of element {@code ?}),
 * {@code raw}, the raw record, whose {@code url} is shown when present, and {@code class}, the
 * normalizer's reject class (issue 13; {@link #UNCLASSIFIED} when a producer does not say).
 */
public record RejectView(String key, String source, String localId, Instant rejectedAt, List<Reason> reasons,
                         String url, JsonNode raw, String rejectClass) {

    /** The class of a reject whose producer states none (rejects published before classes existed). */
    public static final String UNCLASSIFIED = "unclassified";

    /** One reason: the COL element concerned and the problem. */
    public record Reason(String element, String problem) {
    }

    static RejectView read(String messageKey, Instant timestamp, JsonNode v) {
        String key = Json.text(v, "key");
        if (key == null) {
            key = messageKey;
        }
        int colon = key == null ? -1 : key.indexOf(':');
        String source = Json.text(v, "source");
        if (source == null) {
            source = colon > 0 ? key.substring(0, colon) : "unknown";
        }
        String localId = Json.text(v, "localId");
        if (localId == null && colon > 0) {
            localId = key.substring(colon + 1);
        }
        List<Reason> reasons = new ArrayList<>();
        JsonNode rs = v.get("reasons");
        if (rs != null && rs.isArray()) {
            for (JsonNode r : rs) {
                if (r.isObject()) {
                    String element = Json.text(r, "element");
                    String problem = Json.text(r, "problem", "message");
                    reasons.add(new Reason(element == null ? "?" : element, problem == null ? "(no problem stated)" : problem));
                } else if (!r.isNull()) {
                    reasons.add(new Reason("?", r.asText()));
                }
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(new Reason("?", "(no reason given)"));
        }
        JsonNode raw = v.get("raw");
        String url = raw != null && raw.isObject() ? Json.text(raw, "url") : null;
        Instant at = Json.instant(v, "rejectedAt");
        String rejectClass = Json.text(v, "class");
        return new RejectView(key, source, localId, at != null ? at : timestamp, List.copyOf(reasons), url, raw,
                rejectClass == null || rejectClass.isBlank() ? UNCLASSIFIED : rejectClass.strip());
    }
}
