package org.mcfed.connector.http;

import org.mcfed.col.pipeline.Backoff;
import org.mcfed.connector.SourceConfig;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Capped exponential backoff with jitter (the pipeline's one formula, {@link Backoff#delay}), honouring {@code Retry-After}: attempt {@code n} (from 1)
 * waits {@code min(maxBackoff, initialBackoff * 2^(n-1))}, jittered to between half and all of it so
 * that many harvesters do not retry in step. A server's {@code Retry-After} (seconds or HTTP date) is a
 * floor on the wait; one longer than {@link #retryAfterCap()} ends the retries rather than stall the run.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration retryAfterCap) {

    /** Option key ({@code SourceConfig.options}) for the longest {@code Retry-After} still waited for. */
    public static final String RETRY_AFTER_CAP_OPTION = "retry-after-cap-seconds";

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
    }

    public static RetryPolicy of(SourceConfig config) {
        long cap = Long.parseLong(config.option(RETRY_AFTER_CAP_OPTION, "120"));
        return new RetryPolicy(config.maxAttempts(), config.initialBackoff(), config.maxBackoff(), Duration.ofSeconds(cap));
    }

    /** The jittered wait before attempt {@code attempt + 1}, after attempt {@code attempt} (from 1) failed. */
    public Duration backoffAfter(int attempt) {
        return Backoff.delay(initialBackoff, maxBackoff, attempt, ThreadLocalRandom.current());
    }

    /** The wait combining the backoff with a server's {@code Retry-After} (null when absent). */
    public Duration waitAfter(int attempt, Duration retryAfter) {
        Duration backoff = backoffAfter(attempt);
        return retryAfter != null && retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
    }

    /**
     * Parses a {@code Retry-After} value: delta-seconds or an HTTP date; null when absent or unreadable
     * (an unreadable header falls back to the plain backoff rather than failing the fetch).
     */
    public static Duration parseRetryAfter(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(clock.instant(), at.toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
