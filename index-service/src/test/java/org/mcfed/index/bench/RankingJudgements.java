package org.mcfed.index.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Relevance judgements derived from the generator's known topics ({@link ZipfCatalog}): a query is
 * a concept's words in one of the four languages; a record whose title is about that concept is
 * relevant (grade 2), one whose body only speaks of it is partly relevant (grade 1). The most
 * frequent concepts each have thousands of title matches, so the ideal first ten are all grade 2.
 * Scores MRR (the rank of the first grade-2 record) and nDCG@10.
 */
final class RankingJudgements {

    static final List<String> LANGUAGES = List.of("en", "zh-Hant", "zh-Hans", "ms");

    record Judged(String query, String language, int concept) {
    }

    record Scores(double mrr, double ndcg10, int queries) {
    }

    private RankingJudgements() {
    }

    /** One query per language for each of the {@code concepts} most frequent concepts. */
    static List<Judged> queries(int concepts) {
        ZipfVocabulary v = ZipfVocabulary.bundled();
        List<Judged> out = new ArrayList<>();
        for (int c = 0; c < concepts; c++) {
            for (String language : LANGUAGES) {
                out.add(new Judged(v.concept(c).in(language), language, c));
            }
        }
        return out;
    }

    static int grade(Judged q, String id) {
        int i = ZipfCatalog.numberOf(id);
        return ZipfCatalog.topicOf(i) == q.concept() ? 2 : ZipfCatalog.bodyTopicOf(i) == q.concept() ? 1 : 0;
    }

    /** MRR and nDCG@10 of the answers (top ids per judged query, in the same order). */
    static Scores score(List<Judged> queries, List<List<String>> answers) {
        double mrr = 0;
        double ndcg = 0;
        double ideal = 0;
        for (int k = 0; k < 10; k++) {
            ideal += 3 / log2(k + 2);
        }
        for (int n = 0; n < queries.size(); n++) {
            List<String> ids = answers.get(n);
            double dcg = 0;
            boolean first = true;
            for (int k = 0; k < Math.min(10, ids.size()); k++) {
                int g = grade(queries.get(n), ids.get(k));
                dcg += ((1 << g) - 1) / log2(k + 2);
                if (g == 2 && first) {
                    mrr += 1.0 / (k + 1);
                    first = false;
                }
            }
            ndcg += dcg / ideal;
        }
        return new Scores(mrr / queries.size(), ndcg / queries.size(), queries.size());
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
