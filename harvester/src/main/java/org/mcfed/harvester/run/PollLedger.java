package org.mcfed.harvester.run;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.connector.CompactIdSet;
import org.mcfed.connector.FetchFailure;
import org.mcfed.connector.PollResult;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourcePosition;
import org.mcfed.harvester.state.KnownEntry;
import org.mcfed.harvester.state.RunCounts;
import org.mcfed.harvester.state.SourceState;
import org.mcfed.harvester.state.StateTopic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what a run fetched into what it publishes, before anything is sent: raw records that are
 * new or whose checksum moved (an unchanged checksum is not republished), deletions, state updates
 * and counts. Everything lands in one Kafka transaction and is applied to the {@link SourceState}
 * only after it committed ({@link #applyTo}). A record already counted in this run (seen again
 * after a resume) is neither counted nor published twice.
 */
public final class PollLedger {

    private final SourceState state;
    private final String source;
    private final String runId;
    private final RunCounts start;
    private final RunCounts.Tally tally;
    private final List<ProducerRecord<String, byte[]>> messages = new ArrayList<>();
    /** Pending state: an entry, or null for a record to forget. */
    private final Map<String, KnownEntry> pending = new HashMap<>();
    /**
     * Ids this run saw as {@link PollResult#rederivedUnchanged()} in earlier, committed polls: the run's, shared by its
     * ledgers. Held compactly: a sitemap shows hundreds of thousands of ids unchanged in one poll.
     */
    private final CompactIdSet rederivedSeen;
    /** Such ids first seen in this poll, added to {@link #rederivedSeen} once it committed. */
    private final CompactIdSet rederivedNew = new CompactIdSet();

    public PollLedger(SourceState state, String runId, RunCounts counts) {
        this(state, runId, counts, new CompactIdSet());
    }

    /**
     * A ledger of run {@code runId}; {@code rederivedSeen} is the run's set of ids seen unchanged as a whole
     * (not written to the state, kept out of the sweep in memory), which this ledger adds to once committed.
     */
    public PollLedger(SourceState state, String runId, RunCounts counts, CompactIdSet rederivedSeen) {
        this.rederivedSeen = rederivedSeen;
        this.state = state;
        this.source = state.source();
        this.runId = runId;
        this.start = counts;
        this.tally = counts.tally();
    }

    /** Counts one poll's records, unchanged ids, failures and item problems. */
    public void poll(PollResult result) {
        tally.pages++;
        for (RawRecord r : result.records()) {
            if (r.deleted()) {
                deletion(r);
            } else {
                fetched(r);
            }
        }
        for (String localId : result.unchanged()) {
            KnownEntry entry = lookup(localId);
            if (entry != null && !runId.equals(entry.lastSeenRun())) {
                tally.unchanged++;
                stage(entry.seenIn(runId));
            }
        }
        for (FetchFailure f : result.failures()) {
            tally.failed++;
            tally.error((f.localId() == null ? "listing " : f.localId() + " ") + f.url() + ": " + f.reason());
            // A record whose detail page failed this time is still listed: keep it out of the sweep.
            KnownEntry entry = f.localId() == null ? null : lookup(f.localId());
            if (entry != null && !runId.equals(entry.lastSeenRun())) {
                stage(entry.seenIn(runId));
            }
        }
        rederivedNew.ensureCapacity(rederivedNew.size() + result.rederivedUnchanged().size(), 0);
        for (String localId : result.rederivedUnchanged()) {
            if (knownAndNotSeen(localId) && !rederivedSeen.contains(localId)) {
                rederivedNew.add(localId);
            }
        }
        result.itemProblems().forEach(tally::itemProblem);
    }

    /**
     * Counts the ids the run saw unchanged as a whole, once, when it ends: a resumed run is told them
     * again, so a count kept in the checkpoint would count them twice.
     */
    public void countRederived() {
        tally.unchanged += rederivedSeen.size() + rederivedNew.size();
    }

    private void fetched(RawRecord r) {
        KnownEntry entry = lookup(r.localId());
        if (entry != null && runId.equals(entry.lastSeenRun())) {
            return;
        }
        tally.fetched++;
        boolean same = entry != null && r.checksum() != null && r.checksum().equals(entry.known().checksum());
        if (same) {
            tally.unchanged++;
            stage(entry.seenIn(runId));
            return;
        }
        if (entry == null) {
            tally.created++;
        } else {
            tally.changed++;
        }
        messages.add(new ProducerRecord<>(Topics.RAW, r.key(), ColJson.writeBytes(r)));
        stage(new KnownEntry(source, r.connector(), r.toKnown(),
                r.url(), runId));
    }

    /** A deletion the source itself announced (a feed's deleted entry). */
    private void deletion(RawRecord r) {
        KnownEntry entry = lookup(r.localId());
        if (entry == null) {
            return;
        }
        tally.deleted++;
        messages.add(new ProducerRecord<>(Topics.RAW, r.key(), ColJson.writeBytes(r)));
        forget(r.localId());
    }

    /** A record known from earlier runs that a complete run did not see. */
    public void sweep(KnownEntry gone, SourcePosition position, Instant now) {
        RawRecord deletion = new RawRecord(source, gone.connector(), gone.localId(), gone.url(), now, null, null,
                Map.of(), null, List.of(), true, position);
        tally.deleted++;
        messages.add(new ProducerRecord<>(Topics.RAW, deletion.key(), ColJson.writeBytes(deletion)));
        forget(gone.localId());
    }

    public void error(String message) {
        tally.error(message);
    }

    /**
     * Whether the record is known (staged in this poll, or in the state) and not yet seen in this run: {@link #lookup}
     * without decoding a state entry, for the hundreds of thousands of ids a sitemap reports unchanged.
     */
    private boolean knownAndNotSeen(String localId) {
        if (pending.containsKey(localId)) {
            KnownEntry entry = pending.get(localId);
            return entry != null && !runId.equals(entry.lastSeenRun());
        }
        return state.knownAndNotSeenIn(localId, runId);
    }

    private KnownEntry lookup(String localId) {
        if (pending.containsKey(localId)) {
            return pending.get(localId);
        }
        return state.known(localId);
    }

    private void stage(KnownEntry entry) {
        pending.put(entry.localId(), entry);
    }

    private void forget(String localId) {
        pending.put(localId, null);
    }

    /** Raw records and state updates, in send order (the state after the records it describes). */
    public List<ProducerRecord<String, byte[]>> messages() {
        List<ProducerRecord<String, byte[]>> all = new ArrayList<>(messages);
        pending.forEach((id, entry) -> all.add(entry == null ? StateTopic.forget(source, id) : StateTopic.put(entry)));
        return all;
    }

    public RunCounts counts() {
        return tally.freeze();
    }

    /** What this ledger counted on top of the counts it started from. */
    public RunCounts delta() {
        return counts().minus(start);
    }

    /** Applies the staged state once the transaction committed. */
    public void applyTo(SourceState target) {
        rederivedSeen.addAll(rederivedNew);
        pending.forEach((id, entry) -> {
            if (entry == null) {
                target.remove(id);
            } else {
                target.put(entry);
            }
        });
    }

    /**
     * The records a sweep would delete, seen through what this ledger already staged: a staged entry is always one
     * seen in this run, or a record forgotten, so neither is gone. The ids seen unchanged are asked first: after a
     * sitemap they are nearly every id the state has not marked seen (706,155 of HKQR's 713,288).
     */
    public List<KnownEntry> notSeen() {
        return state.notSeenIn(runId, id -> rederivedSeen.contains(id) || rederivedNew.contains(id) || pending.containsKey(id));
    }
}
