package org.mcfed.sandbox.truth;

import java.time.Instant;
import java.util.List;

/**
 * One live record as the registry holds it: the local id a connector must emit, when it last
 * changed, the COL status it maps to ({@code active}/{@code archived}), the status the page
 * shows, and, when a fault serves its page malformed, how and whether a reject is expected.
 * {@code concept} is the subject key of its topic (a row of {@code vocab/concepts.txt}, shared
 * across registries, the judgement of the cross-lingual evaluation); {@code languages} the BCP 47
 * tags its title is published in.
 */
public record TruthRecord(String id, Instant updatedAt, String status, String sourceStatus, String malformed,
                          boolean expectReject, String concept, List<String> languages) {
}
