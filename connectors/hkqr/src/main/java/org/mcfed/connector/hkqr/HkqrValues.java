package org.mcfed.connector.hkqr;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads HKQR value formats (shared/sources/hkqr.md). A value in an unexpected format reads as null:
 * the record is still published, with the gap scored, rather than carrying a guess.
 */
final class HkqrValues {

    private static final Pattern LEVEL = Pattern.compile("(?i)(?:(?:qf\\s*)?level\\s*|l)?([1-9]\\d?)");
    private static final Pattern WHOLE_CREDIT = Pattern.compile("(?i)(\\d{1,3})(?:\\s*(?:qf\\s*)?credits?)?");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern PERIOD = Pattern.compile("(.+?)\\s+(?:[-–—]|to|至)\\s+(.+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKS_OR_MONTHS = Pattern.compile("(?i)(\\d+(?:\\.\\d+)?)\\s*(weeks?|months?)");

    /** A validity period: its start and end, either null when not stated or unreadable; an open end is null too. */
    record Period(LocalDate from, LocalDate until) {
    }

    private HkqrValues() {
    }

    /** {@code 4}, {@code Level 4}, {@code QF Level 4}, {@code L4} → {@code "4"}; anything else → null. */
    static String level(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = LEVEL.matcher(text.trim());
        return m.matches() ? String.valueOf(Integer.parseInt(m.group(1))) : null;
    }

    /** A whole number of QF credits ({@code 12}, {@code 12 credits}); QF credits are awarded in full, so {@code 1,5}, {@code N/A}, words → null. */
    static Double credit(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = WHOLE_CREDIT.matcher(text.trim());
        return m.matches() ? Double.valueOf(m.group(1)) : null;
    }

    /** {@code 01/09/2023 - On-going} or {@code 01/09/2020 - 31/08/2023} (dd/mm/yyyy). */
    static Period period(String text) {
        if (text == null) {
            return new Period(null, null);
        }
        Matcher m = PERIOD.matcher(text.trim());
        if (!m.matches()) {
            return new Period(date(text), null);
        }
        return new Period(date(m.group(1)), date(m.group(2)));
    }

    /** A dd/mm/yyyy date; null for "On-going" and for any other format (a mm/dd or ISO date is not guessed at). */
    static LocalDate date(String text) {
        Matcher m = DMY.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    /** Weeks in a Programme Length stated in weeks or months ({@code 3 months} → 13.0); hours and other forms → null. */
    static Double durationWeeks(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = WEEKS_OR_MONTHS.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        double n = Double.parseDouble(m.group(1));
        boolean months = m.group(2).toLowerCase(Locale.ROOT).startsWith("month");
        return months ? Math.round(n * 52.0 / 12.0 * 10.0) / 10.0 : n;
    }
}
