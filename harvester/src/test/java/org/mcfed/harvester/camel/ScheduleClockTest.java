package org.mcfed.harvester.camel;

import org.junit.jupiter.api.Test;
import org.mcfed.harvester.config.Schedule;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleClockTest {

    private static final Instant START = Instant.parse("2026-12-03T01:00:00Z");

    @Test
    void anIntervalFiresFiveSecondsAfterStartThenEveryInterval() {
        ScheduleClock clock = new ScheduleClock(Schedule.parse("1h"), START);
        assertThat(clock.fired(START.plusSeconds(4))).isFalse();
        assertThat(clock.fired(START.plusSeconds(5))).isTrue();
        assertThat(clock.fired(START.plusSeconds(6))).isFalse();
        assertThat(clock.fired(START.plus(Duration.ofHours(1)).plusSeconds(5))).isTrue();
    }

    @Test
    void missedFiresFireOnceNotOncePerMiss() {
        ScheduleClock clock = new ScheduleClock(Schedule.parse("10m"), START);
        Instant muchLater = START.plus(Duration.ofHours(3));
        assertThat(clock.fired(muchLater)).isTrue();
        assertThat(clock.fired(muchLater)).isFalse();
        assertThat(clock.fired(muchLater.plus(Duration.ofMinutes(10)))).isTrue();
    }

    @Test
    void aCronScheduleFiresAtItsNextTimeInUtc() {
        ScheduleClock clock = new ScheduleClock(Schedule.parse("0 0 3 * * ?"), START);
        assertThat(clock.fired(Instant.parse("2026-12-03T02:59:59Z"))).isFalse();
        assertThat(clock.fired(Instant.parse("2026-12-03T03:00:00Z"))).isTrue();
        assertThat(clock.fired(Instant.parse("2026-12-03T03:00:01Z"))).isFalse();
        assertThat(clock.fired(Instant.parse("2026-12-04T03:00:00Z"))).isTrue();
    }

    @Test
    void aManualSourceNeverFires() {
        ScheduleClock clock = new ScheduleClock(Schedule.parse("manual"), START);
        assertThat(clock.fired(START.plus(Duration.ofDays(365)))).isFalse();
    }
}
