package org.mcfed.normalizer;

import org.mcfed.col.pipeline.Topics;
import org.mcfed.connector.RawRecord;
import org.mcfed.kafka.KraftBroker;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * Issue 16, the normalizer's side: the whole consumer loop on an in-process broker at 100,000+ raw
 * values, with its default settings:
 * <ol>
 *   <li>first pass: raw values/s from start until all are committed, CPU per raw value of the
 *       normalizer's own threads (loop, workers and its Kafka clients' I/O threads) and of the process
 *       (the in-process broker included), heap after GC;</li>
 *   <li>replay ({@link RawTopicNormalizer#requestReplay()}, the call behind {@code POST /admin/replay}):
 *       raw values/s and CPU per raw value;</li>
 *   <li>a SHA-256 digest of {@code mcfed.records.v1} as compacted (last value per key, sorted by key).</li>
 * </ol>
 * It calls only what the normalizer had before issue 16, so {@code normalizer/loop-benchmark.sh} can run it on the
 * classes of a base commit and on the current ones back to back: the figures side by side, and two equal digests.
 * The raw values are the sandbox registries at {@code scale} (cached by {@link NormalizerScaleBenchmark}),
 * copied with new local ids up to {@code records} (same titles and awarding bodies, as the sandbox does
 * at large scales). Not a test; from the module with the test class path:
 * {@code java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.mcfed.normalizer.NormalizerLoopBenchmark 3 100000}.
 * A fourth argument, seconds, gives the loop a state folder (a fresh temporary one) and saves its {@code sameAs}
 * state that often (the service's default is 10): a short interval over a short run makes as many saves per record
 * as the default over a run that the harvest paces, as in the end-to-end pipeline. The classes of a base from
 * before the fifth session have no state folder: leave it out for those.
 */
public final class NormalizerLoopBenchmark {

    private NormalizerLoopBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 3.0;
        int records = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        String label = args.length > 2 ? args[2] : "defaults";
        Duration snapshotEvery = args.length > 3 ? Duration.ofMillis(Math.round(Double.parseDouble(args[3]) * 1000)) : null;
        Map<String, byte[]> raws = copies(NormalizerScaleBenchmark.rawValues(scale), records);
        System.out.printf("%,d raw values (sandbox scale %s, copied with new local ids); %d processors, heap max %d MB%n",
                raws.size(), scale, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        Path state = snapshotEvery == null ? null : Files.createTempDirectory("loop-bench-state");
        try {
            run(label, raws, state, snapshotEvery);
        } finally {
            if (state != null) {
                try (Stream<Path> files = Files.walk(state)) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }

    private static void run(String label, Map<String, byte[]> raws, Path state, Duration snapshotEvery) throws Exception {
        int n = raws.size();
        try (KraftBroker broker = KraftBroker.onFreePorts().start()) {
            NormalizerSettings settings = NormalizerSettings.defaults(broker.bootstrapServers()).withGroupId("loop-bench");
            if (state != null) {
                settings = settings.withStateDirectory(state, snapshotEvery);
                System.out.printf("%s: state folder %s, sameAs state saved at most every %s%n", label, state, snapshotEvery);
            }
            TopicSetup.ensureTopics(settings);
            KafkaTestIO.send(broker.bootstrapServers(), Topics.RAW, raws);
            raws.clear(); // on the topic now: the heap after GC below is the normalizer's (and the in-process broker's)
            long heapBefore = NormalizerScaleBenchmark.usedHeapAfterGc();
            CpuOfThreads cpu = new CpuOfThreads("mcfed-normalizer", settings.groupId());
            long process0 = processCpuNanos();
            long t0 = System.nanoTime();
            try (RawTopicNormalizer loop = new RawTopicNormalizer(settings, new RawRecordNormalizer(), NormalizerEvents.NONE).start()) {
                await().atMost(Duration.ofMinutes(60)).pollInterval(Duration.ofMillis(20)).until(() -> loop.consumedCount() >= n);
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("%s, first pass: %,d raw in %.1f s = %,.0f raw/s; CPU per raw: normalizer threads %.3f ms, "
                                + "process (broker included) %.3f ms; heap after GC %d MB above the start with %,d records known%n",
                        label, n, s, n / s, cpu.sinceLastMs() / n, (processCpuNanos() - process0) / 1e6 / n,
                        (NormalizerScaleBenchmark.usedHeapAfterGc() - heapBefore) >> 20, loop.knownRecords());
                cpu.sinceLastMs();
                process0 = processCpuNanos();
                long r0 = System.nanoTime();
                loop.requestReplay();
                await().atMost(Duration.ofMinutes(60)).pollInterval(Duration.ofMillis(20)).until(() -> loop.consumedCount() >= 2L * n);
                double rs = (System.nanoTime() - r0) / 1e9;
                System.out.printf("%s, replay: %,d raw in %.1f s = %,.0f raw/s; CPU per raw: normalizer threads %.3f ms, "
                                + "process (broker included) %.3f ms%n", label, n, rs, n / rs, cpu.sinceLastMs() / n,
                        (processCpuNanos() - process0) / 1e6 / n);
            }
            System.out.printf("%s, mcfed.records.v1 digest %s; peak RSS of this JVM (broker included) %d MB%n", label,
                    digest(KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS)), peakRssMb());
        }
    }

    /** VmHWM of /proc/self/status (Linux), or -1. */
    static long peakRssMb() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The raw values, copied with new local ids ({@code <localId>~<n>}) until there are {@code count}. */
    static Map<String, byte[]> copies(Map<String, byte[]> raws, int count) throws java.io.IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        List<byte[]> originals = List.copyOf(raws.values());
        for (int copy = 0; out.size() < count; copy++) {
            for (byte[] value : originals) {
                if (out.size() == count) {
                    break;
                }
                RawRecord r = RawRecordJson.read(value);
                if (copy > 0) {
                    r = new RawRecord(r.source(), r.connector(), r.localId() + "~" + copy, r.url() + "~" + copy, r.fetchedAt(),
                            r.contentType(), r.checksum(), r.fields(), r.payload(), r.problems(), r.deleted(), r.position());
                    value = RawRecordJson.write(r);
                }
                out.put(r.key(), value);
            }
        }
        return out;
    }

    /** SHA-256 over the compacted topic: key and value of each live key, sorted by key. */
    static String digest(Map<String, byte[]> latest) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        int live = 0;
        for (Map.Entry<String, byte[]> e : new TreeMap<>(latest).entrySet()) {
            if (e.getValue() != null) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(e.getValue());
                live++;
            }
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16) + " over " + live + " records";
    }

    /** CPU of the threads whose names contain one of the markers, counting threads that ended since. */
    private static final class CpuOfThreads {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final Set<String> markers;
        private final Map<Long, Long> last = new HashMap<>();

        CpuOfThreads(String... markers) {
            this.markers = new HashSet<>(List.of(markers));
            sinceLastMs();
        }

        double sinceLastMs() {
            long delta = 0;
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (markers.stream().anyMatch(t.getName()::contains)) {
                    long now = threads.getThreadCpuTime(t.getId());
                    if (now >= 0) {
                        delta += now - last.getOrDefault(t.getId(), 0L);
                        last.put(t.getId(), now);
                    }
                }
            }
            return delta / 1e6;
        }
    }
}
