package org.mcfed.harvester.camel;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import org.mcfed.harvester.config.Schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * When a source's schedule next fires: an interval fires {@value #FIRST_INTERVAL_FIRE_S} s after start and
 * then every interval; a cron expression (UTC) at its next time; {@code manual} never. A fire that
 * comes while the source is running is skipped, as the schedule's fire is only a request for a run.
 */
final class ScheduleClock {

    static final long FIRST_INTERVAL_FIRE_S = 5;
    private static final CronParser CRON = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));

    private final Schedule schedule;
    private final ExecutionTime cron;
    private Instant next;

    ScheduleClock(Schedule schedule, Instant start) {
        this.schedule = schedule;
        this.cron = schedule.kind() == Schedule.Kind.CRON ? ExecutionTime.forCron(CRON.parse(schedule.cron())) : null;
        this.next = switch (schedule.kind()) {
            case MANUAL -> null;
            case INTERVAL -> start.plus(Duration.ofSeconds(FIRST_INTERVAL_FIRE_S));
            case CRON -> after(start);
        };
    }

    /** Whether the schedule fired by {@code now} (at most once however many fires were missed); moves to the next fire. */
    boolean fired(Instant now) {
        if (next == null || now.isBefore(next)) {
            return false;
        }
        while (next != null && !next.isAfter(now)) {
            next = schedule.kind() == Schedule.Kind.INTERVAL ? next.plus(schedule.interval()) : after(next);
        }
        return true;
    }

    private Instant after(Instant t) {
        return cron.nextExecution(ZonedDateTime.ofInstant(t, ZoneOffset.UTC)).map(ZonedDateTime::toInstant).orElse(null);
    }
}
