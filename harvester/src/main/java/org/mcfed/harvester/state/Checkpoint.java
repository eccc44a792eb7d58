package org.mcfed.harvester.state;

import org.mcfed.connector.SourcePosition;

import java.time.Instant;

/**
 * A run in progress, as last committed to the state topic together with the records it published:
 * a harvester (this one restarted, or another instance that took the source over) resumes the run
 * from {@code position} with the same run id and counts.
 */
public record Checkpoint(String source, String runId, Instant startedAt, SourcePosition position, RunCounts counts) {

    public Checkpoint advance(SourcePosition next, RunCounts nextCounts) {
        return new Checkpoint(source, runId, startedAt, next == null ? position : next, nextCounts);
    }
}
