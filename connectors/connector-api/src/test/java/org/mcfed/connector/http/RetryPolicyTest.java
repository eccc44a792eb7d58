package org.mcfed.connector.http;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(60));

    @Test
    void backoffDoublesWithJitterAndIsCapped() {
        for (int i = 0; i < 50; i++) {
            assertThat(policy.backoffAfter(1).toMillis()).isBetween(100L, 200L);
            assertThat(policy.backoffAfter(3).toMillis()).isBetween(400L, 800L);
            assertThat(policy.backoffAfter(10).toMillis()).isBetween(1000L, 2000L);
            assertThat(policy.backoffAfter(64).toMillis()).isBetween(1000L, 2000L);
        }
    }

    @Test
    void retryAfterIsAFloorOnTheWait() {
        assertThat(policy.waitAfter(1, Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
        assertThat(policy.waitAfter(1, Duration.ZERO).toMillis()).isBetween(100L, 200L);
    }

    @Test
    void parsesRetryAfterSecondsAndHttpDatesAndIgnoresGarbage() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T06:00:00Z"), ZoneOffset.UTC);
        assertThat(RetryPolicy.parseRetryAfter("7", clock)).isEqualTo(Duration.ofSeconds(7));
        assertThat(RetryPolicy.parseRetryAfter("Mon, 23 Nov 2026 06:00:30 GMT", clock)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryPolicy.parseRetryAfter("Mon, 23 Nov 2026 05:00:00 GMT", clock)).isEqualTo(Duration.ZERO);
        assertThat(RetryPolicy.parseRetryAfter("soon", clock)).isNull();
        assertThat(RetryPolicy.parseRetryAfter(null, clock)).isNull();
    }

    @Test
    void refusesZeroAttempts() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO))
                .hasMessageContaining("maxAttempts");
    }
}
