package org.mcfed.sandbox.truth;

import java.time.Instant;
import java.util.List;

/**
 * One live record as the registry holds it: the local id a connector must emit, when it last
 * changed, the COL status it maps to ({@code active}/{@code archived}), the status the page
 * shows, and, when a fault serves its page malformed, how and whether a reject is expected:
 * {@code expectReject} when the connector must refuse the page, {@code expectInvalid} when the page
 * maps but to a record that breaks the COL schema, which the normalizer rejects ({@code invalid-record}).
 * {@code concept} is the subject key of its topic (a row of {@code vocab/concepts.txt}, shared
 * across registries, the judgement of the cross-lingual evaluation); {@code languages} the BCP 47
 * tags its title is published in.
 */
public record TruthRecord(String id, Instant updatedAt, String status, String sourceStatus, String malformed,
                          boolean expectReject, boolean expectInvalid, String concept, List<String> languages) {

    /** Whether the pipeline must put the record on its rejects topic, by the connector or the normalizer. */
    public boolean expectPipelineReject() {
        return expectReject || expectInvalid;
    }
}
