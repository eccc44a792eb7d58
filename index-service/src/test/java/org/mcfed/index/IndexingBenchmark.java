package org.mcfed.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Provenance;
import org.mcfed.col.record.Quality;
import org.mcfed.index.ops.SourceQuality;
import org.mcfed.index.search.RecordSearch;
import org.mcfed.index.search.SearchRequest;
import org.mcfed.index.search.SearchResult;
import org.mcfed.index.store.LuceneRecordStore;
import org.mcfed.index.store.TopicIndexer;
import org.mcfed.kafka.KraftBroker;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Indexing benchmark (not a test; not run by {@code mvn verify}): feeds N normalised COL records
 * (the search benchmark's synthetic catalogue, with provenance and quality as the normalizer sets
 * them) through the service's real indexing path and prints records/s, CPU ms per record and heap
 * next to plain Lucene indexing the same records in the same JVM (the launcher's
 * PlainLuceneBaseline: StandardAnalyzer, text fields and stored JSON, 256 MB buffer), then what one
 * {@code GET /api/sources} (its per-source quality report, uncached) and one
 * {@code GET /api/search?size=1} cost at that size.
 *
 * <p>Phases: (1) plain Lucene; (2) the store directly ({@link ColJson#read} + {@link LuceneRecordStore#upsert},
 * committed every 5 s as {@link TopicIndexer} does, one record in 500 deleted right after it was written) while a probe polls {@code /api/sources} and
 * {@code /api/search?size=1} every 2 s, as operators' dashboards and the pipeline benchmark do;
 * (3a) unless {@code --no-kafka}: the real {@link TopicIndexer}, ready and refreshing every max-stale, while the same
 * records arrive on its topic from a producer in this JVM (the service following the topic's head; the producer's
 * threads' CPU left out, the broker's kept); (3) the real {@link TopicIndexer} consuming the same records from a
 * topic on an in-process KRaft broker (its CPU includes the broker serving the fetches), a new index
 * reading the whole topic as a backlog (a catch-up: no refresh until caught up); (4) with Kafka too:
 * a new replica in its own JVM ({@link ReplicaCatchUp}) doing the same, with its own CPU and peak RSS.
 * CPU is the whole process's (merge and reopen threads included), as the pipeline benchmark measures a service.
 * Run from index-service/ with {@code ./indexing-benchmark.sh [records] [--no-probe] [--no-kafka] [--max-stale=PT0.5S]}.
 */
public final class IndexingBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /**
     * The previous version's default reuse of its walk (mcfed.ops.completeness-cache-seconds), so the
     * probe costs what it cost in production; the one-request figure after phase 2 is uncached.
     */
    private static final int WALK_CACHE_SECONDS = 30;
    /** One record in 500 is deleted right after it was written. */
    private static final int TOMBSTONE_EVERY = 500;

    private IndexingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requested = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 200_000;
        List<String> flags = Arrays.asList(args);
        boolean probe = !flags.contains("--no-probe");
        boolean kafka = !flags.contains("--no-kafka");
        // phases 1 and 4 only, to compare replica settings
        boolean replicaOnly = flags.contains("--replica-only");
        // phase 2 (the store without Kafka) left out, to profile the Kafka phases only
        boolean directPhase = !flags.contains("--no-direct");
        String replicaHeap = flags.stream().filter(f -> f.startsWith("--replica-heap=")).map(f -> f.substring(15)).findFirst().orElse("-Xmx800m");
        String replicaBuffer = flags.stream().filter(f -> f.startsWith("--replica-buffer-mb=")).map(f -> f.substring(20)).findFirst()
                .orElse(Double.toString(TopicIndexer.DEFAULT_CATCH_UP_RAM_BUFFER_MB));
        Duration maxStale = flags.stream().filter(f -> f.startsWith("--max-stale=")).map(f -> Duration.parse(f.substring(12)))
                .findFirst().orElse(Duration.ofMillis(500)); // the service's default (IndexConfig.maxStale)
        // phase 3a's merge policies to compare (FollowingMerges), alternated over trials
        List<String> merges = flags.stream().filter(f -> f.startsWith("--merges=")).map(f -> List.of(f.substring(9).split(","))).findFirst()
                .orElse(List.of(FollowingMerges.STORE));
        int trials = flags.stream().filter(f -> f.startsWith("--trials=")).map(f -> Integer.parseInt(f.substring(9))).findFirst().orElse(1);
        int layoutSeconds = flags.stream().filter(f -> f.startsWith("--layout-seconds=")).map(f -> Integer.parseInt(f.substring(17))).findFirst().orElse(20);
        // records/s the producer of phase 3a sends at (0: as fast as it can)
        int followRate = flags.stream().filter(f -> f.startsWith("--follow-rate=")).map(f -> Integer.parseInt(f.substring(14))).findFirst().orElse(0);
        // phases 1 and 3a only
        boolean followOnly = flags.contains("--follow-only");
        // a pipeline run's records (RecordsDump) instead of the synthetic catalogue
        Optional<Path> recordsFile = flags.stream().filter(f -> f.startsWith("--records-file=")).map(f -> Path.of(f.substring(15))).findFirst();
        Path work = Files.createTempDirectory("mcfed-indexing-bench");
        System.out.printf("%s %,d records...%n", recordsFile.isPresent() ? "reading" : "generating", requested);
        List<byte[]> values = recordsFile.isPresent() ? RecordsDump.read(recordsFile.get(), requested) : records(requested);
        int n = values.size();
        System.out.printf("%,d records, %.0f MB of JSON; machine: %d cores; %s%n%n", n,
                values.stream().mapToLong(v -> v.length).sum() / 1e6, Runtime.getRuntime().availableProcessors(),
                "refresh (max stale) " + maxStale + "; " + (probe ? "probe polls /api/sources and /api/search?size=1 every 2 s in phase 2" : "no probe"));
        System.out.printf("%-44s %10s %12s %14s %12s%n", "phase", "records/s", "CPU ms/rec", "wall s", "heap MB");

        // warm-up: both indexing paths on a tenth of the records (at most 20,000), so neither phase pays for the JIT
        List<byte[]> warmUp = values.subList(0, Math.min(20_000, n / 10));
        plainLucene(warmUp, work.resolve("warm-plain"));
        try (LuceneRecordStore warm = LuceneRecordStore.open(work.resolve("warm-store"), maxStale)) {
            storeDirect(warmUp, warm);
        }

        Figures plain = measure(() -> plainLucene(values, work.resolve("plain")));
        print("1. plain Lucene (launcher's baseline)", n, plain);

        Figures direct = null;
        if (!replicaOnly && directPhase) {
            LuceneRecordStore store = LuceneRecordStore.open(work.resolve("store"), maxStale);
            Probe prober = probe ? new Probe(store).start() : null;
            direct = measure(() -> storeDirect(values, store));
            if (prober != null) {
                prober.stop();
            }
            print("2. service store (ColJson.read + upsert)", n, direct);
            System.out.printf("   %,d tombstones among them; %,d searcher refreshes (%.1f/s), %d segments at the end%n",
                    n / TOMBSTONE_EVERY, refreshes(store), refreshes(store) / (direct.wallNanos / 1e9), segments(store));
            if (prober != null) {
                System.out.printf("   probe: %d polls, %.1f ms CPU per poll (/api/sources + /api/search?size=1), %.1f%% of phase 2 CPU%n",
                        prober.polls.get(), prober.cpuNanos.get() / 1e6 / Math.max(1, prober.polls.get()),
                        100.0 * prober.cpuNanos.get() / Math.max(1, direct.cpuNanos));
            }
            store.awaitVisible();
            SourceQuality quality = sourceQuality(store);
            quality.invalidate();
            System.out.printf("%n   at %,d records: one GET /api/sources on an unchanged index %s, uncached (every segment summed again) %s;%n   one GET /api/search?size=1 %s%n%n",
                    store.count(), cost(() -> quality.bySource().size()), cost(() -> {
                        quality.invalidate();
                        return quality.bySource().size();
                    }), cost(() -> searchOne(store).total()));
            store.close();
        }

        if (kafka) {
            try (KraftBroker broker = KraftBroker.onFreePorts().start()) {
                String topic = "mcfed.records.bench";
                try (RecordsTopic t = new RecordsTopic(broker.bootstrapServers(), topic, 3)) {
                    for (byte[] v : values) {
                        t.send(ColJson.read(v).id(), v);
                    }
                    t.flush();
                }
                if (!replicaOnly) {
                    // warm-up: the consumer, producer and broker paths, so phase 3a does not pay for their JIT (30 s of compilation otherwise)
                    following(broker.bootstrapServers(), "mcfed.records.warm", warmUp, work.resolve("warm-following"), maxStale, merges.get(0), false, followRate);
                    Map<String, Path> layouts = new java.util.LinkedHashMap<>();
                    for (int trial = 1; trial <= trials; trial++) {
                        Figures plainNow = plain;
                        if (trials > 1) {
                            plainNow = measure(() -> plainLucene(values, work.resolve("plain-again")));
                            print("1. plain Lucene, trial " + trial, n, plainNow);
                        }
                        // alternate the variants' order from trial to trial, so neither always runs first
                        List<String> order = new ArrayList<>(merges);
                        if (trial % 2 == 0) {
                            java.util.Collections.reverse(order);
                        }
                        for (String merge : order) {
                            Path root = work.resolve("following-" + trial + "-" + merge);
                            Following head = following(broker.bootstrapServers(), "mcfed.records.follow-" + trial + "-" + merge, values, root,
                                    maxStale, merge, merges.size() > 1 && trial == trials, followRate);
                            print("3a. following the head, merges " + merge + (trials > 1 ? ", trial " + trial : ""), n, head.indexing);
                            System.out.printf("   %,d refreshes (%.1f/s), %d segments; producer threads' %.3f ms CPU/record left out; %.2fx plain Lucene's CPU per record; load %.1f%n",
                                    head.refreshes, head.refreshes / (head.indexing.wallNanos / 1e9), head.segments, head.producerCpuNanos / 1e6 / n,
                                    head.indexing.cpuMsPerRecord(n) / plainNow.cpuMsPerRecord(n), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                            if (merges.size() > 1 && trial == trials) {
                                layouts.put(merge, root);
                            }
                        }
                    }
                    if (layouts.size() > 1 && layoutSeconds > 0) {
                        LayoutReplay.run(layouts, layoutSeconds);
                    }
                    if (followOnly) {
                        deleteTree(work);
                        return;
                    }
                    LuceneRecordStore consumed = LuceneRecordStore.open(work.resolve("consumed"), maxStale);
                    Figures viaTopic = measure(() -> {
                        try (TopicIndexer indexer = new TopicIndexer(consumed, broker.bootstrapServers(), topic, Duration.ofSeconds(5)).start()) {
                            // caught up = every record searchable and committed
                            while (!indexer.caughtUp() || indexer.indexedCount() < n) {
                                Thread.sleep(20); // pacing the progress check of a benchmark, not a test wait
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                    print("3. TopicIndexer from a KRaft broker topic", n, viaTopic);
                    System.out.printf("   %,d searcher refreshes while catching up%n", refreshes(consumed));
                    consumed.close();
                }
                for (String heap : replicaHeap.split(",")) {
                    for (String buffer : replicaBuffer.split(",")) {
                        replica(broker.bootstrapServers(), topic, work.resolve(("replica" + heap + buffer).replaceAll("[^A-Za-z0-9.=-]", "_")), n, plain, heap, buffer);
                    }
                }
            }
        }
        if (direct != null) {
            System.out.printf("%nplain Lucene is %.1fx the store's records/s and uses %.2fx less CPU per record%n",
                    plain.perSecond(n) / direct.perSecond(n), direct.cpuMsPerRecord(n) / plain.cpuMsPerRecord(n));
        }
        deleteTree(work);
    }

    /** Phase 3a's figures: the indexing's (producer threads left out), refreshes and segments at the end. */
    record Following(Figures indexing, long producerCpuNanos, long refreshes, int segments) {
    }

    /**
     * Phase 3a: the real {@link TopicIndexer}, ready (caught up with an empty topic) and refreshing every
     * max-stale, while the records (and one tombstone in 500) arrive on its topic: the service following
     * the topic's head, as during a pipeline run. CPU is the process's (broker included) less the
     * producer's threads; done when every record and tombstone is applied and searchable.
     */
    private static Following following(String bootstrap, String topic, List<byte[]> values, Path root, Duration maxStale, String merge, boolean keep,
                                       int followRate) {
        int n = values.size();
        long tombstones = n / TOMBSTONE_EVERY;
        LuceneRecordStore store = LuceneRecordStore.open(root, maxStale, 64, FollowingMerges.of(merge));
        AtomicLong producerCpu = new AtomicLong();
        try (RecordsTopic t = new RecordsTopic(bootstrap, topic, 3);
             TopicIndexer indexer = new TopicIndexer(store, bootstrap, topic, Duration.ofSeconds(5)).start()) {
            while (!indexer.caughtUp()) {
                Thread.sleep(20); // pacing the readiness check of a benchmark, not a test wait
            }
            Figures f = measure(() -> {
                long own = THREADS.getCurrentThreadCpuTime();
                int i = 0;
                long start = System.nanoTime();
                for (byte[] v : values) {
                    if (followRate > 0) {
                        // paced as the normaliser publishes during a pipeline run, so every variant sees as many refreshes
                        long due = start + (long) (i * 1e9 / followRate);
                        while (System.nanoTime() < due) {
                            java.util.concurrent.locks.LockSupport.parkNanos(due - System.nanoTime());
                        }
                    }
                    String id = ColJson.read(v).id();
                    t.send(id, v);
                    if (++i % TOMBSTONE_EVERY == 0) {
                        t.send(id, null);
                    }
                }
                t.flush();
                producerCpu.set(THREADS.getCurrentThreadCpuTime() - own + producerThreadsCpu());
                try {
                    long seen = -1;
                    long since = System.nanoTime();
                    while (indexer.indexedCount() < n || indexer.deletedCount() < tombstones) {
                        Thread.sleep(20); // pacing the progress check of a benchmark, not a test wait
                        long now = indexer.indexedCount() + indexer.deletedCount();
                        if (now != seen) {
                            seen = now;
                            since = System.nanoTime();
                        } else if (System.nanoTime() - since > 60_000_000_000L) {
                            throw new IllegalStateException(String.format("%s: no progress for 60 s at %,d indexed, %,d deleted of %,d and %,d",
                                    topic, indexer.indexedCount(), indexer.deletedCount(), n, tombstones));
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                store.awaitVisible();
            });
            return new Following(new Figures(f.wallNanos, f.cpuNanos - producerCpu.get(), f.heapBytes), producerCpu.get(),
                    refreshes(store), segments(store));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (keep) {
                // the layout the search replay reads after the trials (close() drops what is not committed)
                store.commit(Map.of());
            }
            store.close();
        }
    }

    private static long producerThreadsCpu() {
        long sum = 0;
        for (Thread th : Thread.getAllStackTraces().keySet()) {
            if (th.getName().startsWith("kafka-producer-network-thread")) {
                sum += Math.max(0, THREADS.getThreadCpuTime(th.getId()));
            }
        }
        return sum;
    }

    /**
     * Phase 4: a new replica ({@link ReplicaCatchUp}) in its own JVM builds its index from the topic;
     * its rate, CPU and peak RSS are its own (the broker stays in this JVM).
     */
    private static void replica(String bootstrap, String topic, Path root, int n, Figures plain, String heap, String bufferMb) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(heap.split(" "))); // the heap and any other JVM options of this variant
        command.addAll(List.of("-XX:ActiveProcessorCount=2", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                ReplicaCatchUp.class.getName(), bootstrap, topic, root.toString(), bufferMb));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line;
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()))) {
            line = out.lines().filter(l -> l.matches("\\d+ \\d+ \\d+ -?\\d+")).findFirst().orElseThrow(() -> new IllegalStateException("the replica printed no figures"));
        }
        child.waitFor();
        long[] f = Arrays.stream(line.split(" ")).mapToLong(Long::parseLong).toArray();
        Figures replica = new Figures(f[1], f[2], 0);
        System.out.printf("%-44s %10.0f %12.3f %14.1f %12s%n", "4. new replica (" + heap + ", " + bufferMb + " MB buffer)", replica.perSecond(n),
                replica.cpuMsPerRecord(n), replica.wallNanos / 1e9, "-");
        System.out.printf("   caught up with %,d records at %.0f%% of plain Lucene's records/s, %.2fx its CPU per record; peak RSS %,d MiB%n",
                f[0], 100 * replica.perSecond(n) / plain.perSecond(n), replica.cpuMsPerRecord(n) / plain.cpuMsPerRecord(n), f[3] / 1024);
    }

    /** Wall time, process CPU and heap after GC of one phase. */
    record Figures(long wallNanos, long cpuNanos, long heapBytes) {
        double perSecond(int n) {
            return n / (wallNanos / 1e9);
        }

        double cpuMsPerRecord(int n) {
            return cpuNanos / 1e6 / n;
        }
    }

    private static Figures measure(Runnable phase) {
        System.gc();
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        phase.run();
        long wall = System.nanoTime() - start;
        long used = processCpuNanos() - cpu;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return new Figures(wall, used, rt.totalMemory() - rt.freeMemory());
    }

    private static void print(String phase, int n, Figures f) {
        System.out.printf("%-44s %10.0f %12.3f %14.1f %12.0f%n", phase, f.perSecond(n), f.cpuMsPerRecord(n), f.wallNanos / 1e9,
                f.heapBytes / 1e6);
    }

    /** Median wall and thread-CPU time of five calls after one warm-up. */
    private static String cost(Supplier<?> call) {
        call.get();
        long[] wall = new long[5];
        long[] cpu = new long[5];
        for (int i = 0; i < 5; i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            call.get();
            wall[i] = System.nanoTime() - t;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return String.format("%.2f ms (%.2f ms CPU)", wall[2] / 1e6, cpu[2] / 1e6);
    }

    // ---- the records ----

    /** The synthetic catalogue with what the normalizer adds: provenance, quality (completeness, derived). */
    static List<byte[]> records(int n) {
        List<byte[]> out = new ArrayList<>(n);
        Instant harvested = Instant.parse("2026-11-23T08:00:00Z");
        for (int i = 0; i < n; i++) {
            ColRecord r = SyntheticCatalog.record(i);
            SplittableRandom rnd = new SplittableRandom(i);
            String source = r.id().substring(0, r.id().indexOf(':'));
            String localId = r.id().substring(source.length() + 1);
            List<String> missing = rnd.nextInt(3) == 0 ? List.of("credits", "assessment") : List.of("credits");
            List<String> derived = rnd.nextInt(4) == 0 ? List.of("workloadHours") : List.of();
            out.add(ColJson.writeBytes(r.toBuilder()
                    .provenance(new Provenance(source, localId, r.url(), harvested.plusMillis(i * 3L), Integer.toHexString(r.hashCode())))
                    .quality(new Quality(Math.round(1000.0 * (0.6 + 0.4 * rnd.nextDouble())) / 1000.0, missing, derived))
                    .build()));
        }
        return out;
    }

    // ---- phases ----

    private static final ObjectMapper JSON = new ObjectMapper();

    /** As the launcher's PlainLuceneBaseline indexes (records already in memory). */
    private static void plainLucene(List<byte[]> values, Path dir) {
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(256))) {
            for (byte[] value : values) {
                JsonNode r = JSON.readTree(value);
                String id = r.path("id").asText();
                Document doc = new Document();
                doc.add(new StringField("id", id, Field.Store.YES));
                addText(doc, "title", r.path("title"));
                addText(doc, "description", r.path("description"));
                for (JsonNode o : r.path("learningOutcomes")) {
                    doc.add(new TextField("outcomes", o.asText(), Field.Store.NO));
                }
                doc.add(new TextField("provider", r.path("awardingBody").path("name").asText(""), Field.Store.NO));
                doc.add(new StoredField("json", value));
                writer.updateDocument(new Term("id", id), doc);
            }
            writer.commit();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void addText(Document doc, String field, JsonNode languageMap) {
        for (Iterator<Map.Entry<String, JsonNode>> it = languageMap.fields(); it.hasNext(); ) {
            doc.add(new TextField(field, it.next().getValue().asText(), Field.Store.NO));
        }
    }

    /** What {@link TopicIndexer} does per record and per commit interval, without Kafka. */
    private static void storeDirect(List<byte[]> values, LuceneRecordStore store) {
        Instant topicTime = Instant.now();
        long lastCommit = System.nanoTime();
        Map<String, Long> offsets = new HashMap<>();
        long offset = 0;
        for (byte[] v : values) {
            ColRecord record = ColJson.read(v);
            store.upsert(record, v, topicTime);
            offsets.put("bench-0", ++offset);
            if (offset % TOMBSTONE_EVERY == 0) {
                // a tombstone of the record just written, in the same refresh window (the sandbox deletes 0.2% per tick)
                store.delete(record.id(), topicTime);
                offsets.put("bench-0", ++offset);
            }
            if (System.nanoTime() - lastCommit >= 5_000_000_000L) {
                store.commit(offsets);
                lastCommit = System.nanoTime();
            }
        }
        store.commit(offsets);
    }

    // ---- what the probe and dashboards ask ----

    static SourceQuality sourceQuality(LuceneRecordStore store) {
        SourceQuality q = new SourceQuality();
        try {
            if (hasField(q, "store")) {
                set(q, "store", store);
            } else {
                // the walk over every record this service did before (figures of the previous version)
                set(q, "index", store);
                set(q, "config", java.lang.reflect.Proxy.newProxyInstance(IndexingBenchmark.class.getClassLoader(),
                        new Class<?>[]{org.mcfed.index.ops.OpsConfig.class},
                        (proxy, method, args) -> method.getName().equals("adminToken") ? Optional.empty()
                                : method.getReturnType() == boolean.class ? false : method.getName().equals("completenessCacheSeconds") ? WALK_CACHE_SECONDS : 20));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return q;
    }

    private static boolean hasField(Object target, String field) {
        return Arrays.stream(target.getClass().getDeclaredFields()).anyMatch(f -> f.getName().equals(field));
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        java.lang.reflect.Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    static SearchResult searchOne(LuceneRecordStore store) {
        SearchRequest all = SearchRequest.of("");
        return new RecordSearch(store.searchers()).search(new SearchRequest("", 1, null, all.sort(), null, null, null, Map.of(), true));
    }

    /** Polls as the pipeline benchmark's probe does: /api/sources and /api/search?size=1 every 2 s. */
    private static final class Probe {
        final AtomicLong polls = new AtomicLong();
        final AtomicLong cpuNanos = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        Probe(LuceneRecordStore store) {
            this.thread = new Thread(() -> {
                SourceQuality quality = sourceQuality(store);
                RecordSearch search = new RecordSearch(store.searchers());
                while (running.get()) {
                    long c = THREADS.getCurrentThreadCpuTime();
                    quality.bySource();
                    search.search(new SearchRequest("", 1, null, SearchRequest.of("").sort(), null, null, null, Map.of(), true));
                    cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - c);
                    polls.incrementAndGet();
                    try {
                        Thread.sleep(2000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-probe");
        }

        Probe start() {
            thread.start();
            return this;
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.interrupt();
            thread.join();
        }
    }

    /** The store's refresh count, where the store counts them (this harness also measures the version before). */
    private static long refreshes(LuceneRecordStore store) {
        try {
            return (Long) LuceneRecordStore.class.getMethod("refreshCount").invoke(store);
        } catch (ReflectiveOperationException e) {
            return -1;
        }
    }

    private static int segments(LuceneRecordStore store) {
        return store.withSearcher(s -> s.getIndexReader().leaves().size());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
