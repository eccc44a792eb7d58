package org.mcfed.index.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Analysis benchmark (not a test; not run by {@code mvn verify}): thread CPU of the {@code icu} and
 * {@code cjk} analyses over the sandbox registries' texts, the index's chains against the chains of
 * Lucene's own ICU filters ({@link ReferenceAnalyzers}), alternated round by round in one JVM.
 * Run from index-service/ with {@code java -cp target/classes:target/test-classes:$(cat target/bench.cp)
 * org.mcfed.index.store.AnalysisBenchmark [rounds=10] [passes a round=20]}.
 */
public final class AnalysisBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<String> texts = Files.readAllLines(Path.of("src/test/resources/fixtures/analysis/sandbox-texts.txt"));
        Analyzer[][] sides = {
            {ReferenceAnalyzers.ICU, ReferenceAnalyzers.CJK},
            {RecordAnalyzers.analyzer(RecordAnalyzers.ICU), RecordAnalyzers.analyzer(RecordAnalyzers.CJK)},
        };
        String[] names = {"Lucene ICU filters", "FoldingFilter, SimplifiedHanFilter"};
        long[][] nanos = new long[2][rounds];
        for (int warm = 0; warm < 3; warm++) {
            for (Analyzer[] side : sides) {
                pass(side, texts, passes);
            }
        }
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < 2; k++) {
                int side = (round + k) % 2;
                nanos[side][round] = pass(sides[side], texts, passes);
            }
        }
        System.out.printf("%d texts x %d passes a round, %d rounds alternated; CPU ms a round, icu + cjk analyses%n", texts.size(), passes, rounds);
        for (int side = 0; side < 2; side++) {
            long[] sorted = nanos[side].clone();
            Arrays.sort(sorted);
            System.out.printf("%-36s min %8.1f  median %8.1f  all %s%n", names[side], sorted[0] / 1e6, sorted[rounds / 2] / 1e6,
                    Arrays.stream(nanos[side]).mapToObj(n -> String.format("%.0f", n / 1e6)).toList());
        }
    }

    private static long pass(Analyzer[] analyzers, List<String> texts, int passes) throws IOException {
        long start = THREADS.getCurrentThreadCpuTime();
        long tokens = 0;
        for (int p = 0; p < passes; p++) {
            for (String text : texts) {
                for (Analyzer analyzer : analyzers) {
                    try (TokenStream ts = analyzer.tokenStream("text", text)) {
                        ts.reset();
                        while (ts.incrementToken()) {
                            tokens++;
                        }
                        ts.end();
                    }
                }
            }
        }
        if (tokens == 0) {
            throw new IllegalStateException("no tokens");
        }
        return THREADS.getCurrentThreadCpuTime() - start;
    }
}
