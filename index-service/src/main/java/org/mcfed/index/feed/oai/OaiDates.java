package org.mcfed.index.feed.oai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * OAI-PMH UTC datestamps: this repository's granularity is seconds ({@code YYYY-MM-DDThh:mm:ssZ});
 * day-granularity arguments are accepted as every repository must (OAI-PMH 3.3). Bounds are
 * inclusive at their granularity: {@code until=2025-03-01} covers that whole day and
 * {@code until=...T10:00:00Z} the whole second, since datestamps are shown truncated to seconds.
 */
public final class OaiDates {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final DateTimeFormatter DATESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    /** A parsed from/until argument with its granularity (true = day). */
    public record Bound(Instant instant, boolean day) {
    }

    private OaiDates() {
    }

    public static String datestamp(Instant at) {
        return DATESTAMP.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    public static Bound from(String value) {
        return parse("from", value, false);
    }

    public static Bound until(String value) {
        return parse("until", value, true);
    }

    private static Bound parse(String name, String value, boolean upper) {
        try {
            if (DAY.matcher(value).matches()) {
                LocalDate day = LocalDate.parse(value);
                Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
                return new Bound(upper ? start.plus(1, ChronoUnit.DAYS).minusNanos(1) : start, true);
            }
            if (SECOND.matcher(value).matches()) {
                Instant at = Instant.parse(value);
                return new Bound(upper ? at.plusSeconds(1).minusNanos(1) : at, false);
            }
        } catch (DateTimeParseException e) {
            // not a real date, such as 2025-02-30: reported below
        }
        throw new OaiException(OaiError.badArgument,
                "'" + name + "' must be a UTC date YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ, got '" + value + "'");
    }
}
