package org.mcfed.launcher.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The evaluation's figures: recall@10 and MRR per query class and language, with the cross-lingual
 * path on and off, and the two goals checked against them.
 */
public record EvaluationReport(int records, List<QueryOutcome> outcomes) {

    public static final double CROSS_RECALL_GOAL = 0.8;
    public static final double SAME_MRR_TOLERANCE = 0.02;

    public List<QueryOutcome> of(boolean crossLanguage) {
        return outcomes.stream().filter(o -> o.query().crossLanguage() == crossLanguage).toList();
    }

    public double crossLanguageRecall(SearchMode mode) {
        return mean(of(true), o -> o.recall().get(mode));
    }

    public double sameLanguageMrr(SearchMode mode) {
        return mean(of(false), o -> o.reciprocalRank().get(mode));
    }

    /** Cross-language recall@10 reaches the goal. */
    public boolean crossLanguageGoalMet() {
        return crossLanguageRecall(SearchMode.CROSS_LINGUAL) >= CROSS_RECALL_GOAL;
    }

    /** Same-language MRR is not lower than the baseline's by more than the tolerance. */
    public boolean sameLanguageGoalMet() {
        return sameLanguageMrr(SearchMode.CROSS_LINGUAL) >= sameLanguageMrr(SearchMode.BASELINE) - SAME_MRR_TOLERANCE;
    }

    /** The table a reader sees, then the goals, then the cross-language queries that found nothing. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        long subjects = outcomes.stream().map(o -> o.query().concept()).distinct().count();
        sb.append(String.format(Locale.ROOT, "cross-lingual evaluation: %,d records indexed, %d subjects, %d judged queries%n",
                records, subjects, outcomes.size()));
        sb.append(String.format(Locale.ROOT, "%-15s %-8s %7s  %-21s %-21s %-19s%n", "class", "language", "queries",
                "recall@10 (xl / off)", "MRR (xl / off)", "ms/query (xl / off)"));
        for (boolean cross : new boolean[] {true, false}) {
            String name = cross ? "cross-language" : "same-language";
            row(sb, name, "all", o -> o.query().crossLanguage() == cross);
            for (String language : RelevanceJudgements.QUERY_LANGUAGES) {
                row(sb, "", language, o -> o.query().crossLanguage() == cross && o.query().language().equals(language));
            }
        }
        sb.append(String.format(Locale.ROOT, "goal: cross-language recall@10 >= %.2f: %.3f %s%n", CROSS_RECALL_GOAL,
                crossLanguageRecall(SearchMode.CROSS_LINGUAL), crossLanguageGoalMet() ? "met" : "NOT MET"));
        sb.append(String.format(Locale.ROOT, "goal: same-language MRR not below the baseline's by more than %.2f: %.3f vs %.3f %s%n",
                SAME_MRR_TOLERANCE, sameLanguageMrr(SearchMode.CROSS_LINGUAL), sameLanguageMrr(SearchMode.BASELINE),
                sameLanguageGoalMet() ? "met" : "NOT MET"));
        List<QueryOutcome> missed = of(true).stream().filter(o -> o.recall().get(SearchMode.CROSS_LINGUAL) == 0)
                .sorted(Comparator.comparing((QueryOutcome o) -> o.query().language()).thenComparing(o -> o.query().concept())).toList();
        sb.append(String.format(Locale.ROOT, "cross-language queries with nothing relevant in the first 10: %d%n", missed.size()));
        missed.stream().limit(40).forEach(o -> sb.append(String.format(Locale.ROOT, "  %-8s %-32s %s%n",
                o.query().language(), o.query().concept(), o.query().text())));
        return sb.toString();
    }

    private void row(StringBuilder sb, String name, String language, Predicate<QueryOutcome> which) {
        List<QueryOutcome> rows = outcomes.stream().filter(which).toList();
        if (rows.isEmpty()) {
            return;
        }
        sb.append(String.format(Locale.ROOT, "%-15s %-8s %7d  %.3f / %.3f        %.3f / %.3f        %6.1f / %6.1f%n", name, language, rows.size(),
                mean(rows, o -> o.recall().get(SearchMode.CROSS_LINGUAL)), mean(rows, o -> o.recall().get(SearchMode.BASELINE)),
                mean(rows, o -> o.reciprocalRank().get(SearchMode.CROSS_LINGUAL)), mean(rows, o -> o.reciprocalRank().get(SearchMode.BASELINE)),
                mean(rows, o -> o.millis().get(SearchMode.CROSS_LINGUAL)), mean(rows, o -> o.millis().get(SearchMode.BASELINE))));
    }

    private static double mean(List<QueryOutcome> rows, ToDoubleFunction<QueryOutcome> f) {
        return rows.stream().mapToDouble(f).average().orElse(Double.NaN);
    }
}
