package org.mcfed.col.json;

/** Numbers written in fixed-width ASCII digits, as in ISO 8601 dates and times: for the hand-written date checks and reads. */
public final class AsciiDigits {

    private AsciiDigits() {
    }

    /** The non-negative number written by {@code count} ASCII digits at {@code from}, or -1 if one is not a digit. */
    public static int of(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }

    /** What {@link #epochDay} and {@link #dateTimeSeconds} answer for a string they do not read. */
    public static final long NONE = Long.MIN_VALUE;

    /**
     * The epoch day of the {@code yyyy-MM-dd} at {@code from} in {@code s}; {@link #NONE} unless its separators are
     * these and it is a calendar date ISO 8601's strict parsers accept (the day within its month's length).
     */
    public static long epochDay(String s, int from) {
        if (s.length() < from + 10 || s.charAt(from + 4) != '-' || s.charAt(from + 7) != '-') {
            return NONE;
        }
        int year = of(s, from, 4);
        int month = of(s, from + 5, 2);
        int day = of(s, from + 8, 2);
        if ((year | month | day) < 0 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return NONE;
        }
        return java.time.LocalDate.of(year, month, day).toEpochDay();
    }

    /**
     * The seconds since the epoch of the {@code yyyy-MM-ddTHH:mm:ss} at the start of {@code s}, read as UTC; {@link #NONE}
     * unless its separators are these and every field is in the range ISO 8601's strict parsers accept (no leap second).
     */
    public static long dateTimeSeconds(String s) {
        if (s.length() < 19 || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return NONE;
        }
        long day = epochDay(s, 0);
        int hour = of(s, 11, 2);
        int minute = of(s, 14, 2);
        int second = of(s, 17, 2);
        if (day == NONE || (hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59) {
            return NONE;
        }
        return day * 86_400 + hour * 3_600L + minute * 60L + second;
    }
}
