package org.mcfed.harvester.run;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ResumeBackoffTest {

    @Test
    void doublesPerAttemptUpToAMinute() {
        Duration first = Duration.ofSeconds(1);
        assertThat(ResumeBackoff.delayMs(first, 1)).isEqualTo(1_000);
        assertThat(ResumeBackoff.delayMs(first, 2)).isEqualTo(2_000);
        assertThat(ResumeBackoff.delayMs(first, 6)).isEqualTo(32_000);
        assertThat(ResumeBackoff.delayMs(first, 7)).isEqualTo(32_000);
        assertThat(ResumeBackoff.delayMs(Duration.ofSeconds(5), 6)).isEqualTo(60_000);
    }
}
