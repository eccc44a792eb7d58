package org.mcfed.index;

import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.mcfed.index.bench.QueryLog;
import org.mcfed.index.search.RecordSearch;
import org.mcfed.index.search.SearchRequest;
import org.mcfed.index.store.IndexSchema;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The search side of a merge-policy comparison: the bundled query log replayed on the indexes that
 * phase 3a's variants left (same records, different segment layouts), each search answered by every
 * layout in turn on one thread (the first one rotating), so a shared machine's load weighs on all alike;
 * prints thread CPU ms per search and the segment count of each layout.
 */
final class LayoutReplay {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private LayoutReplay() {
    }

    static void run(Map<String, Path> layouts, int seconds) throws Exception {
        QueryLog log = QueryLog.bundled();
        int[] order = log.replay(1 << 18, 7);
        List<SearchRequest> requests = log.entries().stream().map(e -> SearchRequest.parse(e.params())).toList();
        List<String> names = new ArrayList<>(layouts.keySet());
        List<FSDirectory> dirs = new ArrayList<>();
        List<SearcherManager> managers = new ArrayList<>();
        List<RecordSearch> searches = new ArrayList<>();
        for (String name : names) {
            FSDirectory dir = FSDirectory.open(IndexSchema.folder(layouts.get(name)));
            SearcherManager m = new SearcherManager(dir, null);
            dirs.add(dir);
            managers.add(m);
            searches.add(new RecordSearch(m));
        }
        long[] cpu = new long[names.size()];
        long counted = 0;
        long warmEnd = System.nanoTime() + Math.min(15, seconds) * 1_000_000_000L;
        long end = warmEnd + seconds * 1_000_000_000L;
        for (int n = 0; System.nanoTime() < end; n++) {
            SearchRequest request = requests.get(order[n % order.length]);
            boolean measured = System.nanoTime() > warmEnd;
            for (int k = 0; k < names.size(); k++) {
                int v = (n + k) % names.size();
                long t = THREADS.getCurrentThreadCpuTime();
                searches.get(v).search(request);
                cpu[v] += measured ? THREADS.getCurrentThreadCpuTime() - t : 0;
            }
            counted += measured ? 1 : 0;
        }
        System.out.printf("%nsearch on the layouts phase 3a left (bundled query log, %,d searches each, %d s after warm-up, load %.1f):%n",
                counted, seconds, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int v = 0; v < names.size(); v++) {
            var s = managers.get(v).acquire();
            int segments;
            try {
                segments = s.getIndexReader().leaves().size();
            } finally {
                managers.get(v).release(s);
            }
            System.out.printf("  merges %-10s %3d segments  %.3f ms CPU per search%n", names.get(v), segments, cpu[v] / 1e6 / Math.max(1, counted));
        }
        for (int v = 0; v < names.size(); v++) {
            managers.get(v).close();
            dirs.get(v).close();
        }
    }
}
