package org.mcfed.connector.microcred;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Microcred Seeker's value formats (docs/sources/microcred-seeker.md): volume of learning
 * in hours (a range gives its lower bound), cost in Australian dollars, duration. A value in any other
 * form ({@code Fifteen hours}, {@code 1,5 hours}, {@code N/A}) reads as null, never as a guess.
 */
final class MicrocredValues {

    private static final Pattern HOURS = Pattern.compile(
            "(?i)(\\d{1,4}(?:\\.\\d{1,2})?)(?:\\s*(?:-|–|to)\\s*\\d{1,4}(?:\\.\\d{1,2})?)?\\s*(hours?|hrs?|h|minutes?|mins?)");
    private static final Pattern DOLLARS = Pattern.compile("(?i)(?:AUD\\s*|A?\\$\\s*)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d{1,2})?(?:\\s*AUD)?");
    private static final Pattern FREE = Pattern.compile("(?i)free(?:\\s+of\\s+charge)?");
    private static final Pattern DURATION = Pattern.compile("(?i)(\\d{1,3}(?:\\.\\d)?)\\s*(days?|weeks?|months?)");
    private static final double DAYS_PER_WEEK = 7.0;
    private static final double WEEKS_PER_MONTH = 52.0 / 12.0;

    private MicrocredValues() {
    }

    /** Hours of a volume of learning: {@code 20 hours} → 20, {@code 20-25 hours} → 20, {@code 90 minutes} → 1.5. */
    static Double hours(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = HOURS.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        double n = Double.parseDouble(m.group(1));
        return m.group(2).toLowerCase(Locale.ROOT).startsWith("m") ? n / 60.0 : n;
    }

    /** Hours of a schema.org {@code timeRequired} (ISO 8601 duration, {@code PT20H}, {@code PT7H30M}). */
    static Double isoHours(String text) {
        if (text == null) {
            return null;
        }
        try {
            Duration d = Duration.parse(text.strip());
            return d.isNegative() || d.isZero() ? null : d.toMinutes() / 60.0;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** AUD amount: {@code $1,250} → 1250, {@code $0} and {@code Free} → 0; {@code Contact provider} and anything else → null. */
    static Double dollars(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (FREE.matcher(t).matches()) {
            return 0.0;
        }
        Matcher m = DOLLARS.matcher(t);
        if (!m.matches()) {
            return null;
        }
        return Double.parseDouble(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
    }

    /** A schema.org {@code price} ({@code 1250.00}, {@code 0}). */
    static Double price(String text) {
        if (text == null || !text.strip().matches("\\d+(\\.\\d+)?")) {
            return null;
        }
        return Double.valueOf(text.strip());
    }

    /** Weeks of a duration: {@code 6 weeks} → 6, {@code 3 days} → 0.43, {@code 2 months} → 8.7; {@code Self-paced} → null. */
    static Double weeks(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        double weeks = unit.startsWith("day") ? n / DAYS_PER_WEEK : unit.startsWith("month") ? n * WEEKS_PER_MONTH : n;
        return Math.round(weeks * 100.0) / 100.0;
    }
}
