package org.mcfed.harvester.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduleTest {

    @Test
    void readsIntervalsCronAndManual() {
        assertThat(Schedule.parse("6h").interval()).isEqualTo(Duration.ofHours(6));
        assertThat(Schedule.parse("PT30M").interval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(Schedule.parse("0 0 3 * * ?").kind()).isEqualTo(Schedule.Kind.CRON);
        assertThat(Schedule.parse("manual").kind()).isEqualTo(Schedule.Kind.MANUAL);
    }

    @Test
    void saysWhatIsWrong() {
        assertThatThrownBy(() -> Schedule.parse("every day")).hasMessageContaining("cron");
        assertThatThrownBy(() -> Schedule.parse("soon")).hasMessageContaining("'soon'");
        assertThatThrownBy(() -> Schedule.parse(" ")).hasMessageContaining("empty");
    }
}
