package org.mcfed.launcher.eval;

import java.util.List;
import java.util.Set;

/** The two figures the evaluation reports for one ranked answer. */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /**
     * Recall at {@code k}, capped: relevant records in the first {@code k} over the most that could be
     * there, {@code min(k, |relevant|)}. A subject with hundreds of relevant records can then still
     * score 1, which plain recall@10 could never give.
     */
    public static double recallAt(int k, List<String> ranked, Set<String> relevant) {
        if (relevant.isEmpty()) {
            throw new IllegalArgumentException("a judged query needs at least one relevant record");
        }
        long found = ranked.stream().limit(k).filter(relevant::contains).count();
        return (double) found / Math.min(k, relevant.size());
    }

    /** 1 / rank of the first relevant record, 0 when none was returned. */
    public static double reciprocalRank(List<String> ranked, Set<String> relevant) {
        for (int i = 0; i < ranked.size(); i++) {
            if (relevant.contains(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }
}
