package org.mcfed.col.pipeline;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * A record the normalizer could not publish, on {@link Topics#REJECTS}: the raw record as
 * harvested (kept as JSON so that readers need not know connector types) and every reason.
 */
public record Reject(String key, String source, String localId, JsonNode raw, List<Reason> reasons, Instant rejectedAt) {

    /** One reason: the COL element concerned ({@code page} for an unreadable page) and the problem. */
    public record Reason(String element, String problem) {
    }
}
