package org.mcfed.index.store;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FreshnessTest {

    @Test
    void onlyWritesUpToTheRefreshedSequenceNumberBecomeSamples() {
        Freshness f = new Freshness();
        List<Long> timed = new ArrayList<>();
        f.reportTo(timed::add);
        f.written(1, 1_000);
        f.written(2, 1_500);
        f.written(3, 2_000);
        f.visible(2, 2_600);
        assertThat(timed).containsExactly(1_600L, 1_100L);
        f.visible(3, 2_700);
        assertThat(timed).containsExactly(1_600L, 1_100L, 700L);
        f.visible(3, 9_000);
        assertThat(timed).hasSize(3);
        assertThat(totals(f.since(Instant.ofEpochMilli(1_500)))).containsExactly(2L, 700L, 1_100L, 1_100L, 1_100L);
        assertThat(f.since(Instant.ofEpochMilli(3_000)).records()).isZero();
    }

    @Test
    void percentilesAreNearestRankOverTheSamplesSince() {
        Freshness f = new Freshness();
        for (int i = 1; i <= 1000; i++) {
            f.written(i, 10_000 + i);
            f.visible(i, 10_000 + i + i);   // record i took i ms
        }
        assertThat(totals(f.since(Instant.ofEpochMilli(0)))).containsExactly(1000L, 500L, 900L, 990L, 1000L);
        assertThat(totals(f.since(Instant.ofEpochMilli(10_901)))).containsExactly(100L, 950L, 990L, 999L, 1000L);
    }

    @Test
    void splitsEachDelayByStageAndSaysWhatTheSlowestAreMadeOf() {
        Freshness f = new Freshness();
        // 99 records: fetched at t, raw topic +10, records topic +30, indexed +40, searchable +140
        for (int i = 1; i <= 99; i++) {
            long t = 1_000L * i;
            f.written(i, t, t + 10, t + 30, t + 40);
            f.visible(i, t + 140);
        }
        // one slow record: the harvester held it 2 s
        f.written(100, 200_000, 202_000, 202_020, 202_030);
        f.visible(100, 202_130);
        // one written without the normaliser's header: only the last two stages are known
        f.written(101, 300_000, -1, 300_050, 300_060);
        f.visible(101, 300_160);
        Freshness.Summary all = f.since(Instant.EPOCH);
        assertThat(all.records()).isEqualTo(101);
        assertThat(all.p99Ms()).isEqualTo(160);
        assertThat(all.maxMs()).isEqualTo(2_130);
        assertThat(all.stages()).extracting(Freshness.Stage::stage).containsExactlyElementsOf(Freshness.STAGES);
        Freshness.Stage harvester = all.stages().get(0);
        assertThat(harvester.records()).isEqualTo(100);
        assertThat(harvester.p50Ms()).isEqualTo(10);
        assertThat(harvester.p99Ms()).isEqualTo(10);
        // the slowest (total at or above the p99 of 160 ms): the held record (2,000) and the headerless one (unknown)
        assertThat(harvester.slowestMeanMs()).isEqualTo(2_000);
        Freshness.Stage normalizer = all.stages().get(1);
        assertThat(normalizer.records()).isEqualTo(100);
        assertThat(normalizer.p50Ms()).isEqualTo(20);
        Freshness.Stage queue = all.stages().get(2);
        assertThat(queue.records()).isEqualTo(101);
        assertThat(queue.p50Ms()).isEqualTo(10);
        Freshness.Stage refresh = all.stages().get(3);
        assertThat(refresh.records()).isEqualTo(101);
        assertThat(refresh.p50Ms()).isEqualTo(100);
        assertThat(refresh.slowestMeanMs()).isEqualTo(100);
    }

    @Test
    void writesWithoutStageTimesHaveOnlyTheirTotal() {
        Freshness f = new Freshness();
        f.written(1, 1_000);
        f.visible(1, 1_500);
        Freshness.Summary s = f.since(Instant.EPOCH);
        assertThat(s.p99Ms()).isEqualTo(500);
        assertThat(s.stages()).allSatisfy(stage -> assertThat(stage.records()).isZero());
    }

    private static List<Long> totals(Freshness.Summary s) {
        return List.of(s.records(), s.p50Ms(), s.p90Ms(), s.p99Ms(), s.maxMs());
    }

    @Test
    void keepsTheLastSamplesOnlyAndAPendingBacklogOfAnySize() {
        Freshness f = new Freshness();
        int n = Freshness.SAMPLES + 5_000;
        for (int i = 0; i < n; i++) {
            f.written(i, i);
        }
        f.visible(n, n + 10L);
        Freshness.Summary all = f.since(Instant.EPOCH);
        assertThat(all.records()).isEqualTo(Freshness.SAMPLES);
        // the oldest 5,000 (the longest delays) were overwritten
        assertThat(all.maxMs()).isEqualTo(n + 10L - 5_000);
    }
}
