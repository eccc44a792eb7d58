package org.mcfed.index.store;

import java.time.Duration;

/**
 * How often the searchers are refreshed while the index follows the topic's head: every {@code maxStale} while a
 * change waits (a record the index held, changed or deleted), so that it is searchable soon after its page's fetch;
 * every {@code newRecordMaxStale} while only records new to the topic wait (a registry's first harvest).
 *
 * <p>Each refresh flushes a segment that is merged again later. In a million-record first harvest the index-service
 * used about 7 % less CPU with new records refreshed every 2 s, and an incremental run's changes were as fresh as
 * with every write refreshed within 0.5 s (BENCHMARKS.md, 2026-12-07, thirty-seventh session). The normaliser says
 * which writes come from new records ({@code org.mcfed.pipeline.kafka.NewRecord}): the rate of writes cannot, since a
 * first harvest and an incremental run both go as fast as the machine against the sandbox.
 *
 * @param maxStale          the refresh interval while a change waits
 * @param newRecordMaxStale the refresh interval while only new records wait; equal to {@code maxStale}: one interval
 */
public record RefreshPolicy(Duration maxStale, Duration newRecordMaxStale) {

    public RefreshPolicy {
        if (maxStale.isNegative() || maxStale.isZero()) {
            throw new IllegalArgumentException("the refresh interval must be positive, not " + maxStale);
        }
        if (newRecordMaxStale.compareTo(maxStale) < 0) {
            throw new IllegalArgumentException("the refresh interval for new records (" + newRecordMaxStale
                    + ") must not be shorter than the refresh interval (" + maxStale + ")");
        }
    }

    /** A refresh every {@code maxStale}, whatever waits. */
    public static RefreshPolicy every(Duration maxStale) {
        return new RefreshPolicy(maxStale, maxStale);
    }

    /**
     * Whether a refresh due now (an interval of {@code maxStale} over since the last decision) waits: when no change
     * waits and the searchers are younger than {@code newRecordMaxStale}, less half an interval (the decisions come
     * every {@code maxStale}, a little late each: the one nearest to {@code newRecordMaxStale} refreshes).
     *
     * @param changeWaits       whether a change was written since the last refresh
     * @param sinceRefreshNanos time since the searchers were last refreshed
     */
    boolean waits(boolean changeWaits, long sinceRefreshNanos) {
        return !changeWaits && sinceRefreshNanos < newRecordMaxStale.toNanos() - maxStale.toNanos() / 2;
    }
}
