package org.mcfed.index;

import org.mcfed.index.store.LuceneRecordStore;
import org.mcfed.index.store.TopicIndexer;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A new index-service replica on its own, in its own JVM, as the service runs it (store and topic
 * consumer, defaults of {@code mcfed.index.*}, no HTTP): builds its index from the whole topic and
 * prints one line {@code records wallNanos cpuNanos peakRssKb} once it is caught up (searchable and
 * committed), then exits; on standard error, where its CPU went by kind of thread ({@link ThreadCpu}).
 * {@link IndexingBenchmark} starts it with the service's heap so the figures are the replica's alone,
 * without the broker's or the benchmark's own memory and CPU.
 * Usage: {@code ReplicaCatchUp <bootstrap> <topic> <index root> [catch-up buffer MB]}.
 */
public final class ReplicaCatchUp {

    private ReplicaCatchUp() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        try (LuceneRecordStore store = LuceneRecordStore.open(Path.of(args[2]), Duration.ofSeconds(1));
             TopicIndexer indexer = new TopicIndexer(store, args[0], args[1], Duration.ofSeconds(5),
                     args.length > 3 ? Double.parseDouble(args[3]) : TopicIndexer.DEFAULT_CATCH_UP_RAM_BUFFER_MB).start()) {
            ThreadCpu threads = new ThreadCpu();
            long nextSample = 0;
            while (!indexer.caughtUp()) {
                Thread.sleep(20); // pacing the progress check of a benchmark, not a test wait
                if (System.nanoTime() >= nextSample) {
                    threads.sample(); // twice a second: reading every thread's stat costs about a millisecond
                    nextSample = System.nanoTime() + 500_000_000L;
                }
            }
            System.out.printf("%d %d %d %d%n", indexer.indexedCount(), System.nanoTime() - start, processCpuNanos() - cpu, peakRssKb());
            System.err.println("replica threads' CPU at catch-up: " + threads.byGroup());
        }
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** VmHWM of this process (Linux), in kB; -1 elsewhere. */
    static long peakRssKb() throws java.io.IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1);
    }
}
