package org.mcfed.harvester.run;

import org.mcfed.col.pipeline.RunReport;
import org.mcfed.harvester.config.HarvestSource;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What this instance knows and controls about one source: whether a run is in progress here,
 * whether an operator paused it, its circuit breaker and its last run reports.
 */
public final class SourceControl {

    private static final int HISTORY = 10;

    private final HarvestSource source;
    private final SourceBreaker breaker;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger brokerRetries = new AtomicInteger();
    private final Deque<RunReport> lastRuns = new ArrayDeque<>();
    private volatile boolean paused;
    private final AtomicBoolean scheduledRunOwed = new AtomicBoolean();
    private final AtomicReference<Trigger> requested = new AtomicReference<>();

    public SourceControl(HarvestSource source, SourceBreaker breaker) {
        this.source = source;
        this.breaker = breaker;
    }

    public HarvestSource source() {
        return source;
    }

    public SourceBreaker breaker() {
        return breaker;
    }

    boolean tryStart() {
        return running.compareAndSet(false, true);
    }

    /** An admitted run waits for the source's route to pick it up. */
    void requested(Trigger trigger) {
        requested.set(trigger);
    }

    /** The admitted run's trigger, forgetting it (the route runs it), or null. */
    Trigger takeRequested() {
        return requested.getAndSet(null);
    }

    void finished() {
        running.set(false);
    }

    public boolean running() {
        return running.get();
    }

    public boolean paused() {
        return paused;
    }

    void paused(boolean value) {
        paused = value;
    }

    /** A scheduled run came while this instance was still joining the lease group: run it once the lease comes. */
    void owesScheduledRun() {
        scheduledRunOwed.set(true);
    }

    /** Whether a scheduled run is owed, forgetting it (the caller runs it). */
    boolean takeOwedScheduledRun() {
        return scheduledRunOwed.getAndSet(false);
    }

    int nextBrokerRetry() {
        return brokerRetries.incrementAndGet();
    }

    void brokerRecovered() {
        brokerRetries.set(0);
    }

    public synchronized void reported(RunReport report) {
        lastRuns.removeIf(r -> r.runId().equals(report.runId()));
        lastRuns.addFirst(report);
        while (lastRuns.size() > HISTORY) {
            lastRuns.removeLast();
        }
    }

    /** Newest first. */
    public synchronized List<RunReport> lastRuns() {
        return List.copyOf(lastRuns);
    }
}
