package org.mcfed.harvester.run;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SourceBreakerTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void opensAfterFailedRunsInARowAndLetsOneTrialThroughAfterTheWait() {
        SourceBreaker b = new SourceBreaker(2, Duration.ofMinutes(5));
        b.failed(false, T0);
        assertThat(b.allowsScheduled(T0)).isTrue();
        b.failed(false, T0);
        assertThat(b.state()).isEqualTo(SourceBreaker.State.OPEN);
        assertThat(b.allowsScheduled(T0.plusSeconds(60))).isFalse();
        assertThat(b.allowsScheduled(T0.plusSeconds(301))).isTrue();
        assertThat(b.state()).isEqualTo(SourceBreaker.State.HALF_OPEN);
        b.failed(false, T0.plusSeconds(400));
        assertThat(b.state()).isEqualTo(SourceBreaker.State.OPEN);
        assertThat(b.allowsScheduled(T0.plusSeconds(500))).isFalse();
    }

    @Test
    void aTrippedRunOpensAtOnceAndACompletedRunCloses() {
        SourceBreaker b = new SourceBreaker(3, Duration.ofMinutes(5));
        b.failed(true, T0);
        assertThat(b.state()).isEqualTo(SourceBreaker.State.OPEN);
        assertThat(b.openUntil()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        b.completed();
        assertThat(b.state()).isEqualTo(SourceBreaker.State.CLOSED);
        assertThat(b.failedRuns()).isZero();
        assertThat(b.allowsScheduled(T0)).isTrue();
    }
}
