package org.mcfed.harvester.run;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.pipeline.ItemProblem;
import org.mcfed.col.pipeline.RunReport;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.connector.CompactIdSet;
import org.mcfed.connector.FetchFailure;
import org.mcfed.connector.KnownRecord;
import org.mcfed.connector.PollResult;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourcePosition;
import org.mcfed.harvester.state.KnownEntry;
import org.mcfed.harvester.state.RunCounts;
import org.mcfed.harvester.state.SourceState;
import org.mcfed.harvester.state.StateTopic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PollLedgerTest {

    private static final SourcePosition POS = SourcePosition.start("run-2", null);

    @Test
    void publishesNewAndChangedButNotUnchangedChecksums() {
        SourceState state = stateWith(entry("a", "sha256:1", "run-1"), entry("b", "sha256:2", "run-1"));
        PollLedger ledger = new PollLedger(state, "run-2", RunCounts.zero());
        ledger.poll(PollResult.more(List.of(raw("a", "sha256:1"), raw("b", "sha256:changed"), raw("c", "sha256:3")),
                List.of(), List.of(), POS));

        assertThat(rawKeys(ledger)).containsExactly("nzqa:b", "nzqa:c");
        RunCounts c = ledger.counts();
        assertThat(c.fetched()).isEqualTo(3);
        assertThat(c.created()).isEqualTo(1);
        assertThat(c.changed()).isEqualTo(1);
        assertThat(c.unchanged()).isEqualTo(1);
        assertThat(c.fetched()).isEqualTo(c.created() + c.changed() + c.unchanged());
    }

    @Test
    void stateIsOnlyChangedOnApply() {
        SourceState state = new SourceState("nzqa");
        PollLedger ledger = new PollLedger(state, "run-2", RunCounts.zero());
        ledger.poll(PollResult.more(List.of(raw("c", "sha256:3")), List.of(), List.of(), POS));
        assertThat(state.known("c")).isNull();
        assertThat(ledger.messages()).extracting(ProducerRecord::topic).contains(StateTopic.NAME);

        ledger.applyTo(state);
        assertThat(state.known("c").lastSeenRun()).isEqualTo("run-2");
        assertThat(state.known("c").known().checksum()).isEqualTo("sha256:3");
    }

    @Test
    void sweepDeletesOnlyWhatTheRunDidNotSeeAndFailedDetailPagesAreKept() {
        SourceState state = stateWith(entry("a", "sha256:1", "run-1"), entry("b", "sha256:2", "run-1"),
                entry("gone", "sha256:9", "run-1"), entry("flaky", "sha256:8", "run-1"));
        PollLedger ledger = new PollLedger(state, "run-2", RunCounts.zero());
        ledger.poll(PollResult.finished(List.of(raw("a", "sha256:1")), List.of("b"),
                List.of(new FetchFailure("flaky", "http://x/flaky", "HTTP 503 after 5 attempts", true)), POS, true));

        List<KnownEntry> gone = ledger.notSeen();
        assertThat(gone).extracting(KnownEntry::localId).containsExactly("gone");
        gone.forEach(g -> ledger.sweep(g, POS, Instant.EPOCH));

        assertThat(rawKeys(ledger)).containsExactly("nzqa:gone");
        RunCounts c = ledger.counts();
        assertThat(c.deleted()).isEqualTo(1);
        assertThat(c.failed()).isEqualTo(1);
        assertThat(c.unchanged()).isEqualTo(2);
        assertThat(c.errors()).singleElement().asString().contains("flaky").contains("503");
        ledger.applyTo(state);
        assertThat(state.known("gone")).isNull();
        assertThat(state.known("flaky").lastSeenRun()).isEqualTo("run-2");
    }

    @Test
    void recordsAlreadyCountedInThisRunAreNotCountedOrPublishedAgainAfterAResume() {
        SourceState state = stateWith(entry("a", "sha256:1", "run-2"));
        RunCounts before = new RunCounts(1, 1, 1, 0, 0, 0, 0, List.of(), 0, List.of());
        PollLedger ledger = new PollLedger(state, "run-2", before);
        ledger.poll(PollResult.more(List.of(raw("a", "sha256:1")), List.of("a"), List.of(), POS));

        assertThat(rawKeys(ledger)).isEmpty();
        assertThat(ledger.counts().fetched()).isEqualTo(1);
        assertThat(ledger.counts().unchanged()).isZero();
        assertThat(ledger.delta().pages()).isEqualTo(1);
    }

    @Test
    void itemProblemsAreCountedAllAndNamedUpToTheCapAcrossAResume() throws Exception {
        List<ItemProblem> page = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            page.add(new ItemProblem("http://x/feed?cursor=" + i, "records[" + i + "]", null, "no id"));
        }
        PollLedger first = new PollLedger(stateWith(), "run-2", RunCounts.zero());
        first.poll(PollResult.more(List.of(), List.of(), List.of(), POS).withItemProblems(page));
        // a resumed run starts from the checkpoint's counts, as read back from the state topic
        RunCounts checkpointed = ColJson.mapper().readValue(ColJson.write(first.counts()), RunCounts.class);
        PollLedger resumed = new PollLedger(stateWith(), "run-2", checkpointed);
        resumed.poll(PollResult.finished(List.of(), List.of(), List.of(), POS, true).withItemProblems(page));

        RunCounts c = resumed.counts();
        assertThat(c.itemProblemCount()).isEqualTo(140);
        assertThat(c.itemProblems()).hasSize(RunReport.MAX_ITEM_PROBLEMS).first().isEqualTo(page.get(0));
        assertThat(resumed.delta().itemProblemCount()).isEqualTo(70);
    }

    @Test
    void aCheckpointWrittenBeforeItemProblemsReadsAsNone() throws Exception {
        RunCounts old = ColJson.mapper().readValue("{\"pages\":2,\"fetched\":5,\"created\":5,\"changed\":0,\"unchanged\":0,"
                + "\"deleted\":0,\"failed\":0,\"errors\":[]}", RunCounts.class);

        assertThat(old.itemProblems()).isEmpty();
        assertThat(old.itemProblemCount()).isZero();
        assertThat(old.tally().freeze().fetched()).isEqualTo(5);
    }

    @Test
    void aDeletionTheSourceAnnouncesIsPublishedOnlyForAKnownRecord() {
        SourceState state = stateWith(entry("a", "sha256:1", "run-1"));
        PollLedger ledger = new PollLedger(state, "run-2", RunCounts.zero());
        ledger.poll(PollResult.more(List.of(deletion("a"), deletion("never-seen")), List.of(), List.of(), POS));
        assertThat(rawKeys(ledger)).containsExactly("nzqa:a");
        assertThat(ledger.counts().deleted()).isEqualTo(1);
    }

    @Test
    void idsUnchangedAsAWholeAreKeptFromTheSweepWithoutAStateWriteAndCountedOnceAtTheEnd() {
        SourceState state = stateWith(entry("a", "sha256:1", "run-1"), entry("b", "sha256:2", "run-1"),
                entry("c", "sha256:3", "run-1"), entry("gone", "sha256:9", "run-1"));
        CompactIdSet run = new CompactIdSet();
        PollLedger first = new PollLedger(state, "run-2", RunCounts.zero(), run);
        // the sitemap's unchanged pages come with the first batch, which also fetches a changed page
        first.poll(PollResult.more(List.of(raw("c", "sha256:changed")), List.of(), List.of(), POS)
                .withRederivedUnchanged(List.of("a", "b", "never-known")));

        assertThat(first.messages()).filteredOn(m -> m.topic().equals(StateTopic.NAME)).extracting(ProducerRecord::key)
                .containsExactly(StateTopic.recordKey("nzqa", "c"));
        assertThat(first.counts().unchanged()).as("counted when the run ends, not in a checkpoint").isZero();
        first.applyTo(state);
        assertThat(state.known("a").lastSeenRun()).isEqualTo("run-1");

        PollLedger last = new PollLedger(state, "run-2", first.counts(), run);
        last.poll(PollResult.finished(List.of(), List.of(), List.of(), POS, true));
        assertThat(last.notSeen()).extracting(KnownEntry::localId).containsExactly("gone");
        last.countRederived();
        assertThat(last.counts().unchanged()).isEqualTo(2);
        assertThat(last.counts().changed()).isEqualTo(1);
    }

    @Test
    void aResumedRunToldTheSameIdsAgainCountsThemOnceAndStillSweepsOnlyWhatItDidNotSee() {
        SourceState state = stateWith(entry("a", "sha256:1", "run-1"), entry("b", "sha256:2", "run-1"),
                entry("gone", "sha256:9", "run-1"));
        PollLedger beforeKill = new PollLedger(state, "run-2", RunCounts.zero(), new CompactIdSet());
        beforeKill.poll(PollResult.more(List.of(raw("b", "sha256:changed")), List.of(), List.of(), POS)
                .withRederivedUnchanged(List.of("a")));
        beforeKill.applyTo(state);
        RunCounts checkpointed = beforeKill.counts();

        // the process died; the resumed run (a new set) reads the sitemap again: b is now unchanged too
        PollLedger resumed = new PollLedger(state, "run-2", checkpointed, new CompactIdSet());
        resumed.poll(PollResult.finished(List.of(), List.of(), List.of(), POS, true).withRederivedUnchanged(List.of("a", "b")));
        assertThat(resumed.notSeen()).extracting(KnownEntry::localId).containsExactly("gone");
        resumed.countRederived();
        assertThat(resumed.counts().unchanged()).isEqualTo(1);
        assertThat(resumed.counts().changed()).isEqualTo(1);
    }

    private static List<String> rawKeys(PollLedger ledger) {
        return ledger.messages().stream().filter(m -> m.topic().equals(Topics.RAW)).map(ProducerRecord::key).toList();
    }

    private static SourceState stateWith(KnownEntry... entries) {
        SourceState s = new SourceState("nzqa");
        for (KnownEntry e : entries) {
            s.put(e);
        }
        return s;
    }

    private static KnownEntry entry(String id, String checksum, String run) {
        return new KnownEntry("nzqa", "nzqa", new KnownRecord(id, null, null, checksum), "http://x/" + id, run);
    }

    private static RawRecord raw(String id, String checksum) {
        return new RawRecord("nzqa", "nzqa", id, "http://x/" + id, Instant.EPOCH, "text/html", checksum,
                Map.of("title", List.of("T " + id)), null, List.of(), false, POS);
    }

    private static RawRecord deletion(String id) {
        return new RawRecord("nzqa", "nzqa", id, null, Instant.EPOCH, null, null, Map.of(), null, List.of(), true, POS);
    }
}
