package org.mcfed.connector;

import java.time.Instant;

/**
 * Where a harvest of one source stands, so that a restart resumes where it stopped (the
 * equivalent of Kafka Connect's source offset). {@code cursor} is the connector's own opaque
 * listing position (a page number, a StartRow, a feed cursor, a resumptionToken); {@code since} is
 * the incremental watermark (COL feed {@code since}, OAI {@code from}) of the run, null for a full run.
 */
public record SourcePosition(String runId, String cursor, Instant since) {

    public static SourcePosition start(String runId, Instant since) {
        return new SourcePosition(runId, null, since);
    }

    public SourcePosition at(String newCursor) {
        return new SourcePosition(runId, newCursor, since);
    }
}
