package org.mcfed.harvester.state;

import org.mcfed.col.json.AsciiDigits;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A {@code Last-Modified} value held as a number instead of a 29-character string: a million known
 * records held 72 bytes each for it. Only the RFC 1123 form a registry sends
 * ({@code Wed, 1 Oct 2026 10:12:00 GMT}, the day with or without its leading zero) is encoded, and only
 * when decoding gives back the very same string, which is what the next conditional GET sends; any
 * other value answers {@link #NONE} and is kept as it came.
 */
final class CompactHttpDate {

    /** Not encoded: no value, or one kept as a string. */
    static final long NONE = Long.MIN_VALUE;
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private CompactHttpDate() {
    }

    /** Epoch seconds times two, plus one when the day had two digits below 10; {@link #NONE} when not encodable. */
    static long encode(String value) {
        if (value == null) {
            return NONE;
        }
        int n = value.length();
        // "Wed, 1 Oct 2026 10:12:00 GMT" (28) or "Wed, 01 Oct 2026 10:12:00 GMT" (29)
        if ((n != 28 && n != 29) || value.charAt(3) != ',' || value.charAt(4) != ' ' || !value.endsWith(" GMT")) {
            return NONE;
        }
        int dayDigits = n - 27;
        int at = 5;
        int day = AsciiDigits.of(value, at, dayDigits);
        at += dayDigits;
        if (day < 1 || value.charAt(at) != ' ' || value.charAt(at + 4) != ' ' || value.charAt(at + 9) != ' '
                || value.charAt(at + 12) != ':' || value.charAt(at + 15) != ':') {
            return NONE;
        }
        int month = month(value, at + 1);
        int year = AsciiDigits.of(value, at + 5, 4);
        int hour = AsciiDigits.of(value, at + 10, 2);
        int minute = AsciiDigits.of(value, at + 13, 2);
        int second = AsciiDigits.of(value, at + 16, 2);
        if (month < 0 || year < 1000 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59
                || day > LocalDate.of(year, month + 1, 1).lengthOfMonth()) {
            return NONE;
        }
        long seconds = LocalDateTime.of(year, month + 1, day, hour, minute, second).toEpochSecond(ZoneOffset.UTC);
        long encoded = seconds * 2 + (dayDigits == 2 && day < 10 ? 1 : 0);
        return decode(encoded).equals(value) ? encoded : NONE;
    }

    /** The string {@link #encode} was given. */
    static String decode(long encoded) {
        boolean padded = (encoded & 1) != 0;
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(encoded, 2), 0, ZoneOffset.UTC);
        StringBuilder s = new StringBuilder(29).append(DAYS[t.getDayOfWeek().ordinal()]).append(", ");
        if (padded) {
            s.append('0');
        }
        s.append(t.getDayOfMonth()).append(' ').append(MONTHS[t.getMonthValue() - 1]).append(' ').append(t.getYear()).append(' ');
        two(s, t.getHour()).append(':');
        two(s, t.getMinute()).append(':');
        return two(s, t.getSecond()).append(" GMT").toString();
    }

    private static StringBuilder two(StringBuilder s, int v) {
        return s.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    private static int month(String value, int at) {
        for (int m = 0; m < MONTHS.length; m++) {
            if (value.startsWith(MONTHS[m], at)) {
                return m;
            }
        }
        return -1;
    }
}
