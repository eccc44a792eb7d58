package org.mcfed.harvester.run;

import org.jboss.logging.Logger;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Collects the whole heap once the last run on this instance has ended, on a thread of its own, after a
 * short delay: the collector's threads take both cores of a small machine for a second or two, and the
 * stages after the harvest are still turning the run's last records into searchable ones.
 *
 * <p>Why: the harvester is a batch. What a run allocates (pages, their text, the raw records' bytes) dies
 * young, while the state of known records only grows, so the throughput collector suits it (10 to 14 % less
 * of its CPU than G1 at a million records, BENCHMARKS.md, 2026-12-07, thirty-second session). Left to
 * itself, that collector compacts its old generation when it fills, in a pause of 0.7 to 2 s at a million
 * records, and such a pause fell into the incremental run that followed a full run, where every changed
 * record in flight waited for it. Compacting once the harvester is idle leaves the next run the old
 * generation's whole free space (the launcher also commits the whole heap at start), so its promotions fit
 * without a full collection: in the two million-record runs measured since, none fell into the incremental run.
 *
 * <p>With G1 the same call is a full collection too, harmless when no run is on; an operator who wants
 * none starts the JVM with {@code -XX:+DisableExplicitGC}, or sets
 * {@code mcfed.harvester.collect-heap-when-idle=false}.
 */
final class IdleCollection implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HarvestEngine.class);

    /** The delay of the app; long enough for the normaliser and the index to take a run's last records. */
    static final Duration APP_DELAY = Duration.ofSeconds(5);

    private final Duration delay;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "harvest-idle-collection");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicLong collections = new AtomicLong();

    IdleCollection(Duration delay) {
        this.delay = delay;
    }

    /**
     * Asks for a collection after the delay, unless one is already waiting; it runs only if no run is on by then
     * ({@code anyRunning} is asked at that moment).
     */
    void request(BooleanSupplier anyRunning) {
        if (!pending.compareAndSet(false, true)) {
            return;
        }
        try {
            thread.schedule(() -> {
                pending.set(false);
                if (!anyRunning.getAsBoolean()) {
                    collect();
                }
            }, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            pending.set(false);
        }
    }

    /** Collections made since start ({@link HarvestEngine#idleCollections()}). */
    long collections() {
        return collections.get();
    }

    private void collect() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = memory.getHeapMemoryUsage().getUsed();
        long start = System.nanoTime();
        System.gc();
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        long after = memory.getHeapMemoryUsage().getUsed();
        collections.incrementAndGet();
        LOG.infof("harvest: every run has ended, heap collected in %d ms: %d MB in use before, %d MB after", tookMs,
                before >> 20, after >> 20);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
