package org.mcfed.index.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Provenance;
import org.mcfed.col.record.Quality;
import org.mcfed.index.SampleRecords;
import org.mcfed.index.testkit.Catalog;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-segment doc-values tallies behind {@code GET /api/sources} against the walk over every
 * stored record they replace (kept here as the oracle): same figures per source and element, over
 * several segments, after updates that move a record between sources, and after deletions.
 */
class SourceTalliesTest {

    @TempDir
    Path root;
    private LuceneRecordStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private static void put(LuceneRecordStore s, ColRecord r) {
        s.upsert(r, ColJson.writeBytes(r), SampleRecords.T0);
    }

    @Test
    void tallySameAsAWalkOverEveryRecordThroughSegmentsUpdatesAndDeletions() {
        store = LuceneRecordStore.open(root, Duration.ofMinutes(1));
        SampleRecords.distinct().forEach(r -> put(store, r));
        store.awaitVisible();
        assertSameAsWalk();

        Catalog.published().forEach(r -> put(store, r));
        odd().forEach(r -> put(store, r));
        store.commit(Map.of());
        store.awaitVisible();
        assertSameAsWalk();
        assertThat(store.sourceTallies()).containsKeys("hkqr", "mqa", "nzqa", "microcred-seeker", "pqr", "unknown");

        // updates (one moves to another source, one loses its status and quality), deletions, a re-add
        ColRecord moved = SampleRecords.nzqaFarming().toBuilder()
                .provenance(new Provenance("col-feed", "nzqa:4116-2", null, Instant.parse("2026-02-01T00:00:00.123456789Z"), null)).build();
        put(store, moved);
        put(store, SampleRecords.hkqrCuisine().toBuilder().status(null).quality(null).build());
        store.delete("mqa:MQA/FA 1234", SampleRecords.T0.plusSeconds(9));
        store.delete(Catalog.SCRIPT_ID, SampleRecords.T0.plusSeconds(9));
        store.delete("nzqa:never-indexed", SampleRecords.T0.plusSeconds(9));
        store.awaitVisible();
        assertSameAsWalk();
        assertThat(store.sourceTallies().get("col-feed").records()).isEqualTo(1);
        assertThat(store.sourceTallies().get("col-feed").newestHarvestedAt()).isEqualTo(Instant.parse("2026-02-01T00:00:00.123456789Z"));

        put(store, Catalog.byId(Catalog.SCRIPT_ID));
        store.awaitVisible();
        assertSameAsWalk();
    }

    @Test
    void anUnchangedIndexIsAnsweredFromTheCacheAndAChangeIsSeenAtTheNextRefresh() {
        store = LuceneRecordStore.open(root, Duration.ofMinutes(1));
        SampleRecords.distinct().forEach(r -> put(store, r));
        store.awaitVisible();
        Map<String, SourceTally> first = store.sourceTallies();
        assertThat(store.sourceTallies()).isSameAs(first);
        long nzqa = first.get("nzqa").records();

        put(store, SampleRecords.nzqaTeReo().toBuilder().id("nzqa:5121-1").build());
        assertThat(store.sourceTallies()).as("not refreshed yet").isSameAs(first);
        store.awaitVisible();
        assertThat(store.sourceTallies().get("nzqa").records()).isEqualTo(nzqa + 1);
        store.forgetSourceTallies();
        assertThat(store.sourceTallies().get("nzqa").records()).isEqualTo(nzqa + 1);
    }

    @Test
    void elementsStatedOnTheRecordAreThoseStatedOnItsJson() {
        List<ColRecord> records = new java.util.ArrayList<>(SampleRecords.distinct());
        records.addAll(Catalog.published());
        records.addAll(odd());
        ColRecord base = SampleRecords.hkqrDataAnalytics();
        records.add(base.toBuilder().id("hkqr:odd-1").awardingBody(new org.mcfed.col.record.AwardingBody(null, null, null))
                .stackability(new org.mcfed.col.record.Stackability(null, List.of())).prerequisites(" ").skills(List.of())
                .assessment(new org.mcfed.col.record.Assessment(null, "")).title(Map.of()).workloadHours(0.0).build());
        records.add(base.toBuilder().id("hkqr:odd-2").awardingBody(new org.mcfed.col.record.AwardingBody("", null, null))
                .stackability(new org.mcfed.col.record.Stackability(null, null)).iscedLevel("").languages(List.of("")).build());
        for (ColRecord r : records) {
            JsonNode json = ColJson.mapper().valueToTree(r);
            for (int i = 0; i < ColElements.ALL.size(); i++) {
                assertThat(StatedElements.stated(r, i)).as(r.id() + " " + ColElements.ALL.get(i)).isEqualTo(ColElements.stated(json, ColElements.ALL.get(i)));
            }
        }
    }

    /** Records lacking what the report reads: no provenance, no quality, no status, no updatedAt, odd statuses. */
    private static List<ColRecord> odd() {
        ColRecord base = SampleRecords.mqaElectrical();
        return List.of(
                base.toBuilder().id("mqa:MQA/FA 1234").status("withdrawn").quality(new Quality(null, List.of(), List.of("title"))).build(),
                base.toBuilder().id("mqa:MQA/FA 1235").status("archived").provenance(null).updatedAt(null)
                        .quality(new Quality(0.3333, null, List.of("workloadHours", "notAnElement"))).build(),
                base.toBuilder().id("noprefix").provenance(null).quality(null).status(null).build(),
                ColRecord.builder().id("pqr:000123").title(Map.of("en", "Bare")).description(Map.of()).build());
    }

    private void assertSameAsWalk() {
        Map<String, Walked> walked = new TreeMap<>();
        store.forEach(r -> walked.computeIfAbsent(r.harvestedFrom() == null ? "unknown" : r.harvestedFrom(), s -> new Walked()).add(r));
        Map<String, SourceTally> tallies = store.sourceTallies();
        assertThat(tallies.keySet()).containsExactlyElementsOf(walked.keySet());
        walked.forEach((source, w) -> {
            SourceTally t = tallies.get(source);
            assertThat(t.records()).as(source).isEqualTo(w.records);
            assertThat(t.active()).as(source).isEqualTo(w.active);
            assertThat(t.archived()).as(source).isEqualTo(w.archived);
            assertThat(round(t.averageCompleteness())).as(source).isEqualTo(w.completenessCount == 0 ? null : round(w.completenessSum / w.completenessCount));
            assertThat(t.newestUpdatedAt()).as(source).isEqualTo(w.newestUpdatedAt);
            assertThat(t.newestHarvestedAt()).as(source).isEqualTo(w.newestHarvestedAt);
            assertThat(t.oldestHarvestedAt()).as(source).isEqualTo(w.oldestHarvestedAt);
            for (int i = 0; i < ColElements.ALL.size(); i++) {
                long[] c = w.elements.get(ColElements.ALL.get(i));
                assertThat(new long[]{t.published(i), t.derived(i), t.missing(i)}).as(source + " " + ColElements.ALL.get(i)).containsExactly(c);
            }
        });
    }

    private static Double round(Double d) {
        return d == null ? null : Math.round(1000.0 * d) / 1000.0;
    }

    /** The report's figures as the service computed them before: a walk over every stored record. */
    private static final class Walked {
        long records;
        long active;
        long archived;
        double completenessSum;
        long completenessCount;
        Instant newestUpdatedAt;
        Instant newestHarvestedAt;
        Instant oldestHarvestedAt;
        final Map<String, long[]> elements = new LinkedHashMap<>();

        Walked() {
            ColElements.ALL.forEach(e -> elements.put(e, new long[3]));
        }

        void add(ColRecord r) {
            records++;
            if ("active".equals(r.status())) {
                active++;
            } else if ("archived".equals(r.status())) {
                archived++;
            }
            if (r.quality() != null && r.quality().completeness() != null) {
                completenessSum += r.quality().completeness();
                completenessCount++;
            }
            newestUpdatedAt = max(newestUpdatedAt, r.updatedAt());
            Instant harvested = r.provenance() == null ? null : r.provenance().harvestedAt();
            newestHarvestedAt = max(newestHarvestedAt, harvested);
            if (harvested != null && (oldestHarvestedAt == null || harvested.isBefore(oldestHarvestedAt))) {
                oldestHarvestedAt = harvested;
            }
            JsonNode json = ColJson.mapper().valueToTree(r);
            List<String> derived = r.quality() == null || r.quality().derived() == null ? List.of() : r.quality().derived();
            elements.forEach((field, counts) -> {
                if (!ColElements.stated(json, field)) {
                    counts[2]++;
                } else if (derived.contains(field)) {
                    counts[1]++;
                } else {
                    counts[0]++;
                }
            });
        }

        private static Instant max(Instant a, Instant b) {
            return a == null ? b : b == null || a.isAfter(b) ? a : b;
        }
    }
}
