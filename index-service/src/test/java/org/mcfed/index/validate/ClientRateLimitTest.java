package org.mcfed.index.validate;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ClientRateLimitTest {

    private final AtomicLong now = new AtomicLong();
    private final ClientRateLimit limit = new ClientRateLimit(3, Duration.ofSeconds(10), 2, now::get);

    @Test
    void aBurstIsAllowedThenTheClientWaitsForTheRefill() {
        assertThat(limit.take("198.51.100.1")).isEmpty();
        assertThat(limit.take("198.51.100.1")).isEmpty();
        assertThat(limit.take("198.51.100.1")).isEmpty();
        assertThat(limit.take("198.51.100.1")).hasValue(10);

        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(limit.take("198.51.100.1")).hasValue(6);
        now.addAndGet(Duration.ofSeconds(6).toNanos());
        assertThat(limit.take("198.51.100.1")).isEmpty();
        assertThat(limit.take("198.51.100.1")).isPresent();
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        for (int i = 0; i < 3; i++) {
            limit.take("198.51.100.1");
        }
        assertThat(limit.take("198.51.100.1")).isPresent();
        assertThat(limit.take("198.51.100.2")).isEmpty();
    }

    @Test
    void memoryIsBoundedToTheClientsMostRecentlySeen() {
        limit.take("198.51.100.1");
        limit.take("198.51.100.2");
        limit.take("198.51.100.3");

        assertThat(limit.clients()).isEqualTo(2);
    }
}
