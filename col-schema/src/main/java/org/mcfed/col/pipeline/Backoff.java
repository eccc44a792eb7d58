package org.mcfed.col.pipeline;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * The pipeline's one retry wait: exponential from {@code initial}, doubling per failed attempt up to
 * {@code cap}, with "equal jitter" (each wait drawn between half and all of the exponential value) so
 * that many clients do not retry in step. {@link #next()} after each failure, {@link #reset()} after
 * a success. Kafka clients use {@link #kafkaReconnect()}: capped at 1 s so that a consumer is back
 * within a second of a restarted broker (the fault suite needs the pipeline moving within 10 s of a
 * broker kill); HTTP fetches use their source's configured initial and maximum backoff.
 * Not thread-safe: one instance per retry loop.
 */
public final class Backoff {

    /** First wait of {@link #kafkaReconnect()}. */
    public static final Duration KAFKA_INITIAL = Duration.ofMillis(100);
    /** Longest wait of {@link #kafkaReconnect()}: a restarted broker is retried within this. */
    public static final Duration KAFKA_CAP = Duration.ofSeconds(1);

    private final Duration initial;
    private final Duration cap;
    private final RandomGenerator random;
    private int failures;

    private Backoff(Duration initial, Duration cap, RandomGenerator random) {
        if (initial.isNegative() || cap.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 <= initial <= cap, not " + initial + " / " + cap);
        }
        this.initial = initial;
        this.cap = cap;
        this.random = random;
    }

    /** Waits from {@code initial}, doubling, never above {@code cap}. */
    public static Backoff exponential(Duration initial, Duration cap) {
        return new Backoff(initial, cap, ThreadLocalRandom.current());
    }

    /** The retry wait of every Kafka client loop: 100 ms doubling to 1 s. */
    public static Backoff kafkaReconnect() {
        return exponential(KAFKA_INITIAL, KAFKA_CAP);
    }

    /** The same policy drawing its jitter from {@code random} (tests use a seeded one). */
    public Backoff withRandom(RandomGenerator random) {
        return new Backoff(initial, cap, random);
    }

    /** The wait before the next attempt, counting one more failure. */
    public Duration next() {
        failures++;
        return delay(initial, cap, failures, random);
    }

    /** Back to the first wait: call after a success. */
    public void reset() {
        failures = 0;
    }

    /** Failures counted since the last {@link #reset()}. */
    public int failures() {
        return failures;
    }

    /**
     * The jittered wait after failed attempt {@code attempt} (from 1): between half and all of
     * {@code min(cap, initial * 2^(attempt-1))}.
     */
    public static Duration delay(Duration initial, Duration cap, int attempt, RandomGenerator random) {
        long first = Math.max(1, initial.toMillis());
        int shift = Math.min(30, Math.max(0, attempt - 1));
        long capped = Math.min(cap.toMillis(), first << shift);
        return Duration.ofMillis(capped / 2 + random.nextLong(capped / 2 + 1));
    }
}
