package org.mcfed.normalizer;

import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Provenance;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

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
        inputs.forEach(r -> replay.apply(new Outcome.Published(r)).forEach(w -> replayed.put(w.id(), w.value())));

        for (String id : first.keySet()) {
            assertThat(new String(reversed.get(id))).as(id).isEqualTo(new String(first.get(id)));
            assertThat(new String(replayed.get(id))).as(id).isEqualTo(new String(first.get(id)));
        }
        assertThat(ColJson.read(first.get("mqa:1")).sameAs()).containsExactly("hkqr:22/1/L4", "nzqa:1-1", "pqr:7");
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
}
