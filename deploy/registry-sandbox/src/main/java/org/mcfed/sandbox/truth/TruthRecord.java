package org.mcfed.sandbox.truth;

import java.time.Instant;

/**
 * One live record as the registry holds it: the local id a connector must emit, when it last
 * changed, the COL status it maps to ({@code active}/{@code archived}), the status the page
 * shows, and, when a fault serves its page malformed, how and whether a reject is expected.
 */
public record TruthRecord(String id, Instant updatedAt, String status, String sourceStatus, String malformed,
                          boolean expectReject) {
}
