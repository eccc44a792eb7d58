package org.mcfed.index.bench;

import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.mcfed.index.search.RecordSearch;
import org.mcfed.index.search.SearchRequest;
import org.mcfed.index.store.IndexSchema;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Replays the query log in-process on one client for a while, on a benchmark index, for a
 * profiler to watch or for an A/B of two builds of the search code on a shared machine: after a
 * warm-up, it prints the thread's own CPU time per search, overall and per query class, which
 * other processes on the machine do not inflate the way they inflate wall time, and the ranking
 * figures of the benchmark (MRR, nDCG@10), so that a change that saves CPU is seen not to cost ranking:
 * {@code java [-XX:StartFlightRecording=filename=search.jfr] -cp ... org.mcfed.index.bench.InProcessReplay index-root seconds [warm-up seconds=10] [query classes, comma-separated: all]},
 * then {@code jfr print --events jdk.ExecutionSample search.jfr}. Cursors of deep pages are not followed here.
 */
public final class InProcessReplay {

    private InProcessReplay() {
    }

    /** Collections and collector milliseconds so far, over every collector of this JVM. */
    private static long[] gc() {
        long count = 0;
        long millis = 0;
        for (java.lang.management.GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, b.getCollectionCount());
            millis += Math.max(0, b.getCollectionTime());
        }
        return new long[]{count, millis};
    }

    public static void main(String[] args) throws Exception {
        QueryLog log = QueryLog.bundled();
        List<SearchRequest> requests = log.entries().stream().map(e -> SearchRequest.parse(e.params())).toList();
        java.util.Set<String> classes = args.length > 3 ? java.util.Set.of(args[3].split(",")) : null;
        int[] order = java.util.Arrays.stream(log.replay(1 << 18, 7))
                .filter(i -> classes == null || classes.contains(log.entries().get(i).queryClass())).toArray();
        long warmUp = args.length > 2 ? Long.parseLong(args[2]) : 10;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (FSDirectory dir = FSDirectory.open(IndexSchema.folder(Path.of(args[0])))) {
            SearcherManager searchers = new SearcherManager(dir, null);
            RecordSearch search = new RecordSearch(searchers);
            int n = 0;
            long warmEnd = System.nanoTime() + warmUp * 1_000_000_000L;
            while (System.nanoTime() < warmEnd) {
                search.search(requests.get(order[n++ % order.length]));
            }
            Map<String, long[]> byClass = new TreeMap<>();
            long end = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long processStart = LoadRun.cpuNanos(ProcessHandle.current().pid());
            long[] gcStart = gc();
            int measured = 0;
            while (System.nanoTime() < end) {
                int i = order[n++ % order.length];
                long before = threads.getCurrentThreadCpuTime();
                search.search(requests.get(i));
                long[] c = byClass.computeIfAbsent(log.entries().get(i).queryClass(), k -> new long[2]);
                c[0]++;
                c[1] += threads.getCurrentThreadCpuTime() - before;
                measured++;
            }
            System.out.printf("%,d searches after %d s of warm-up, %.2f ms wall each, %.2f ms CPU each%n", measured, warmUp,
                    (System.nanoTime() - start) / 1e6 / measured, (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / measured);
            long[] gcEnd = gc();
            // the process's CPU (GC and JIT threads included), which a thread's own CPU time leaves out
            System.out.printf("process CPU %.2f ms per search; %d collections, %d ms of collector time%n",
                    (LoadRun.cpuNanos(ProcessHandle.current().pid()) - processStart) / 1e6 / measured, gcEnd[0] - gcStart[0], gcEnd[1] - gcStart[1]);
            byClass.forEach((k, c) -> System.out.printf("  %-10s %,6d searches, %8.2f ms CPU each%n", k, c[0], c[1] / 1e6 / c[0]));
            List<RankingJudgements.Judged> judged = RankingJudgements.queries(60);
            List<List<String>> answers = judged.stream().map(j -> search.search(SearchRequest.of(j.query())).results().stream()
                    .map(m -> (String) m.get("id")).toList()).toList();
            RankingJudgements.Scores scores = RankingJudgements.score(judged, answers);
            System.out.printf("ranking on %d judged queries: MRR %.3f, nDCG@10 %.3f%n", scores.queries(), scores.mrr(), scores.ndcg10());
            searchers.close();
        }
    }
}
