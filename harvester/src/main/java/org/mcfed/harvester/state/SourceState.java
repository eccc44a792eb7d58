package org.mcfed.harvester.state;

import org.mcfed.connector.KnownRecord;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One source's state as read back from the state topic: the records it knows, the run in
 * progress, if any, and the incremental watermark the last completed run reached. Changed only after the transaction that wrote the change has committed.
 */
public final class SourceState {

    private final String source;
    private final Map<String, KnownEntry> known = new HashMap<>();
    /** One instance per connector name and run id (a few values, held by every entry); see {@link #shared}. */
    private final Map<String, String> names = new HashMap<>();
    private Checkpoint checkpoint;
    private Instant watermark;

    public SourceState(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public KnownEntry known(String localId) {
        return known.get(localId);
    }

    public Map<String, KnownEntry> knownEntries() {
        return known;
    }

    /** The validators and checksums the connector gets at start. */
    public Map<String, KnownRecord> knownRecords() {
        Map<String, KnownRecord> out = new HashMap<>(known.size() * 2);
        known.forEach((id, e) -> out.put(id, e.known()));
        return out;
    }

    public Checkpoint checkpoint() {
        return checkpoint;
    }

    public void put(KnownEntry entry) {
        known.put(entry.localId(), shared(entry));
    }

    /**
     * The entry holding this state's one copy of its source name, connector name and run id: read back
     * from the topic, every entry had its own copies of these few values, about 190 of the 650 bytes an
     * entry held, which at a million records took the harvester's 1 GiB heap to its limit.
     */
    private KnownEntry shared(KnownEntry e) {
        String src = source.equals(e.source()) ? source : e.source();
        String connector = e.connector() == null ? null : names.computeIfAbsent(e.connector(), c -> c);
        String run = e.lastSeenRun() == null ? null : names.computeIfAbsent(e.lastSeenRun(), r -> r);
        if (src == e.source() && connector == e.connector() && run == e.lastSeenRun()) {
            return e;
        }
        return new KnownEntry(src, connector, e.known(), e.url(), run);
    }

    public void remove(String localId) {
        known.remove(localId);
    }

    public void checkpoint(Checkpoint next) {
        checkpoint = next;
    }

    /**
     * Where the next run starts for sources that page by time (COL feed {@code since}, OAI
     * {@code from}): the position's {@code since} at the end of the last completed run; null for a
     * full run and for sources without one.
     */
    public Instant watermark() {
        return watermark;
    }

    public void watermark(Instant next) {
        watermark = next;
    }

    /** Entries a complete run {@code runId} did not see: the deletions of its sweep. */
    public List<KnownEntry> notSeenIn(String runId) {
        return known.values().stream().filter(e -> !runId.equals(e.lastSeenRun())).toList();
    }
}
