package org.mcfed.connector.http;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-host limit: strict spacing up to 1,000 requests a second, a millisecond's burst above, hosts apart. */
class HostRateLimiterTest {

    private static final URI A = URI.create("http://a.example/p");
    private static final URI B = URI.create("http://b.example/p");

    @Test
    void aLowRateSpacesEveryRequest() throws InterruptedException {
        HostRateLimiter limiter = new HostRateLimiter(20);
        assertThat(limiter.burst()).isEqualTo(1);
        long start = System.nanoTime();
        assertThat(limiter.acquire(A)).as("the first request goes at once").isZero();
        assertThat(limiter.acquire(A)).as("the second waits for its slot").isPositive();
        limiter.acquire(A);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("three requests at 20/s span two intervals")
                .isGreaterThanOrEqualTo(Duration.ofMillis(99));
    }

    @Test
    void hostsDoNotWaitForEachOther() throws InterruptedException {
        HostRateLimiter limiter = new HostRateLimiter(1);
        assertThat(limiter.acquire(A)).isZero();
        assertThat(limiter.acquire(B)).isZero();
    }

    @Test
    void aHighRateLetsAMillisecondsShareGoTogetherAndHoldsTheRateBeyondIt() throws InterruptedException {
        HostRateLimiter limiter = new HostRateLimiter(20_000); // slots 50 µs apart: a millisecond holds 20
        assertThat(limiter.burst()).isEqualTo(20);
        for (int i = 0; i < 20; i++) {
            assertThat(limiter.acquire(A)).as("request %d of the burst", i + 1).isZero();
        }
        long start = System.nanoTime();
        for (int i = 0; i < 2_000; i++) {
            limiter.acquire(A);
        }
        // the burst is spent: the last of 2,000 more has a slot at least 1,999 intervals on, less the 0.95 ms tolerance
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(98));
    }

    @Test
    void noLimitNeverWaits() throws InterruptedException {
        HostRateLimiter limiter = new HostRateLimiter(0);
        for (int i = 0; i < 1_000; i++) {
            assertThat(limiter.acquire(A)).isZero();
        }
    }
}
