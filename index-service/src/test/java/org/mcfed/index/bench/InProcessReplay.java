package org.mcfed.index.bench;

import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.mcfed.index.search.RecordSearch;
import org.mcfed.index.search.SearchRequest;
import org.mcfed.index.store.IndexSchema;

import java.nio.file.Path;
import java.util.List;

/**
 * Replays the query log in-process on one client for a while, on a benchmark index, for a
 * profiler to watch (the numbers are the benchmark's, not this one's):
 * {@code java -XX:StartFlightRecording=filename=search.jfr -cp ... org.mcfed.index.bench.InProcessReplay index-root seconds},
 * then {@code jfr print --events jdk.ExecutionSample search.jfr}. Cursors of deep pages are not followed here.
 */
public final class InProcessReplay {

    private InProcessReplay() {
    }

    public static void main(String[] args) throws Exception {
        QueryLog log = QueryLog.bundled();
        List<SearchRequest> requests = log.entries().stream().map(e -> SearchRequest.parse(e.params())).toList();
        int[] order = log.replay(1 << 18, 7);
        try (FSDirectory dir = FSDirectory.open(IndexSchema.folder(Path.of(args[0])))) {
            SearcherManager searchers = new SearcherManager(dir, null);
            RecordSearch search = new RecordSearch(searchers);
            long end = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
            int n = 0;
            long start = System.nanoTime();
            while (System.nanoTime() < end) {
                search.search(requests.get(order[n++ % order.length]));
            }
            System.out.printf("%,d searches, %.2f ms each%n", n, (System.nanoTime() - start) / 1e6 / n);
            searchers.close();
        }
    }
}
