package org.mcfed.connector.hkqr;

import org.mcfed.connector.mapping.StatedDate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the HKQR value formats the shared mapping helpers do not cover (docs/sources/hkqr.md):
 * the registration validity period and the programme length. A value in an unexpected format
 * reads as null: the record is still published, with the gap scored, rather than carrying a guess.
 */
final class HkqrValues {

    /** HKQR writes dates dd/mm/yyyy. */
    static final DateTimeFormatter DATE = StatedDate.format("dd/MM/uuuu");

    /** How an open-ended validity is written (docs/sources/hkqr.md: "On-going"; the hkqr-tc page: 持續有效). */
    private static final Pattern OPEN_END = Pattern.compile("(?i)on-?going|open-ended|持續有效");
    private static final Pattern PERIOD = Pattern.compile("(.+?)\\s+(?:[-–—]|to|至)\\s+(.+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKS_OR_MONTHS = Pattern.compile("(?i)(\\d+(?:\\.\\d+)?)\\s*(weeks?|months?)");
    private static final double WEEKS_PER_MONTH = 52.0 / 12.0;

    /**
     * A validity period as stated: {@code until} null means open-ended ("On-going"). An end that is
     * neither a date nor an open-end word makes the period unreadable ({@code null} from {@link #period}),
     * so that a garbled end never reads as "open-ended".
     */
    record Period(LocalDate from, LocalDate until) {
    }

    private HkqrValues() {
    }

    /** {@code 01/09/2023 - On-going} or {@code 01/09/2020 - 31/08/2023}; null when not stated or unreadable. */
    static Period period(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = PERIOD.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        LocalDate from = StatedDate.parse(m.group(1), DATE);
        String end = m.group(2).strip();
        LocalDate until = StatedDate.parse(end, DATE);
        if (until == null && !OPEN_END.matcher(end).matches()) {
            return null;
        }
        return new Period(from, until);
    }

    /** Weeks in a Programme Length stated in weeks or months ({@code 3 months} → 13.0); hours and other forms → null. */
    static Double durationWeeks(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = WEEKS_OR_MONTHS.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        double n = Double.parseDouble(m.group(1));
        boolean months = m.group(2).toLowerCase(Locale.ROOT).startsWith("month");
        return months ? Math.round(n * WEEKS_PER_MONTH * 10.0) / 10.0 : n;
    }
}
