package org.mcfed.normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Provenance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class SameAsLinkerTest {

    private static final Instant T1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2026-01-02T00:00:00Z");

    static ColRecord record(String source, String id, String provider, String title, Instant at, String... stated) {
        return ColRecord.builder().id(id).title(Map.of("en", title)).awardingBody(AwardingBody.named(provider))
                .provenance(new Provenance(source, id.substring(id.indexOf(':') + 1), null, at, "sha256:x"))
                .sameAs(List.of(stated)).updatedAt(at).build();
    }

    private static Map<String, ColRecord> compacted(List<RecordWrite> writes, Map<String, ColRecord> into) {
        for (RecordWrite w : writes) {
            if (w.tombstone()) {
                into.remove(w.id());
            } else {
                into.put(w.id(), ColJson.read(w.value()));
            }
        }
        return into;
    }

    @Test
    void sameProviderAndTitleFromTwoSourcesLinkBothWaysAndTheEarlierIsRepublished() {
        SameAsLinker linker = new SameAsLinker();
        List<RecordWrite> first = linker.apply(new Outcome.Published(
                record("nzqa", "nzqa:1-1", "Open Polytechnic", "Data Literacy", T1)));
        assertThat(first).hasSize(1);
        assertThat(ColJson.read(first.get(0).value()).sameAs()).isEmpty();

        List<RecordWrite> second = linker.apply(new Outcome.Published(
                record("col-feed", "pqr:9", "OPEN POLYTECHNIC", "Data literacy!", T2)));
        assertThat(second).extracting(RecordWrite::id).containsExactly("pqr:9", "nzqa:1-1");
        Map<String, ColRecord> view = compacted(second, new LinkedHashMap<>());
        assertThat(view.get("pqr:9").sameAs()).containsExactly("nzqa:1-1");
        assertThat(view.get("nzqa:1-1").sameAs()).containsExactly("pqr:9");
        // the republished record moves its updatedAt to its partner's harvest: derived from raw records, not the clock
        assertThat(view.get("nzqa:1-1").updatedAt()).isEqualTo(T2);
        assertThat(view.get("nzqa:1-1").provenance().harvestedAt()).isEqualTo(T1);
    }

    @Test
    void writesOfARecordNewToTheTopicAndOfThePartnersItLinksAreMarkedNewAndAChangeOrDeletionIsNot() {
        SameAsLinker linker = new SameAsLinker();
        assertThat(linker.apply(new Outcome.Published(record("nzqa", "nzqa:1-1", "Open Polytechnic", "Data Literacy", T1))))
                .extracting(RecordWrite::id, RecordWrite::newRecord).containsExactly(tuple("nzqa:1-1", true));
        // a new record and the partner republished with a link to it: both come from its arrival
        assertThat(linker.apply(new Outcome.Published(record("col-feed", "pqr:9", "OPEN POLYTECHNIC", "Data literacy!", T1))))
                .extracting(RecordWrite::id, RecordWrite::newRecord)
                .containsExactly(tuple("pqr:9", true), tuple("nzqa:1-1", true));

        // the known record changed (harvested again, later): a change, and so is its partner's new updatedAt
        assertThat(linker.apply(new Outcome.Published(record("nzqa", "nzqa:1-1", "Open Polytechnic", "Data Literacy", T2))))
                .extracting(RecordWrite::id, RecordWrite::newRecord)
                .containsExactly(tuple("nzqa:1-1", false), tuple("pqr:9", false));
        // normalised again to the same value (a replay): not new either, and not written unless asked
        assertThat(linker.apply(new Outcome.Published(record("nzqa", "nzqa:1-1", "Open Polytechnic", "Data Literacy", T2))))
                .extracting(RecordWrite::id, RecordWrite::unchanged, RecordWrite::newRecord)
                .containsExactly(tuple("nzqa:1-1", true, false));

        // deleted, its partner unlinked: changes; then listed again: new once more
        assertThat(linker.apply(new Outcome.Tombstone("pqr:9")))
                .extracting(RecordWrite::id, RecordWrite::tombstone, RecordWrite::newRecord)
                .containsExactly(tuple("pqr:9", true, false), tuple("nzqa:1-1", false, false));
        assertThat(linker.apply(new Outcome.Published(record("col-feed", "pqr:9", "OPEN POLYTECHNIC", "Data literacy!", T2))))
                .extracting(RecordWrite::id, RecordWrite::newRecord)
                .containsExactly(tuple("pqr:9", true), tuple("nzqa:1-1", true));
    }

    @Test
    void aRepublishedPartnerKeepsItsOutcomesInEveryLanguage() {
        SameAsLinker linker = new SameAsLinker();
        Map<String, List<String>> outcomes = Map.of("en", List.of("Map forest cover"), "ms", List.of("Memetakan litupan hutan"));
        linker.apply(new Outcome.Published(record("mqa", "mqa:MQA/SWA 0001", "Kolej Contoh", "Forest Monitoring", T1)
                .toBuilder().learningOutcomesByLanguage(outcomes).build()));

        List<RecordWrite> second = linker.apply(new Outcome.Published(
                record("col-feed", "pqr:10", "Kolej Contoh", "Forest monitoring", T2)));

        Map<String, ColRecord> view = compacted(second, new LinkedHashMap<>());
        assertThat(view.get("mqa:MQA/SWA 0001").sameAs()).containsExactly("pqr:10");
        assertThat(view.get("mqa:MQA/SWA 0001").learningOutcomesByLanguage()).isEqualTo(outcomes);
    }

    @Test
    void sameSourceDuplicatesAreNotLinked() {
        SameAsLinker linker = new SameAsLinker();
        linker.apply(new Outcome.Published(record("nzqa", "nzqa:1-1", "P", "T", T1)));
        List<RecordWrite> w = linker.apply(new Outcome.Published(record("nzqa", "nzqa:1-2", "P", "T", T1)));
        assertThat(w).hasSize(1);
        assertThat(linker.sameAsOf("nzqa:1-1")).isEmpty();
    }

    @Test
    void statedLinkIsMirroredEvenWhenTitlesDiffer() {
        SameAsLinker linker = new SameAsLinker();
        linker.apply(new Outcome.Published(record("nzqa", "nzqa:1-1", "P", "Title A", T1)));
        Map<String, ColRecord> view = compacted(linker.apply(new Outcome.Published(
                record("col-feed", "pqr:9", "Q", "Other title", T1, "nzqa:1-1"))), new LinkedHashMap<>());
        assertThat(view.get("pqr:9").sameAs()).containsExactly("nzqa:1-1");
        assertThat(view.get("nzqa:1-1").sameAs()).containsExactly("pqr:9");
    }

    @Test
    void deletionTombstonesAndUnlinksThePartner() {
        SameAsLinker linker = new SameAsLinker();
        linker.apply(new Outcome.Published(record("nzqa", "nzqa:1-1", "P", "T", T1)));
        linker.apply(new Outcome.Published(record("mqa", "mqa:X 1", "P", "T", T2)));
        List<RecordWrite> w = linker.apply(new Outcome.Tombstone("mqa:X 1"));
        assertThat(w.get(0).id()).isEqualTo("mqa:X 1");
        assertThat(w.get(0).tombstone()).isTrue();
        Map<String, ColRecord> view = compacted(w, new LinkedHashMap<>());
        assertThat(view.get("nzqa:1-1").sameAs()).isEmpty();
        assertThat(view.get("nzqa:1-1").updatedAt()).isEqualTo(T1);
    }

    @Test
    void titleChangeDropsTheLinkOnBothSides() {
        SameAsLinker linker = new SameAsLinker();
        linker.apply(new Outcome.Published(record("nzqa", "nzqa:1-1", "P", "T", T1)));
        linker.apply(new Outcome.Published(record("mqa", "mqa:1", "P", "T", T1)));
        Map<String, ColRecord> view = compacted(linker.apply(new Outcome.Published(
                record("mqa", "mqa:1", "P", "Renamed", T2))), new LinkedHashMap<>());
        assertThat(view.get("mqa:1").sameAs()).isEmpty();
        assertThat(view.get("nzqa:1-1").sameAs()).isEmpty();
    }

    @Test
    void finalValuesDoNotDependOnArrivalOrderOrOnAReplayOverKnownState() {
        List<ColRecord> inputs = List.of(
                record("nzqa", "nzqa:1-1", "P", "T", T1),
                record("mqa", "mqa:1", "P", "t", T2),
                record("col-feed", "pqr:7", "Z", "Other", T1, "mqa:1"),
                record("hkqr", "hkqr:22/1/L4", "P", "T.", T1));
        SameAsLinker forward = new SameAsLinker();
        Map<String, byte[]> first = new LinkedHashMap<>();
        inputs.forEach(r -> forward.apply(new Outcome.Published(r)).forEach(w -> first.put(w.id(), w.value())));

        SameAsLinker backward = new SameAsLinker();
        Map<String, byte[]> reversed = new LinkedHashMap<>();
        for (int i = inputs.size() - 1; i >= 0; i--) {
            backward.apply(new Outcome.Published(inputs.get(i))).forEach(w -> reversed.put(w.id(), w.value()));
        }
        // a replay: a fresh linker that loaded the topic, then the same inputs again
        SameAsLinker replay = new SameAsLinker();
        first.forEach(replay::load);
        replay.settle();
        Map<String, byte[]> replayed = new LinkedHashMap<>(first);
        List<RecordWrite> replayWrites = new ArrayList<>();
        inputs.forEach(r -> replay.apply(new Outcome.Published(r)).forEach(w -> {
            replayWrites.add(w);
            replayed.put(w.id(), w.value());
        }));
        assertThat(replayWrites).as("the topic holds each of these values already").allMatch(RecordWrite::unchanged);

        for (String id : first.keySet()) {
            assertThat(new String(reversed.get(id))).as(id).isEqualTo(new String(first.get(id)));
            assertThat(new String(replayed.get(id))).as(id).isEqualTo(new String(first.get(id)));
        }
        assertThat(ColJson.read(first.get("mqa:1")).sameAs()).containsExactly("hkqr:22/1/L4", "nzqa:1-1", "pqr:7");
    }

    @Test
    void aRecordNormalisedAgainToTheSameBytesIsUnchangedAndNotStoredAgainWhileAChangedOneIsWritten() {
        SameAsLinker linker = new SameAsLinker();
        ColRecord a = record("nzqa", "nzqa:1-1", "P", "Data Literacy", T1);
        ColRecord b = record("mqa", "mqa:1", "P", "Data literacy", T1);
        linker.apply(new Outcome.Published(a));
        linker.apply(new Outcome.Published(b));
        long fileBytes = linker.valueFileBytes();

        List<RecordWrite> again = linker.apply(new Outcome.Published(a));
        assertThat(again).singleElement().satisfies(w -> {
            assertThat(w.unchanged()).isTrue();
            assertThat(ColJson.read(w.value()).sameAs()).containsExactly("mqa:1");
        });
        assertThat(linker.valueFileBytes()).as("the value the file holds is kept, not appended again").isEqualTo(fileBytes);

        // a changed mapping (another title in another language, say) is a new value: written, and stored
        List<RecordWrite> changed = linker.apply(new Outcome.Published(a.toBuilder()
                .title(Map.of("en", "Data Literacy", "ms", "Literasi Data")).build()));
        assertThat(changed).singleElement().satisfies(w -> assertThat(w.unchanged()).isFalse());
        assertThat(linker.valueFileBytes()).isGreaterThan(fileBytes);

        // a partner republished for its links is a change too, and the record that caused it follows the same rule
        List<RecordWrite> retitled = linker.apply(new Outcome.Published(record("mqa", "mqa:1", "P", "Forestry", T2)));
        assertThat(retitled).extracting(RecordWrite::id, RecordWrite::unchanged)
                .containsExactly(tuple("mqa:1", false), tuple("nzqa:1-1", false));
        List<RecordWrite> retitledAgain = linker.apply(new Outcome.Published(record("mqa", "mqa:1", "P", "Forestry", T2)));
        assertThat(retitledAgain).extracting(RecordWrite::id, RecordWrite::unchanged)
                .containsExactly(tuple("mqa:1", true));
        // what the linker holds for the unchanged record is still readable: a new partner republishes it from there
        List<RecordWrite> partner = linker.apply(new Outcome.Published(record("hkqr", "hkqr:9", "P", "Forestry", T2)));
        Map<String, ColRecord> view = compacted(partner, new LinkedHashMap<>());
        assertThat(view.get("mqa:1").sameAs()).containsExactly("hkqr:9");
        assertThat(view.get("mqa:1").title()).containsEntry("en", "Forestry");
    }

    @Test
    void aReplayOfUnchangedRecordsLeavesTheNextSnapshotNothingToSaveButAChangedRecordIsSaved() throws Exception {
        SameAsLinker linker = new SameAsLinker();
        ColRecord a = record("nzqa", "nzqa:1-1", "P", "Data Literacy", T1);
        ColRecord b = record("mqa", "mqa:1", "P", "Data literacy", T1);
        ColRecord c = record("hkqr", "hkqr:2", "Q", "Welding", T1, "nzqa:1-1");
        List.of(a, b, c).forEach(r -> linker.apply(new Outcome.Published(r)));
        linker.changesSaved();

        List<RecordWrite> replayed = new ArrayList<>();
        List.of(a, b, c).forEach(r -> replayed.addAll(linker.apply(new Outcome.Published(r))));
        assertThat(replayed).hasSize(3).allMatch(RecordWrite::unchanged);
        assertThat(changesToSave(linker)).as("ids whose linking state a snapshot must save again").isZero();
        assertThat(linker.sameAsOf("nzqa:1-1")).containsExactly("hkqr:2", "mqa:1");

        // a new value with the same linking facts (a crosswalk changed what it says) is saved: its offset moved
        List<RecordWrite> described = linker.apply(new Outcome.Published(b.toBuilder().description(Map.of("en", "New")).build()));
        assertThat(described).singleElement().satisfies(w -> assertThat(w.unchanged()).isFalse());
        assertThat(changesToSave(linker)).isEqualTo(1);
        // new linking facts (another stated link) make a new entry, and the partner it names is republished
        linker.changesSaved();
        List<RecordWrite> restated = linker.apply(new Outcome.Published(record("hkqr", "hkqr:2", "Q", "Welding", T1, "mqa:1")));
        assertThat(restated).extracting(RecordWrite::id).containsExactly("hkqr:2", "mqa:1", "nzqa:1-1");
        assertThat(linker.sameAsOf("mqa:1")).containsExactly("hkqr:2", "nzqa:1-1");
        assertThat(linker.sameAsOf("nzqa:1-1")).containsExactly("mqa:1");
        assertThat(changesToSave(linker)).isEqualTo(3);
    }

    private static int changesToSave(SameAsLinker linker) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        linker.writeChanges(new java.io.DataOutputStream(bytes));
        return new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())).readInt();
    }

    @Test
    void anUnreadableValueOnTheRecordsTopicIsIgnoredNotFatal() {
        SameAsLinker linker = new SameAsLinker();
        linker.load("x:1", "not json".getBytes());
        linker.load("nzqa:1-1", ColJson.writeBytes(record("nzqa", "nzqa:1-1", "P", "T", T1)));
        linker.settle();
        assertThat(linker.size()).isEqualTo(1);
        assertThat(linker.sameAsOf("x:1")).isNull();
    }

    @Test
    void valuesLiveInAFileThatCompactionKeepsSmallAndCloseDeletes(@TempDir Path dir) throws Exception {
        SameAsLinker linker = new SameAsLinker(new ValueStore(dir, 0));
        Map<String, ColRecord> view = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) {
            compacted(linker.apply(new Outcome.Published(record("nzqa", "nzqa:1-1", "P", "T", T1.plusSeconds(i)))), view);
            compacted(linker.apply(new Outcome.Published(record("mqa", "mqa:1", "P", "T", T1.plusSeconds(i)))), view);
        }
        // every update appended a value: compaction copied the two live ones away from the garbage
        assertThat(linker.valueFileBytes()).isLessThan(5L * ColJson.writeBytes(view.get("nzqa:1-1")).length);
        // and the partner republished from the file is still whole and current
        List<RecordWrite> w = linker.apply(new Outcome.Published(record("mqa", "mqa:1", "P", "T", T2)));
        compacted(w, view);
        assertThat(w).extracting(RecordWrite::id).containsExactly("mqa:1", "nzqa:1-1");
        assertThat(view.get("nzqa:1-1").sameAs()).containsExactly("mqa:1");
        assertThat(view.get("nzqa:1-1").updatedAt()).isEqualTo(T2);
        assertThat(view.get("nzqa:1-1").provenance().harvestedAt()).isEqualTo(T1.plusSeconds(49));
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
        linker.close();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void itsOwnWriteComingBackChangesNothingAndAnotherValueIsTaken() {
        try (SameAsLinker linker = new SameAsLinker()) {
            linker.apply(new Outcome.Published(record("nzqa", "nzqa:1-1", "P", "T", T1)));
            List<RecordWrite> w = linker.apply(new Outcome.Published(record("mqa", "mqa:1", "P", "T", T1)));
            w.forEach(x -> linker.load(x.id(), x.value()));
            linker.settle();
            assertThat(linker.sameAsOf("mqa:1")).containsExactly("nzqa:1-1");
            // another instance renamed mqa:1: the value read from the topic wins, and the next write follows it
            linker.load("mqa:1", ColJson.writeBytes(record("mqa", "mqa:1", "P", "Renamed", T2)));
            linker.settle();
            assertThat(linker.sameAsOf("mqa:1")).isEmpty();
            Map<String, ColRecord> view = compacted(linker.apply(new Outcome.Published(
                    record("nzqa", "nzqa:1-1", "P", "T", T2))), new LinkedHashMap<>());
            assertThat(view.get("nzqa:1-1").sameAs()).isEmpty();
            assertThat(view).containsOnlyKeys("nzqa:1-1");
        }
    }

    @Test
    void aLargeGroupInOneRegistryLinksOnlyAcrossRegistries() {
        try (SameAsLinker linker = new SameAsLinker()) {
            for (int i = 0; i < 2000; i++) {
                assertThat(linker.apply(new Outcome.Published(record("hkqr", "hkqr:" + i, "P", "T", T1)))).hasSize(1);
            }
            assertThat(linker.largestKeyGroup()).isEqualTo(2000);
            assertThat(linker.sameAsOf("hkqr:7")).isEmpty();
            List<RecordWrite> w = linker.apply(new Outcome.Published(record("nzqa", "nzqa:1-1", "P", "t!", T2)));
            assertThat(w).hasSize(2001);
            assertThat(linker.sameAsOf("nzqa:1-1")).hasSize(2000);
            assertThat(linker.sameAsOf("hkqr:7")).containsExactly("nzqa:1-1");
            linker.apply(new Outcome.Tombstone("nzqa:1-1"));
            assertThat(linker.sameAsOf("hkqr:7")).isEmpty();
            assertThat(linker.largestKeyGroup()).isEqualTo(2000);
        }
    }
}
