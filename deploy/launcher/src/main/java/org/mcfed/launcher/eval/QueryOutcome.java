package org.mcfed.launcher.eval;

import java.util.EnumMap;
import java.util.Map;

/** What one judged query scored in each search mode, and how long each answer took over HTTP. */
public record QueryOutcome(JudgedQuery query, Map<SearchMode, Double> recall, Map<SearchMode, Double> reciprocalRank,
                           Map<SearchMode, Double> millis) {

    static QueryOutcome empty(JudgedQuery query) {
        return new QueryOutcome(query, new EnumMap<>(SearchMode.class), new EnumMap<>(SearchMode.class), new EnumMap<>(SearchMode.class));
    }
}
