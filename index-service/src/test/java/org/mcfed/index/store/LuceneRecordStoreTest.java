package org.mcfed.index.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.SampleRecords;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class LuceneRecordStoreTest {

    @TempDir
    Path root;
    private LuceneRecordStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private LuceneRecordStore open() {
        store = LuceneRecordStore.open(root, Duration.ofMillis(100));
        return store;
    }

    private static void put(LuceneRecordStore s, ColRecord r) {
        s.upsert(r, ColJson.writeBytes(r), r.updatedAt());
    }

    @Test
    void aRefreshAtOrOverTheThresholdIsCountedAndOneUnderItIsNot() {
        LuceneRecordStore s = open();
        ColRecord r = SampleRecords.nzqaFarming();
        s.slowRefreshMs(Long.MAX_VALUE);
        put(s, r);
        s.awaitVisible();
        long refreshes = s.refreshCount();
        assertThat(refreshes).isPositive();
        assertThat(s.slowRefreshes()).isZero();

        // every refresh takes at least 0 ms: each one that made a write searchable is counted (and logged)
        s.slowRefreshMs(0);
        put(s, r.toBuilder().workloadHours(120.0).build());
        s.awaitVisible();
        assertThat(s.refreshCount()).isGreaterThan(refreshes);
        assertThat(s.slowRefreshes()).isEqualTo(s.refreshCount() - refreshes);
    }

    @Test
    void upsertBySameIdKeepsOneDocumentWithTheLatestContent() {
        LuceneRecordStore s = open();
        ColRecord r = SampleRecords.nzqaFarming();
        put(s, r);
        put(s, r);
        put(s, r.toBuilder().workloadHours(120.0).build());
        s.awaitVisible();
        assertThat(s.count()).isEqualTo(1);
        assertThat(s.documentCount()).isEqualTo(1);
        assertThat(s.get(r.id())).get().extracting(ColRecord::workloadHours).isEqualTo(120.0);
    }

    @Test
    void deletionRemovesTheRecordButKeepsAMarkerForFeeds() {
        LuceneRecordStore s = open();
        SampleRecords.distinct().forEach(r -> put(s, r));
        s.awaitVisible();
        Instant deletedAt = SampleRecords.T0.plusSeconds(3600);
        s.delete("hkqr:22/000567/L4", deletedAt);
        s.awaitVisible();
        assertThat(s.get("hkqr:22/000567/L4")).isEmpty();
        assertThat(s.count()).isEqualTo(7);
        List<ColRecord> all = new ArrayList<>();
        s.forEach(all::add);
        assertThat(all).extracting(ColRecord::id).hasSize(7).doesNotContain("hkqr:22/000567/L4");

        Page<Change> hk = s.changes(null, null, "HK", null, 10);
        assertThat(hk.items()).extracting(Change::id).containsExactly("hkqr:23/001234/L3", "hkqr:22/000567/L4");
        assertThat(hk.items().get(1).deleted()).isTrue();
        assertThat(hk.items().get(1).at()).isEqualTo(deletedAt);
        assertThat(s.latestChange()).contains(deletedAt);
        assertThat(s.earliestChange()).contains(SampleRecords.T0.plusSeconds(20));

        put(s, SampleRecords.hkqrDataAnalytics());
        s.awaitVisible();
        assertThat(s.get("hkqr:22/000567/L4")).isPresent();
        assertThat(s.documentCount()).isEqualTo(8);
    }

    @Test
    void aRecordDeletedRightAfterItWasWrittenKeepsItsCountryOnTheMarker() {
        LuceneRecordStore s = open();
        put(s, SampleRecords.nzqaTeReo());
        s.delete("nzqa:5120-1", SampleRecords.T0.plusSeconds(999));
        s.awaitVisible();
        assertThat(s.changes(null, null, "NZ", null, 10).items()).extracting(Change::id, Change::deleted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nzqa:5120-1", true));
    }

    @Test
    void aTombstoneNeitherForcesARefreshNorLosesTheCountryOfARecordTheSearchersAlreadySee() {
        // a refresh only every minute: whatever becomes visible before that was forced
        store = LuceneRecordStore.open(root, Duration.ofMinutes(1));
        put(store, SampleRecords.nzqaFarming());
        store.commit(Map.of());
        store.close();
        // reopened: the first record is known to the searchers only, the second to the writer only
        store = LuceneRecordStore.open(root, Duration.ofMinutes(1));
        LuceneRecordStore s = store;
        put(s, SampleRecords.nzqaTeReo());
        s.delete("nzqa:4116-2", SampleRecords.T0.plusSeconds(998));
        s.delete("nzqa:5120-1", SampleRecords.T0.plusSeconds(999));
        s.delete("nzqa:0000-0", SampleRecords.T0.plusSeconds(1000));
        assertThat(s.count()).as("the tombstones forced no refresh: the searcher still sees the first record only").isEqualTo(1);
        assertThat(s.get("nzqa:4116-2")).isPresent();

        s.awaitVisible();
        assertThat(s.count()).isZero();
        assertThat(s.changes(null, null, "NZ", null, 10).items()).extracting(Change::id, Change::deleted).containsExactly(
                org.assertj.core.groups.Tuple.tuple("nzqa:4116-2", true), org.assertj.core.groups.Tuple.tuple("nzqa:5120-1", true));
        assertThat(s.changes(null, null, null, null, 10).items()).extracting(Change::id)
                .as("a tombstone of an id never indexed leaves a marker without country")
                .containsExactly("nzqa:4116-2", "nzqa:5120-1", "nzqa:0000-0");
    }

    @Test
    void aCatchUpShowsNothingUntilItEndsThenEverythingCommittedWithTombstonesKeepingTheirCountry() {
        LuceneRecordStore s = open();
        s.beginCatchUp(128);
        s.beginCatchUp(128);   // a reconnect mid catch-up
        put(s, SampleRecords.nzqaFarming());
        put(s, SampleRecords.nzqaTeReo());
        s.delete("nzqa:5120-1", SampleRecords.T0.plusSeconds(999));
        assertThat(s.catchingUp()).isTrue();
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> s.count() == 0 && s.refreshCount() == 0);

        s.endCatchUp(Map.of("records-0", 3L));
        assertThat(s.catchingUp()).isFalse();
        assertThat(s.count()).as("searchable as soon as the catch-up ends").isEqualTo(1);
        assertThat(s.committedOffsets()).isEqualTo(Map.of("records-0", 3L));
        assertThat(s.changes(null, null, "NZ", null, 10).items()).extracting(Change::id)
                .containsExactlyInAnyOrder("nzqa:4116-2", "nzqa:5120-1");

        // near-real-time again
        put(s, SampleRecords.nzqaTeReo());
        await().atMost(Duration.ofSeconds(2)).until(() -> s.count() == 2);
    }

    /**
     * A catch-up with more writes than it remembers refreshes on a thread of its own while its lanes
     * go on writing; the writes it then forgets still give their tombstones' markers a country (from
     * the refreshed searchers), and nothing written meanwhile is lost.
     */
    @Test
    void aLongCatchUpRefreshesBesideItsLanesAndLosesNeitherRecordsNorCountries() throws Exception {
        LuceneRecordStore s = open();
        s.catchUpRefreshEvery(200);
        s.beginCatchUp(16);
        ColRecord base = SampleRecords.nzqaFarming();
        ExecutorService lanes = Executors.newFixedThreadPool(2);
        List<Future<?>> done = new ArrayList<>();
        for (int lane = 0; lane < 2; lane++) {
            int mine = lane;
            done.add(lanes.submit(() -> {
                for (int i = mine; i < 2000; i += 2) {
                    put(s, base.toBuilder().id("nzqa:bulk-" + i).issuerCountry(i % 3 == 0 ? "MY" : "NZ").build());
                }
            }));
        }
        for (var f : done) {
            f.get();
        }
        lanes.shutdown();
        await().atMost(Duration.ofSeconds(10)).until(() -> s.refreshCount() >= 1);
        for (int i = 0; i < 30; i++) {
            s.delete("nzqa:bulk-" + i, SampleRecords.T0.plusSeconds(999)); // written long before: its country comes from the searchers
        }
        s.endCatchUp(Map.of("records-0", 2030L));
        assertThat(s.count()).isEqualTo(1970);
        List<Change> malaysian = s.changes(null, null, "MY", null, 1000).items();
        assertThat(malaysian).as("667 ids written with MY, 10 of them deleted").hasSize(667);
        Set<String> deletedInMalaysia = new HashSet<>();
        for (Change c : malaysian) {
            if (c.deleted()) {
                deletedInMalaysia.add(c.id());
            }
        }
        assertThat(deletedInMalaysia).hasSize(10).allMatch(id -> Integer.parseInt(id.substring("nzqa:bulk-".length())) % 3 == 0);
    }

    @Test
    void aRecordDeletedAgainKeepsTheCountryItsMarkerHas() {
        LuceneRecordStore first = open();
        put(first, SampleRecords.nzqaTeReo());
        first.delete("nzqa:5120-1", SampleRecords.T0.plusSeconds(999));
        first.commit(Map.of());
        first.close();
        LuceneRecordStore s = open();
        s.delete("nzqa:5120-1", SampleRecords.T0.plusSeconds(1999));
        s.awaitVisible();
        assertThat(s.changes(null, null, "NZ", null, 10).items()).extracting(Change::id, Change::at).containsExactly(
                org.assertj.core.groups.Tuple.tuple("nzqa:5120-1", SampleRecords.T0.plusSeconds(1999)));
    }

    @Test
    void changesPageInUpdatedAtThenIdOrderWithInclusiveBounds() {
        LuceneRecordStore s = open();
        List<ColRecord> records = new ArrayList<>(SampleRecords.projectManagementRun(25));
        // two records with the same updatedAt: ordered by id
        records.add(SampleRecords.nzqaTeReo().toBuilder().updatedAt(SampleRecords.T0.plusSeconds(105)).build());
        records.forEach(r -> put(s, r));
        s.awaitVisible();
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<Change> page = s.changesSince(SampleRecords.T0.plusSeconds(105), cursor, 4);
            page.items().forEach(c -> seen.add(c.id()));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(4);
            cursor = page.next();
        } while (cursor != null);
        assertThat(seen).hasSize(21).doesNotHaveDuplicates();
        assertThat(seen.subList(0, 2)).containsExactly("nzqa:5120-1", "nzqa:9005-1");
        Page<Change> window = s.changes(SampleRecords.T0.plusSeconds(110), SampleRecords.T0.plusSeconds(112), null, null, 100);
        assertThat(window.items()).extracting(Change::id).containsExactly("nzqa:9010-1", "nzqa:9011-1", "nzqa:9012-1");
        assertThat(window.next()).isNull();

        assertThatThrownBy(() -> s.changesSince(null, "not-a-cursor", 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid cursor");
        assertThatThrownBy(() -> s.changesSince(null, null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commitsCarryOffsetsAndUncommittedWritesAreDroppedOnClose() {
        LuceneRecordStore s = open();
        put(s, SampleRecords.nzqaFarming());
        s.commit(Map.of("mcfed.records.v1-0", 1L));
        put(s, SampleRecords.nzqaTeReo());
        s.close();
        store = null;

        LuceneRecordStore reopened = open();
        assertThat(reopened.committedOffsets()).containsExactly(Map.entry("mcfed.records.v1-0", 1L));
        assertThat(reopened.count()).isEqualTo(1);
        assertThat(reopened.get("nzqa:4116-2")).isPresent();
        assertThat(reopened.get("nzqa:5120-1")).isEmpty();

        reopened.commit(Map.of("mcfed.records.v1-1", 7L));
        assertThat(reopened.committedOffsets()).containsOnly(Map.entry("mcfed.records.v1-0", 1L), Map.entry("mcfed.records.v1-1", 7L));
    }

    @Test
    void indexLivesInASchemaVersionFolderAndAnUnreadableOneIsMovedAside() throws Exception {
        LuceneRecordStore s = open();
        assertThat(s.folder()).isEqualTo(root.resolve("v" + IndexSchema.VERSION));
        put(s, SampleRecords.nzqaFarming());
        s.commit(Map.of("t-0", 1L));
        s.close();
        store = null;
        try (var files = Files.list(root.resolve("v" + IndexSchema.VERSION))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(f, new byte[]{1, 2, 3});
            }
        }
        LuceneRecordStore rebuilt = open();
        assertThat(rebuilt.count()).isZero();
        assertThat(rebuilt.committedOffsets()).isEmpty();
        Set<String> names = new HashSet<>();
        try (var dirs = Files.list(root)) {
            dirs.forEach(p -> names.add(p.getFileName().toString()));
        }
        assertThat(names).anyMatch(n -> n.startsWith("v" + IndexSchema.VERSION + ".unreadable-"));
    }
}
