package org.mcfed.col.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * A record the normalizer could not publish, on {@link Topics#REJECTS}: the raw record as
 * harvested (kept as JSON so that readers need not know connector types), every reason, and the
 * reject class (JSON {@code "class"}: {@code untitled}, {@code invalid-record}, ...; the label of the
 * normalizer's {@code RejectClass}, so a dashboard can count per source and class; null on rejects
 * written before the class was recorded).
 */
public record Reject(String key, String source, String localId, JsonNode raw, List<Reason> reasons, Instant rejectedAt,
                     String rejectClass) {

    @JsonCreator
    public Reject(@JsonProperty("key") String key, @JsonProperty("source") String source,
                  @JsonProperty("localId") String localId, @JsonProperty("raw") JsonNode raw,
                  @JsonProperty("reasons") List<Reason> reasons, @JsonProperty("rejectedAt") Instant rejectedAt,
                  @JsonProperty("class") String rejectClass) {
        this.key = key;
        this.source = source;
        this.localId = localId;
        this.raw = raw;
        this.reasons = reasons;
        this.rejectedAt = rejectedAt;
        this.rejectClass = rejectClass;
    }

    /** Without a class (rejects read from before the class was recorded, or built in tests). */
    public Reject(String key, String source, String localId, JsonNode raw, List<Reason> reasons, Instant rejectedAt) {
        this(key, source, localId, raw, reasons, rejectedAt, null);
    }

    /** The reject class under its JSON name. */
    @Override
    @JsonProperty("class")
    public String rejectClass() {
        return rejectClass;
    }

    /** One reason: the COL element concerned ({@code page} for an unreadable page) and the problem. */
    public record Reason(String element, String problem) {
    }
}
