package org.mcfed.index;

import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.mcfed.index.bench.BenchIndex;
import org.mcfed.index.bench.Peers;
import org.mcfed.index.bench.SearchComparison;
import org.mcfed.index.search.CountLimits;
import org.mcfed.index.search.RecordSearch;
import org.mcfed.index.store.IndexSchema;

import java.nio.file.Path;

/**
 * Search benchmark (not a test; not run by {@code mvn verify}), the one of issue 12: builds an index
 * of {@code records} synthetic COL records shaped like a federated catalogue ({@link org.mcfed.index.bench.ZipfCatalog}),
 * starts the packaged service on it and the Apache Solr 9.10.1 peer (deploy/search-bench) on the same
 * records, each as its own JVM, and replays the committed query log ({@link org.mcfed.index.bench.QueryLog})
 * at 1, 8 and 32 clients: the service over HTTP and in-process, then Solr over HTTP, one after the
 * other. Prints QPS, p50/p99/p99.9, CPU per query, memory, overlap@10 with Solr per query class, and
 * MRR and nDCG@10 of both on judged queries. Run it with {@code index-service/search-benchmark.sh}.
 * <pre>
 * java -cp ... org.mcfed.index.SearchBenchmark [records=1000000] [seconds per run=15] [work folder=target/bench] [solr peer classpath]
 * </pre>
 * Indexes of the right size in the work folder are reused.
 */
public final class SearchBenchmark {

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path work = Path.of(args.length > 2 ? args[2] : "target/bench").toAbsolutePath();
        String solrClasspath = args.length > 3 ? args[3] : null;
        Path root = work.resolve("index");
        BenchIndex.build(root, records);
        try (Peers peers = Peers.start(work, records, solrClasspath);
             FSDirectory dir = FSDirectory.open(IndexSchema.folder(root))) {
            SearcherManager searchers = new SearcherManager(dir, null);
            new SearchComparison(peers, new RecordSearch(searchers), new RecordSearch(searchers, CountLimits.ALWAYS_EXACT), records, seconds).run();
            searchers.close();
        }
    }
}
