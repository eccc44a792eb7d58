package org.mcfed.index;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.search.CrossLingualLexicon;
import org.mcfed.index.search.QueryTranslation;
import org.mcfed.index.search.RecordSearch;
import org.mcfed.index.search.SearchRequest;
import org.mcfed.index.search.TextQuery;
import org.mcfed.index.search.UserQuery;
import org.mcfed.index.store.IndexSchema;
import org.mcfed.index.store.LuceneRecordStore;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Search benchmark (not a test; not run by {@code mvn verify}): builds an index of synthetic COL
 * records (default 1,000,000) directly through the store, starts the packaged service on it as its
 * own JVM, and measures the same queries at 1, 8 and 32 concurrent clients three ways:
 * over HTTP ({@code GET /api/search}), in-process through {@link RecordSearch} (facets, highlights,
 * JSON of the hits; no HTTP), and as the bare Lucene text query (top 20, no facets). Prints QPS,
 * p50 and p99 latency and memory, and what cross-lingual search adds per query (translate=false against true). Run (from index-service/):
 * <pre>
 * mvn -B -q -o package -DskipTests &amp;&amp; mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
 * java -Xmx3g -cp target/classes:target/test-classes:$(cat target/bench.cp) org.mcfed.index.SearchBenchmark [records] [seconds per run] [index root]
 * </pre>
 * An existing index of the right size under the index root (default target/bench-index) is reused.
 */
public final class SearchBenchmark {

    /** The query mix: free text in three languages, typos, phrases, prefixes, filters, ranges, sorts. */
    static final List<Map<String, List<String>>> QUERIES = List.of(
            params("q", "data analytics"),
            params("q", "數據分析"),
            params("q", "pengurusan projek"),
            params("q", "cybersecurty"),
            params("q", "\"sustainable farming\""),
            params("q", "market*"),
            params("q", "project management", "country", "NZ", "mode", "online"),
            params("q", "certificate", "nqfLevel", "HKQF:4", "costMax", "5000"),
            params("q", "", "sort", "hours", "hoursMin", "40", "hoursMax", "120"),
            params("q", "care", "sort", "-cost", "language", "eng", "language", "msa"),
            params("q", "web development workshop", "size", "50"),
            params("q", "", "framework", "MQF", "aqrfLevel", "4", "sort", "updated"));

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path root = Path.of(args.length > 2 ? args[2] : "target/bench-index").toAbsolutePath();
        Path app = Path.of("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(app)) {
            System.err.println("build the service first: mvn -B -q -o package -DskipTests");
            System.exit(2);
        }
        buildIndex(root, records);

        int port = freePort();
        Path log = root.resolveSibling("bench-service.log");
        Process service = new ProcessBuilder(javaBin(), "-Xmx1g", "-Dmcfed.index.dir=" + root, "-Dmcfed.index.consume=false",
                "-Dquarkus.http.port=" + port, "-Dquarkus.log.level=WARN", "-jar", app.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ExecutorService httpThreads = Executors.newFixedThreadPool(4);
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(httpThreads).build();
            URI base = URI.create("http://localhost:" + port);
            awaitReady(http, base, service);
            List<URI> uris = QUERIES.stream().map(q -> base.resolve("/api/search?" + queryString(q))).toList();
            for (URI u : uris) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(u).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(u + " answered " + r.statusCode() + ": " + r.body());
                }
            }

            try (FSDirectory dir = FSDirectory.open(IndexSchema.folder(root))) {
                SearcherManager searchers = new SearcherManager(dir, null);
                RecordSearch search = new RecordSearch(searchers);
                List<SearchRequest> requests = QUERIES.stream().map(SearchRequest::parse).toList();
                long totalHits = requests.stream().mapToLong(r -> search.search(r).total()).sum();
                System.out.printf("%nindex: %,d records, %s on disk; the %d queries match %,d records in all%n",
                        records, mb(folderSize(IndexSchema.folder(root))), QUERIES.size(), totalHits);
                System.out.printf("runs of %d s after a %d s warm-up; machine: %d cores, load average %.1f%n%n", seconds, Math.max(3, seconds / 3),
                        Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                System.out.printf("%-34s %8s %10s %10s %10s%n", "mode", "clients", "QPS", "p50 ms", "p99 ms");
                for (int clients : new int[]{1, 8, 32}) {
                    report("HTTP GET /api/search (service JVM)", clients, run(clients, seconds, i -> {
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uris.get(i % uris.size())).build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException("HTTP " + r.statusCode());
                        }
                    }));
                    report("in-process RecordSearch", clients, run(clients, seconds, i -> search.search(requests.get(i % requests.size()))));
                    report("in-process raw Lucene top 20", clients, run(clients, seconds, i -> {
                        IndexSearcher s = searchers.acquire();
                        try {
                            s.search(TextQuery.build(UserQuery.parse(requests.get(i % requests.size()).q()), true), 20);
                        } finally {
                            searchers.release(s);
                        }
                    }));
                }
                // what cross-lingual search costs: the same mix with translate=false and true, one client, one after the other
                List<SearchRequest> untranslated = requests.stream().map(r -> r.withTranslate(false)).toList();
                Result off = run(1, seconds, i -> search.search(untranslated.get(i % untranslated.size())));
                Result on = run(1, seconds, i -> search.search(requests.get(i % requests.size())));
                report("in-process, translate=false", 1, off);
                report("in-process, translate=true", 1, on);
                long t0 = System.nanoTime();
                int n = 0;
                for (; System.nanoTime() - t0 < 2_000_000_000L; n++) {
                    UserQuery q = UserQuery.parse(requests.get(n % requests.size()).q());
                    TextQuery.build(QueryTranslation.of(q, CrossLingualLexicon.bundled()), q.phrases(), true);
                }
                System.out.printf("translation adds %.2f ms per query on average (%.2f against %.2f ms); "
                                + "segmenting, looking up and building the translated query alone takes %.1f µs%n",
                        1000 / on.qps() - 1000 / off.qps(), 1000 / on.qps(), 1000 / off.qps(), (System.nanoTime() - t0) / 1e3 / n);
                searchers.close();
            }
            System.out.printf("%nmemory: service JVM RSS %s, heap used %s (-Xmx1g); benchmark JVM RSS %s, heap used %s%n",
                    rss(service.pid()), heapOf(http, base), rss(ProcessHandle.current().pid()),
                    mb(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()));
        } finally {
            httpThreads.shutdown(); // its threads are not daemons: left running they keep the JVM alive after the figures
            service.destroy();
            service.waitFor();
        }
    }

    private static void buildIndex(Path root, int records) {
        try (LuceneRecordStore existing = LuceneRecordStore.open(root, Duration.ofSeconds(1), 256)) {
            if (existing.count() == records) {
                System.out.printf("reusing the index of %,d records at %s%n", records, existing.folder());
                return;
            }
        }
        deleteTree(IndexSchema.folder(root));
        long start = System.nanoTime();
        try (LuceneRecordStore store = LuceneRecordStore.open(root, Duration.ofSeconds(1), 256)) {
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < records; i = next.getAndIncrement()) {
                        ColRecord r = SyntheticCatalog.record(i);
                        store.upsert(r, ColJson.writeBytes(r), r.updatedAt());
                        if (i > 0 && i % 100_000 == 0) {
                            System.out.printf("  indexed %,d%n", i);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            pool.shutdown();
            store.commit(Map.of());
            store.awaitVisible();
            double secs = (System.nanoTime() - start) / 1e9;
            System.out.printf("built an index of %,d records in %.0f s (%,.0f records/s)%n", store.count(), secs, records / secs);
        } catch (Exception e) {
            throw new IllegalStateException("building the benchmark index failed", e);
        }
    }

    /** One timed unit of work; {@code i} picks the query. */
    @FunctionalInterface
    interface Work {
        void run(int i) throws Exception;
    }

    record Result(double qps, double p50Ms, double p99Ms) {
    }

    private static Result run(int clients, int seconds, Work work) throws Exception {
        timed(clients, Math.max(3, seconds / 3), work);   // warm-up
        return timed(clients, seconds, work);
    }

    private static Result timed(int clients, int seconds, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c * 5;
            futures.add(pool.submit(() -> {
                long[] lat = new long[1 << 16];
                int n = 0;
                for (int i = offset; System.nanoTime() < end; i++) {
                    long t0 = System.nanoTime();
                    work.run(i);
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            all.add(f.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(merged.length / elapsed, merged[merged.length / 2] / 1e6, merged[(int) Math.min(merged.length - 1, Math.floor(merged.length * 0.99))] / 1e6);
    }

    private static void report(String mode, int clients, Result r) {
        System.out.printf("%-34s %8d %10.0f %10.2f %10.2f%n", mode, clients, r.qps(), r.p50Ms(), r.p99Ms());
    }

    private static void awaitReady(HttpClient http, URI base, Process service) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service exited; see its log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(250);   // polling a child process, not a test condition
        }
        throw new IllegalStateException("the service did not become ready");
    }

    private static String heapOf(HttpClient http, URI base) {
        try {
            String metrics = http.send(HttpRequest.newBuilder(base.resolve("/q/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
            double heap = metrics.lines().filter(l -> l.startsWith("jvm_memory_used_bytes") && l.contains("area=\"heap\""))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
            return mb((long) heap);
        } catch (Exception e) {
            return "n/a";
        }
    }

    private static String rss(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS"))
                    .map(l -> mb(Long.parseLong(l.replaceAll("\\D", "")) * 1024)).findFirst().orElse("n/a");
        } catch (IOException e) {
            return "n/a";
        }
    }

    private static String mb(long bytes) {
        return String.format("%,d MB", bytes / (1024 * 1024));
    }

    private static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<String>> params(String... kv) {
        Map<String, List<String>> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.computeIfAbsent(kv[i], k -> new ArrayList<>()).add(kv[i + 1]);
        }
        return m;
    }

    private static String queryString(Map<String, List<String>> params) {
        StringBuilder b = new StringBuilder();
        params.forEach((k, vs) -> vs.forEach(v -> b.append(b.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20"))));
        return b.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
