package org.mcfed.index.store;

import org.apache.lucene.search.ReferenceManager;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * The thread that refreshes the searchers while the index follows the topic's head, at the intervals of a
 * {@link RefreshPolicy}: what Lucene's {@code ControlledRealTimeReopenThread} did at one fixed interval, with a
 * longer one while only new records wait. A refresh with nothing new is cheap (the reader is current), and is still
 * made at the longer interval so merged-away segments are released.
 */
final class NearRealTimeRefresh implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(NearRealTimeRefresh.class);

    private final ReferenceManager<?> searchers;
    private final RefreshPolicy policy;
    private final BooleanSupplier changeWaits;
    private final String index;
    private final Thread thread;
    private volatile boolean closed;

    /**
     * Starts refreshing.
     *
     * @param changeWaits true when a change (not a new record) was written since the last refresh began
     * @param index       names the index in logs
     */
    NearRealTimeRefresh(ReferenceManager<?> searchers, RefreshPolicy policy, BooleanSupplier changeWaits, String index) {
        this.searchers = searchers;
        this.policy = policy;
        this.changeWaits = changeWaits;
        this.index = index;
        this.thread = new Thread(this::run, "index-reopen");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        long tickNanos = policy.maxStale().toNanos();
        long lastTick = System.nanoTime();
        long lastRefresh = lastTick;
        // a refresh that failed had already taken the changes waiting: the next interval refreshes whatever waits
        boolean failed = false;
        while (!closed) {
            if (!sleepUntil(lastTick + tickNanos)) {
                return;
            }
            long now = System.nanoTime();
            lastTick = now;
            if (!failed && policy.waits(changeWaits.getAsBoolean(), now - lastRefresh)) {
                continue;
            }
            // the searchers opened now hold the writes made until now: their staleness counts from here
            lastRefresh = now;
            try {
                searchers.maybeRefreshBlocking();
                failed = false;
            } catch (IOException | RuntimeException e) {
                if (closed) {
                    return;
                }
                failed = true;
                LOG.warnf("refreshing the searchers of %s: %s (retried at the next interval)", index, e.toString());
            }
        }
    }

    /** Sleeps until {@code deadline} ({@link System#nanoTime()}); false when closed meanwhile. */
    private boolean sleepUntil(long deadline) {
        synchronized (this) {
            long left;
            while (!closed && (left = deadline - System.nanoTime()) > 0) {
                try {
                    wait(left / 1_000_000, (int) (left % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return !closed;
    }

    /** Stops refreshing, and waits for a refresh under way to end. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
