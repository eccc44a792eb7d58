package org.mcfed.connector.listing;

import org.mcfed.col.json.AsciiDigits;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * An HTTP date ({@code Last-Modified}) as {@link DateTimeFormatter#RFC_1123_DATE_TIME} reads it, null when it
 * reads none. The form servers send (IMF-fixdate, {@code Sun, 06 Nov 1994 08:49:37 GMT}, or with a one-digit
 * day as that formatter writes it) is read by hand: an incremental run compares the stored date of every known
 * record with its sitemap entry, and the formatter's general parse was most of that comparison's cost. Any
 * other string, and any value the hand reading does not accept as valid (day of week not the date's, 30
 * February, hour 24, lower case), goes to the formatter, so both readings answer alike.
 */
public final class HttpDate {

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    /** Length of {@code Sun, 06 Nov 1994 08:49:37 GMT}; one less with a one-digit day. */
    private static final int FIXDATE_LENGTH = 29;

    private HttpDate() {
    }

    /** The instant of an HTTP date, null for a blank or unreadable one. */
    public static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        Instant fixdate = fixdate(v);
        if (fixdate != null) {
            return fixdate;
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The IMF-fixdate read at fixed offsets, or null when {@code v} is not one the hand reading is sure of (nothing
     * around it either: no spaces to trim).
     */
    public static Instant fixdate(String v) {
        int shift = v.length() - FIXDATE_LENGTH;
        if (shift != 0 && shift != -1 || v.charAt(3) != ',' || v.charAt(4) != ' ') {
            return null;
        }
        int dayOfWeek = indexAt(DAYS, v, 0);
        int day = shift == 0 ? AsciiDigits.of(v, 5, 2) : AsciiDigits.of(v, 5, 1);
        int month = indexAt(MONTHS, v, 8 + shift) + 1;
        int year = AsciiDigits.of(v, 12 + shift, 4);
        int hour = AsciiDigits.of(v, 17 + shift, 2);
        int minute = AsciiDigits.of(v, 20 + shift, 2);
        int second = AsciiDigits.of(v, 23 + shift, 2);
        if (dayOfWeek < 0 || day < 1 || month < 1 || year < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || v.charAt(7 + shift) != ' ' || v.charAt(11 + shift) != ' '
                || v.charAt(16 + shift) != ' ' || v.charAt(19 + shift) != ':' || v.charAt(22 + shift) != ':'
                || !v.startsWith(" GMT", 25 + shift) || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        LocalDate date = LocalDate.of(year, month, day);
        if (date.getDayOfWeek() != DayOfWeek.of(dayOfWeek + 1)) {
            return null;
        }
        return Instant.ofEpochSecond(date.toEpochDay() * 86_400 + hour * 3_600L + minute * 60L + second);
    }

    /**
     * {@code at} (whole seconds) written as an IMF-fixdate; a day below 10 with its leading zero when {@code paddedDay},
     * else with one digit, as {@link DateTimeFormatter#RFC_1123_DATE_TIME} writes it.
     */
    public static String format(Instant at, boolean paddedDay) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(at.getEpochSecond(), 0, ZoneOffset.UTC);
        StringBuilder s = new StringBuilder(FIXDATE_LENGTH).append(DAYS[t.getDayOfWeek().ordinal()]).append(", ");
        if (paddedDay && t.getDayOfMonth() < 10) {
            s.append('0');
        }
        s.append(t.getDayOfMonth()).append(' ').append(MONTHS[t.getMonthValue() - 1]).append(' ').append(t.getYear()).append(' ');
        twoDigits(s, t.getHour()).append(':');
        twoDigits(s, t.getMinute()).append(':');
        return twoDigits(s, t.getSecond()).append(" GMT").toString();
    }

    private static StringBuilder twoDigits(StringBuilder s, int v) {
        return s.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    /** The index of the three-letter name at {@code from}, -1 when none matches exactly. */
    private static int indexAt(String[] names, String v, int from) {
        for (int i = 0; i < names.length; i++) {
            if (v.startsWith(names[i], from)) {
                return i;
            }
        }
        return -1;
    }
}
