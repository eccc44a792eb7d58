package org.mcfed.normalizer;

import org.mcfed.col.pipeline.Topics;
import org.mcfed.col.record.ColRecord;
import org.mcfed.connector.RawRecord;
import org.mcfed.kafka.KraftBroker;
import org.mcfed.sandbox.RegistrySandbox;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.awaitility.Awaitility.await;

/**
 * Prints what the normalizer costs per record and how its {@code sameAs} state grows, in-process
 * (no Kafka): the five sandbox registries (the four HTML ones and the COL feed) harvested by their
 * real connectors at the given scale (cached under {@code target/} so reruns skip the harvest), then
 * <ol>
 *   <li>every raw value through {@link RawRecordNormalizer} and {@link SameAsLinker} in batches of
 *       500, each batch's writes loaded back into the linker as the loop's catch-up on
 *       {@code mcfed.records.v1} does: records/s, CPU ms per record (this thread), heap after GC,
 *       and the shape of the links (largest key group, longest {@code sameAs});</li>
 *   <li>the linker alone fed copies of the published records (a new id per copy; by default the
 *       same awarding body and titles, which is what the sandbox does at scale 163, so key groups
 *       grow to hundreds of records of one registry; {@code distinct} puts the copy number in the
 *       titles too) up to the given count (default 1,000,000, the benchmark's size): heap after GC
 *       and CPU per record at each step, stopping early when the heap is nearly full.</li>
 *   <li>the rebuild a restarted normalizer does before it takes raw partitions: every published
 *       record's value loaded into a fresh linker, values/s and CPU per value, next to the two ways of
 *       reading a value in the same run (binding the whole {@code ColRecord}, the baseline, against
 *       {@link LinkFacts}, what the linker reads);</li>
 *   <li>with {@code loop} as fourth argument, the whole consumer loop on an in-process broker:
 *       CPU of the loop thread per raw record and heap after GC.</li>
 * </ol>
 * Not a test; from the module, with the test class path
 * ({@code mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt} once):
 * {@code java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.mcfed.normalizer.NormalizerScaleBenchmark 3 1000000 [same-titles|distinct] [loop]}.
 */
public final class NormalizerScaleBenchmark {

    private static final int BATCH = 500;
    private static final List<String> SOURCES = List.of("nzqa", "mqa", "hkqr", "microcred-seeker", "col-feed");

    private NormalizerScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // args: [scale] [records for the linker alone] [same-titles|distinct] [loop]
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 3.0;
        int target = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        boolean sameTitles = args.length <= 2 || !args[2].equals("distinct");
        Map<String, byte[]> raws = rawValues(scale);
        System.out.printf("%d raw values at sandbox scale %s; heap max %d MB%n", raws.size(), scale,
                Runtime.getRuntime().maxMemory() >> 20);
        List<ColRecord> published = new ArrayList<>();
        for (int round = 1; round <= 3; round++) {
            published.clear();
            normaliseAndLink(raws, round, published);
        }
        rebuild(published);
        linkerHeap(published, target, sameTitles);
        if (args.length > 3 && args[3].equals("loop")) {
            published.clear();
            kafkaLoop(raws);
        }
    }

    /**
     * The whole consumer loop on an in-process broker (raw topic written first): CPU of the loop's
     * own thread per raw record (map, validate, link, catch-up, send; not the Kafka client's I/O
     * threads nor the broker), and heap after GC once everything is written.
     */
    private static void kafkaLoop(Map<String, byte[]> raws) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (KraftBroker broker = KraftBroker.onFreePorts().start()) {
            NormalizerSettings settings = NormalizerSettings.defaults(broker.bootstrapServers()).withGroupId("scale-bench");
            TopicSetup.ensureTopics(settings);
            KafkaTestIO.send(broker.bootstrapServers(), Topics.RAW, raws);
            CountingEvents events = new CountingEvents();
            long t0 = System.nanoTime();
            try (RawTopicNormalizer loop = new RawTopicNormalizer(settings, new RawRecordNormalizer(), events).start()) {
                await().atMost(Duration.ofMinutes(60)).pollInterval(Duration.ofMillis(50))
                        .until(() -> events.consumed.get() >= raws.size());
                double s = (System.nanoTime() - t0) / 1e9;
                long cpu = 0;
                for (Thread t : Thread.getAllStackTraces().keySet()) {
                    if (t.getName().equals("mcfed-normalizer")) {
                        cpu = threads.getThreadCpuTime(t.getId());
                    }
                }
                System.out.printf("Kafka loop: %d raw -> %d records written in %.2f s from start = %.0f raw/s; "
                                + "loop thread CPU %.3f ms/raw; heap after GC %d MB with %d records known%n",
                        raws.size(), events.published.get(), s, raws.size() / s, cpu / 1e6 / raws.size(),
                        usedHeapAfterGc() >> 20, loop.knownRecords());
            }
        }
    }

    private static void normaliseAndLink(Map<String, byte[]> raws, int round, List<ColRecord> published) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        RawRecordNormalizer normalizer = new RawRecordNormalizer();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int writes = 0;
        int rejects = 0;
        try (SameAsLinker linker = new SameAsLinker()) {
            List<RecordWrite> batchWrites = new ArrayList<>();
            int inBatch = 0;
            for (Map.Entry<String, byte[]> raw : raws.entrySet()) {
                Outcome outcome = normalizer.normalize(raw.getKey(), raw.getValue());
                if (outcome instanceof Outcome.Rejected) {
                    rejects++;
                } else {
                    if (outcome instanceof Outcome.Published p) {
                        published.add(p.record());
                    }
                    batchWrites.addAll(linker.apply(outcome));
                }
                if (++inBatch == BATCH) {
                    writes += echo(linker, batchWrites);
                    inBatch = 0;
                }
            }
            writes += echo(linker, batchWrites);
            double s = (System.nanoTime() - t0) / 1e9;
            double cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
            long heap = usedHeapAfterGc();
            System.out.printf("round %d normalise+link: %d raw -> %d writes, %d rejects in %.2f s = %.0f raw/s, "
                            + "CPU %.3f ms/raw; heap after GC %d MB with %d records linked%n",
                    round, raws.size(), writes, rejects, s, raws.size() / s, cpuMs / raws.size(), heap >> 20, linker.size());
            if (round == 1) {
                linkShape(linker, published);
            }
        }
    }

    /** The loop reads its own writes back from the records topic before the next batch: so does this. */
    private static int echo(SameAsLinker linker, List<RecordWrite> writes) {
        for (RecordWrite w : writes) {
            linker.load(w.id(), w.value());
        }
        linker.settle();
        int n = writes.size();
        writes.clear();
        return n;
    }

    private static void linkShape(SameAsLinker linker, List<ColRecord> published) {
        Map<String, Integer> keyGroups = new TreeMap<>();
        int linked = 0;
        int longest = 0;
        for (ColRecord r : published) {
            for (String key : OfferingKey.of(r)) {
                keyGroups.merge(key, 1, Integer::sum);
            }
            List<String> sameAs = linker.sameAsOf(r.id());
            if (sameAs != null && !sameAs.isEmpty()) {
                linked++;
                longest = Math.max(longest, sameAs.size());
            }
        }
        int largest = keyGroups.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        System.out.printf("links: %d offering keys for %d records, largest key group %d records; %d records linked, "
                + "longest sameAs %d%n", keyGroups.size(), published.size(), largest, linked, longest);
    }

    /** The state rebuild of a restarted normalizer, and its parse against the whole record's, 3 rounds each. */
    private static void rebuild(List<ColRecord> published) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<byte[]> values = new ArrayList<>(published.size());
        for (ColRecord r : published) {
            values.add(org.mcfed.col.json.ColJson.writeBytes(r));
        }
        for (int round = 1; round <= 3; round++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            int titles = 0;
            for (byte[] v : values) {
                titles += org.mcfed.col.json.ColJson.read(v).title().size();
            }
            double wholeMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
            cpu0 = threads.getCurrentThreadCpuTime();
            for (byte[] v : values) {
                titles -= LinkFacts.read(v).title().size();
            }
            double factsMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
            cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            int known;
            try (SameAsLinker linker = new SameAsLinker()) {
                for (int i = 0; i < values.size(); i++) {
                    linker.load(published.get(i).id(), values.get(i));
                }
                linker.settle();
                known = linker.size();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            double loadMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
            System.out.printf("round %d state rebuild: %d values -> %d records known in %.2f s = %.0f values/s, CPU %.4f ms/value;"
                            + " reading a value: whole ColRecord (baseline) %.4f ms, LinkFacts %.4f ms (%.1fx)%s%n",
                    round, values.size(), known, s, values.size() / s, loadMs / values.size(), wholeMs / values.size(),
                    factsMs / values.size(), wholeMs / factsMs, titles == 0 ? "" : " TITLES DIFFER");
        }
    }

    private static void linkerHeap(List<ColRecord> published, int target, boolean sameTitles) throws IOException {
        long base = usedHeapAfterGc();
        long max = Runtime.getRuntime().maxMemory();
        System.out.printf("linker alone: copies of the %d published records %s%n", published.size(),
                sameTitles ? "with new ids, same awarding bodies and titles (as the sandbox scales)" : "with new ids and titles");
        Path dir = Files.createTempDirectory("mcfed-sameas-bench");
        try {
            linkerAlone(published, target, sameTitles, dir, base, max);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    private static void linkerAlone(List<ColRecord> published, int target, boolean sameTitles, Path dir, long base,
                                    long max) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        int step = Math.max(1, Math.min(125_000, target / 8));
        try (SameAsLinker linker = new SameAsLinker(ValueStore.kept(dir))) {
            int n = 0;
            for (int copy = 0; n < target; copy++) {
                for (ColRecord r : published) {
                    linker.apply(new Outcome.Published(copyOf(r, copy, sameTitles)));
                    if (++n % step == 0 || n == target) {
                        long used = usedHeapAfterGc();
                        double cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
                        System.out.printf("linker alone: %,9d records, heap %4d MB above the start (%d B/record), "
                                        + "CPU %.3f ms/record so far, value file %d MB%n", linker.size(), (used - base) >> 20,
                                (used - base) / Math.max(1, linker.size()), cpuMs / n, linker.valueFileBytes() >> 20);
                        if (used > max * 0.85) {
                            System.out.printf("linker alone: stopped at %,d records, heap nearly full (%d of %d MB)%n",
                                    n, used >> 20, max >> 20);
                            snapshotRoundTrip(linker, dir);
                            saveAfterChanges(linker, dir, published, sameTitles);
                            return;
                        }
                    }
                    if (n == target) {
                        snapshotRoundTrip(linker, dir);
                        saveAfterChanges(linker, dir, published, sameTitles);
                        return;
                    }
                }
            }
        }
    }

    /**
     * What a restarted normalizer with a state folder does instead of the rebuild: the linker's state saved
     * as a {@link SameAsSnapshot} (what the loop does every 30 s) and loaded into a fresh linker, wall and
     * CPU of this thread, three rounds; compare with the rebuild's values/s above at the same count.
     */
    private static void snapshotRoundTrip(SameAsLinker linker, Path dir) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Integer, Long> positions = new TreeMap<>();
        for (int p = 0; p < 12; p++) {
            positions.put(p, 1000L * p);
        }
        for (int round = 1; round <= 3; round++) {
            try (SameAsSnapshot snapshots = SameAsSnapshot.open(dir)) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                SameAsSnapshot.Taken saved = snapshots.save(linker, Topics.RECORDS, positions);
                double saveS = (System.nanoTime() - t0) / 1e9;
                double saveCpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
                cpu0 = threads.getCurrentThreadCpuTime();
                t0 = System.nanoTime();
                int known;
                try (SameAsLinker restored = new SameAsLinker(ValueStore.kept(dir))) {
                    snapshots.restore(restored, Topics.RECORDS, p -> null);
                    known = restored.size();
                }
                double loadS = (System.nanoTime() - t0) / 1e9;
                double loadCpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
                System.out.printf("round %d snapshot of %,d records: %d MB saved in %.2f s (CPU %.0f ms), loaded into a fresh"
                                + " linker (%,d records) in %.2f s (CPU %.0f ms) = %.0f records/s%n", round, saved.records(),
                        saved.bytes() >> 20, saveS, saveCpu, known, loadS, loadCpu, known / loadS);
            }
        }
    }

    /**
     * Copy {@code copy} of a record: a new id; with {@code sameTitles} the same awarding body and titles
     * (so key groups grow with the copies, as they do in the sandbox at scale 163), else the copy
     * number in the titles too, a distinct offering.
     */
    /**
     * What the loop's next save costs after a share of the records changed: the state saved, then 0.1 %, 1 % and
     * 10 % of the records (the first copies) applied again and saved by the same instance, as the loop does after
     * a batch; wall and CPU of this thread and the bytes written by each of those saves.
     */
    private static void saveAfterChanges(SameAsLinker linker, Path dir, List<ColRecord> published, boolean sameTitles)
            throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Integer, Long> positions = new TreeMap<>(Map.of(0, 0L));
        try (SameAsSnapshot snapshots = SameAsSnapshot.open(dir)) {
            snapshots.save(linker, Topics.RECORDS, positions);
            for (double share : new double[] {0.001, 0.01, 0.1}) {
                int count = (int) Math.round(linker.size() * share);
                for (int i = 0; i < count; i++) {
                    linker.apply(new Outcome.Published(copyOf(published.get(i % published.size()), i / published.size(), sameTitles)));
                }
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                SameAsSnapshot.Taken saved = snapshots.save(linker, Topics.RECORDS, positions);
                System.out.printf("save after %,d of %,d records applied again (%.1f %%): %,d KB written in %.3f s (CPU %.0f ms)%n",
                        count, linker.size(), share * 100, saved.bytes() >> 10, (System.nanoTime() - t0) / 1e9,
                        (threads.getCurrentThreadCpuTime() - cpu0) / 1e6);
            }
        }
    }

    private static ColRecord copyOf(ColRecord r, int copy, boolean sameTitles) {
        if (copy == 0) {
            return r;
        }
        if (sameTitles) {
            return r.toBuilder().id(r.id() + "~" + copy).build();
        }
        Map<String, String> title = new LinkedHashMap<>();
        r.title().forEach((lang, t) -> title.put(lang, t + " " + copy));
        return r.toBuilder().id(r.id() + "~" + copy).title(title).build();
    }

    static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The raw values as the harvester would write them, harvested once per scale and cached in target/. */
    static Map<String, byte[]> rawValues(double scale) throws IOException {
        Path cache = Path.of("target", "bench-raw-scale-" + scale + ".bin");
        Map<String, byte[]> values = new LinkedHashMap<>();
        if (Files.exists(cache)) {
            try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(cache)))) {
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    String key = in.readUTF();
                    byte[] value = new byte[in.readInt()];
                    in.readFully(value);
                    values.put(key, value);
                }
            }
            return values;
        }
        try (RegistrySandbox sandbox = RegistrySandbox.builder().seed(42).scale(scale).port(0).build().start()) {
            for (String source : SOURCES) {
                long t0 = System.nanoTime();
                List<RawRecord> harvested = RegistryHarvest.harvest(source, source, sandbox.baseUrl(source));
                System.out.printf("harvested %-17s %6d raw records in %6.1f s%n", source, harvested.size(),
                        (System.nanoTime() - t0) / 1e9);
                harvested.forEach(r -> values.put(r.key(), RawRecordJson.write(r)));
            }
        }
        Files.createDirectories(cache.getParent());
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(cache)))) {
            out.writeInt(values.size());
            for (Map.Entry<String, byte[]> e : values.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                out.write(e.getValue());
            }
        }
        return values;
    }
}
