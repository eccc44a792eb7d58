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
        assertThat(f.since(Instant.ofEpochMilli(1_500))).isEqualTo(new Freshness.Summary(2, 700, 1_100, 1_100, 1_100));
        assertThat(f.since(Instant.ofEpochMilli(3_000)).records()).isZero();
    }

    @Test
    void percentilesAreNearestRankOverTheSamplesSince() {
        Freshness f = new Freshness();
        for (int i = 1; i <= 1000; i++) {
            f.written(i, 10_000 + i);
            f.visible(i, 10_000 + i + i);   // record i took i ms
        }
        assertThat(f.since(Instant.ofEpochMilli(0))).isEqualTo(new Freshness.Summary(1000, 500, 900, 990, 1000));
        assertThat(f.since(Instant.ofEpochMilli(10_901))).isEqualTo(new Freshness.Summary(100, 950, 990, 999, 1000));
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
