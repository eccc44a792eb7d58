package org.mcfed.harvester.config;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import io.quarkus.runtime.configuration.DurationConverter;

import java.time.Duration;

/**
 * When a source is harvested ({@code mcfed.sources.<name>.schedule}): {@code manual} (only on an
 * operator's request), an interval such as {@code 6h} or {@code PT30M}, or a Quartz cron
 * expression such as {@code 0 0 3 * * ?}.
 */
public record Schedule(Kind kind, Duration interval, String cron) {

    public enum Kind { MANUAL, INTERVAL, CRON }

    private static final CronParser CRON = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));

    /** @throws IllegalArgumentException saying what is wrong with the value */
    public static Schedule parse(String value) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("is empty; use a cron expression, an interval such as 6h, or manual");
        }
        if (v.equalsIgnoreCase("manual")) {
            return new Schedule(Kind.MANUAL, null, null);
        }
        if (!v.contains(" ")) {
            Duration d;
            try {
                d = DurationConverter.parseDuration(v);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("'" + v + "' is neither an interval (6h, 30m, PT1H) nor a cron expression");
            }
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("interval '" + v + "' must be positive");
            }
            return new Schedule(Kind.INTERVAL, d, null);
        }
        try {
            CRON.parse(v).validate();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + v + "' is not a Quartz cron expression: " + e.getMessage());
        }
        return new Schedule(Kind.CRON, null, v);
    }
}
