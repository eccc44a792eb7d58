package org.mcfed.launcher.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RankingMetricsTest {

    private static final List<String> RANKED = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k");

    @Test
    void recallIsCappedAtTheNumberThatFitsInTheFirstK() {
        assertThat(RankingMetrics.recallAt(10, RANKED, Set.of("b", "z"))).isEqualTo(0.5);
        Set<String> many = Set.of("a", "b", "c", "d", "e", "x1", "x2", "x3", "x4", "x5", "x6", "x7");
        assertThat(RankingMetrics.recallAt(10, RANKED, many)).isEqualTo(0.5);
        assertThat(RankingMetrics.recallAt(10, RANKED, Set.of("k"))).as("11th is outside the first 10").isZero();
        assertThat(RankingMetrics.recallAt(3, RANKED, Set.of("a", "b", "c", "d"))).isEqualTo(1.0);
    }

    @Test
    void reciprocalRankOfTheFirstRelevantResult() {
        assertThat(RankingMetrics.reciprocalRank(RANKED, Set.of("c", "a"))).isEqualTo(1.0);
        assertThat(RankingMetrics.reciprocalRank(RANKED, Set.of("d", "h"))).isCloseTo(0.25, within(1e-9));
        assertThat(RankingMetrics.reciprocalRank(RANKED, Set.of("zz"))).isZero();
        assertThat(RankingMetrics.reciprocalRank(List.of(), Set.of("a"))).isZero();
    }

    @Test
    void aQueryWithoutRelevantRecordsCannotBeScored() {
        assertThatThrownBy(() -> RankingMetrics.recallAt(10, RANKED, Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
