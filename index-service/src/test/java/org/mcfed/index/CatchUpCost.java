package org.mcfed.index;

import org.mcfed.col.json.ColJson;
import org.mcfed.index.store.LuceneRecordStore;
import org.mcfed.index.store.TopicIndexer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * What a catch-up costs per record in this JVM, warm, without Kafka: the records of a
 * {@link RecordsDump} file parsed and indexed into a fresh store in catch-up mode (the catch-up's
 * buffer, one lane per processor, split by id as the service splits them) until searchable, several
 * rounds, the first one a warm-up. Prints each round's wall time and process CPU (merges and GC
 * included) per record, and the lanes' own CPU (parsing, analysis, and the segment flushes they do),
 * which merges and GC do not make swing, for an A/B of two builds of the indexing code on a shared machine, each in
 * its own JVM: {@code java -cp <classes>:... org.mcfed.index.CatchUpCost <records file> [rounds=4]}.
 */
public final class CatchUpCost {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CatchUpCost() {
    }

    public static void main(String[] args) throws Exception {
        List<byte[]> values = RecordsDump.read(Path.of(args[0]), Integer.MAX_VALUE);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        List<Double> measured = new ArrayList<>();
        List<Double> measuredLanes = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            double[] r = round(values);
            System.out.printf("round %d%s: %,d records in %.2f s, %.3f ms CPU per record (the lanes' own: %.3f)%n", round + 1,
                    round == 0 ? " (warm-up)" : "", values.size(), r[0], r[1], r[2]);
            if (round > 0) {
                measured.add(r[1]);
                measuredLanes.add(r[2]);
            }
        }
        System.out.printf("mean of the measured rounds: %.3f ms CPU per record (the lanes' own: %.3f)%n",
                measured.stream().mapToDouble(d -> d).average().orElse(Double.NaN), measuredLanes.stream().mapToDouble(d -> d).average().orElse(Double.NaN));
    }

    /**
     * One round: the records indexed into a fresh store (deleted after), as a catch-up.
     *
     * @return seconds, process CPU ms per record, the lanes' own CPU ms per record
     */
    public static double[] round(List<byte[]> values) throws Exception {
        int lanes = Runtime.getRuntime().availableProcessors();
        int[] laneOf = values.stream().mapToInt(v -> Math.floorMod(ColJson.read(v).id().hashCode(), lanes)).toArray();
        ExecutorService pool = Executors.newFixedThreadPool(lanes);
        Path dir = Files.createTempDirectory("catch-up-cost");
        AtomicLong laneCpu = new AtomicLong();
        long wall = System.nanoTime();
        long cpu = ReplicaCatchUp.processCpuNanos();
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, Duration.ofSeconds(1))) {
            store.beginCatchUp(TopicIndexer.DEFAULT_CATCH_UP_RAM_BUFFER_MB);
            List<Future<?>> running = new ArrayList<>();
            for (int lane = 0; lane < lanes; lane++) {
                int mine = lane;
                running.add(pool.submit(() -> {
                    long own = THREADS.getCurrentThreadCpuTime();
                    for (int i = 0; i < values.size(); i++) {
                        if (laneOf[i] == mine) {
                            byte[] v = values.get(i);
                            store.upsert(ColJson.read(v), v, Instant.EPOCH);
                        }
                    }
                    laneCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - own);
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            store.endCatchUp(Map.of());
        } finally {
            pool.shutdown();
        }
        wall = System.nanoTime() - wall;
        cpu = ReplicaCatchUp.processCpuNanos() - cpu;
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        return new double[]{wall / 1e9, cpu / 1e6 / values.size(), laneCpu.get() / 1e6 / values.size()};
    }
}
