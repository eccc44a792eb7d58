package org.mcfed.harvester.state;

import org.mcfed.connector.KnownRecord;

/**
 * What the state topic holds for one record of one source: the {@link KnownRecord} handed to the
 * connector (validators, checksum of what was last published), the connector that published it
 * (a deletion names the same connector) and the run that last saw it. The deletion sweep of a
 * complete run deletes exactly the entries whose {@code lastSeenRun} is not that run.
 */
public record KnownEntry(String source, String connector, KnownRecord known, String url, String lastSeenRun) {

    public String localId() {
        return known.localId();
    }

    public KnownEntry seenIn(String runId) {
        return new KnownEntry(source, connector, known, url, runId);
    }
}
