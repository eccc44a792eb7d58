package org.mcfed.col.pipeline;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    /** A generator at the top of every range: each wait is then exactly its exponential value. */
    private static final RandomGenerator HIGHEST = new RandomGenerator() {
        @Override
        public long nextLong() {
            return Long.MAX_VALUE;
        }

        @Override
        public long nextLong(long bound) {
            return bound - 1;
        }
    };

    private static List<Long> millis(Backoff b, int n) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(b.next().toMillis());
        }
        return out;
    }

    @Test
    void waitsDoubleFromTheInitialAndStopAtTheCap() {
        Backoff b = Backoff.exponential(Duration.ofMillis(100), Duration.ofMillis(1000)).withRandom(HIGHEST);
        assertThat(millis(b, 7)).containsExactly(100L, 200L, 400L, 800L, 1000L, 1000L, 1000L);
        assertThat(b.failures()).isEqualTo(7);
    }

    @Test
    void resetStartsTheSequenceAgain() {
        Backoff b = Backoff.exponential(Duration.ofMillis(50), Duration.ofSeconds(10)).withRandom(HIGHEST);
        millis(b, 5);
        b.reset();
        assertThat(b.failures()).isZero();
        assertThat(millis(b, 2)).containsExactly(50L, 100L);
    }

    @Test
    void jitterKeepsEveryWaitBetweenHalfAndAllOfItsExponentialValueAndVariesIt() {
        Backoff b = Backoff.exponential(Duration.ofMillis(100), Duration.ofMillis(1000)).withRandom(new Random(42));
        List<Long> waits = new ArrayList<>();
        for (int round = 0; round < 50; round++) {
            List<Long> seq = millis(b, 6);
            long[] full = {100, 200, 400, 800, 1000, 1000};
            for (int i = 0; i < full.length; i++) {
                assertThat(seq.get(i)).as("attempt " + (i + 1)).isBetween(full[i] / 2, full[i]);
            }
            waits.addAll(seq);
            b.reset();
        }
        assertThat(waits.stream().distinct().count()).as("jittered, not in step").isGreaterThan(20);
    }

    @Test
    void theKafkaPolicyRetriesARestartedBrokerWithinOneSecond() {
        Backoff b = Backoff.kafkaReconnect();
        for (int i = 0; i < 100; i++) {
            assertThat(b.next()).isLessThanOrEqualTo(Duration.ofSeconds(1)).isPositive();
        }
    }

    @Test
    void aCapBelowTheInitialWaitIsRefused() {
        assertThatThrownBy(() -> Backoff.exponential(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initial <= cap");
    }
}
