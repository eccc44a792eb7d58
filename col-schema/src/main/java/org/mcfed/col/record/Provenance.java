package org.mcfed.col.record;

import java.time.Instant;

/** Where and when the aggregator got the record, with the checksum ({@code sha256:...}) of what the source said. */
public record Provenance(String source, String localId, String url, Instant harvestedAt, String checksum) {
}
