package org.mcfed.harvester.run;

import java.time.Duration;

/**
 * How long the harvester waits before asking again for a run that Kafka interrupted: the first wait
 * doubled per attempt, at most a minute. The harvester's one backoff (the registries' own retries are
 * the connector core's {@code RetryPolicy}).
 */
final class ResumeBackoff {

    private static final long MAX_MS = 60_000;
    private static final int MAX_DOUBLINGS = 5;

    private ResumeBackoff() {
    }

    /** The wait before {@code attempt} (1 for the first retry). */
    static long delayMs(Duration first, int attempt) {
        return Math.min(first.toMillis() << Math.min(attempt - 1, MAX_DOUBLINGS), MAX_MS);
    }
}
