package org.mcfed.normalizer;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the loop is through {@code mcfed.raw.v1}, for operators and benchmarks that time a
 * replay: raw values processed, the lag behind the end of the held partitions (the client's own
 * figure from its last fetch, so no broker call), whether it is caught up, and the last replay's
 * start, values and the moment it caught up. Written by the loop thread as each batch completes,
 * read by anyone ({@link #snapshot()}).
 */
public final class RawProgress {

    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private volatile long lag = -1;
    private volatile long processedAtReplay;
    private volatile long writtenAtReplay;
    private volatile long unchangedAtReplay;
    private volatile boolean replayRepublishesAll;
    private volatile Instant replayStartedAt;
    private volatile Instant replayCaughtUpAt;

    /**
     * The progress at one moment.
     *
     * @param rawValuesProcessed raw values normalised, their writes acknowledged, since start (a reprocessed batch counts again)
     * @param lag                raw values behind the end of the held partitions; -1 while unknown (no fetch yet)
     * @param caughtUp           true when every held partition is read to its end
     * @param replay             the last replay requested since start, or null
     */
    public record Snapshot(long rawValuesProcessed, long lag, boolean caughtUp, Replay replay) {
    }

    /**
     * The last replay.
     *
     * @param startedAt          when the held partitions were sought to their beginning
     * @param republishAll       true when every record is written again, also those that come out as the topic holds them
     * @param rawValuesProcessed raw values processed since then
     * @param recordsWritten     COL records written to the records topic since then (linked records republished included)
     * @param recordsUnchanged   COL records that came out as the topic holds them, so were not written again
     * @param caughtUpAt         when the loop next reached the end of every held partition, or null while it has not
     */
    public record Replay(Instant startedAt, boolean republishAll, long rawValuesProcessed, long recordsWritten,
                         long recordsUnchanged, Instant caughtUpAt) {
    }

    /** A completed batch (its writes acknowledged) of {@code count} raw values, and the records it wrote or left unchanged. */
    void processed(int count, BatchWriter.Written records) {
        written.addAndGet(records.records());
        unchanged.addAndGet(records.unchanged());
        processed.addAndGet(count);
    }

    /** The held partitions were just sought to their beginning. */
    void replayStarted(Instant at, boolean republishAll) {
        processedAtReplay = processed.get();
        writtenAtReplay = written.get();
        unchangedAtReplay = unchanged.get();
        replayRepublishesAll = republishAll;
        replayCaughtUpAt = null;
        replayStartedAt = at;
        lag = -1;
    }

    /** True while a replay that writes every record again has not caught up with the held partitions' end. */
    boolean republishingAll() {
        return replayRepublishesAll && replayStartedAt != null && replayCaughtUpAt == null;
    }

    /** After a poll and its batch: the lag as the consumer sees it now. */
    void observe(KafkaConsumer<String, byte[]> raw, Instant now) {
        observed(lagOf(raw), now);
    }

    /**
     * The lag as it stood when the batch just completed was polled ({@link #lagOf}): the loop polls and normalises the
     * next batch before the last one is complete, and a replay has caught up only once its last batch is.
     */
    void observed(long lagAtPoll, Instant now) {
        lag = lagAtPoll;
        if (lagAtPoll == 0 && replayStartedAt != null && replayCaughtUpAt == null) {
            replayCaughtUpAt = now;
        }
    }

    /** Raw values behind the end of the partitions {@code raw} holds, by its last fetch; -1 while unknown. */
    static long lagOf(KafkaConsumer<String, byte[]> raw) {
        if (raw.assignment().isEmpty()) {
            return -1;
        }
        long total = 0;
        for (TopicPartition tp : raw.assignment()) {
            OptionalLong l = raw.currentLag(tp);
            if (l.isEmpty()) {
                return -1;
            }
            total += l.getAsLong();
        }
        return total;
    }

    /** Nothing held any more (closed, or the partitions moved to another instance). */
    void unknown() {
        lag = -1;
    }

    long processed() {
        return processed.get();
    }

    Snapshot snapshot() {
        // the start first (a new replay clears the moment it caught up before it sets its start), then that moment,
        // then the counts, which the loop adds to before it sets the moment: a replay seen caught up has its last batch
        // counted
        Instant started = replayStartedAt;
        Instant caughtUpAt = replayCaughtUpAt;
        long l = lag;
        Replay r = started == null ? null : new Replay(started, replayRepublishesAll, processed.get() - processedAtReplay,
                written.get() - writtenAtReplay, unchanged.get() - unchangedAtReplay, caughtUpAt);
        return new Snapshot(processed.get(), l, l == 0, r);
    }
}
