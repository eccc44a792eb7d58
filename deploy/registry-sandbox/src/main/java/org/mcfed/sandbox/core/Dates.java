package org.mcfed.sandbox.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The date formats of each source, and HTTP dates. */
public final class Dates {
    /** NZQA: {@code 12 March 2024}. */
    public static final DateTimeFormatter NZQA = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    /** MQR and HKQR: {@code 15/06/2023} (pages write it with {@link #dmy}; this formatter is its oracle in the tests). */
    public static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ENGLISH);
    /** Microcred Seeker start dates: {@code 3 Feb 2025}. */
    public static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter HTTP = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Dates() {
    }

    public static LocalDate day(long epochSeconds) {
        return LocalDate.ofEpochDay(Math.floorDiv(epochSeconds, 86400));
    }

    /**
     * An HTTP date ({@code Sun, 06 Nov 1994 08:49:37 GMT}), as the formatter {@code EEE, dd MMM yyyy HH:mm:ss 'GMT'}
     * writes it in UTC. Written here for the years 1000 to 9999: every page carries one in its Last-Modified, and the
     * JDK's formatters (this one and {@link #DMY}) had 8.6 % of the sandbox's Java samples in a 90-second profile at a
     * million records (BENCHMARKS.md, thirty-third session).
     */
    public static String http(long epochSeconds) {
        if (epochSeconds < FIRST_FOUR_DIGIT_YEAR || epochSeconds > LAST_FOUR_DIGIT_YEAR) {
            return HTTP.format(Instant.ofEpochSecond(epochSeconds));
        }
        LocalDate date = day(epochSeconds);
        int secondOfDay = (int) Math.floorMod(epochSeconds, 86400);
        char[] out = new char[29];
        WEEKDAYS[date.getDayOfWeek().getValue() - 1].getChars(0, 3, out, 0);
        out[3] = ',';
        out[4] = ' ';
        digits(out, 5, date.getDayOfMonth(), 2);
        out[7] = ' ';
        MONTHS[date.getMonthValue() - 1].getChars(0, 3, out, 8);
        out[11] = ' ';
        digits(out, 12, date.getYear(), 4);
        out[16] = ' ';
        clock(out, 17, secondOfDay);
        " GMT".getChars(0, 4, out, 25);
        return new String(out);
    }

    /** A date as {@link #DMY} writes it ({@code 15/06/2023}), for the years 1000 to 9999; other years by the formatter. */
    public static String dmy(LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return DMY.format(date);
        }
        char[] out = new char[10];
        digits(out, 0, date.getDayOfMonth(), 2);
        out[2] = '/';
        digits(out, 3, date.getMonthValue(), 2);
        out[5] = '/';
        digits(out, 6, year, 4);
        return new String(out);
    }

    /** Parses an HTTP date, or returns Long.MIN_VALUE when it is not one. */
    public static long parseHttp(String s) {
        try {
            return java.time.ZonedDateTime.parse(s.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
        } catch (RuntimeException e) {
            return Long.MIN_VALUE;
        }
    }

    /**
     * The instant as {@link Instant#toString()} writes it ({@code 2026-01-01T10:00:00Z}). Written here for the years
     * 1000 to 9999: a sitemap gives every record's date, and {@code Instant.toString} was half of the sandbox's Java
     * time building HKQR's sitemap, the gzip aside (BENCHMARKS.md, twenty-ninth session).
     */
    public static String iso(long epochSeconds) {
        if (epochSeconds < FIRST_FOUR_DIGIT_YEAR || epochSeconds > LAST_FOUR_DIGIT_YEAR) {
            return Instant.ofEpochSecond(epochSeconds).toString();
        }
        LocalDate date = day(epochSeconds);
        int secondOfDay = (int) Math.floorMod(epochSeconds, 86400);
        char[] out = new char[20];
        digits(out, 0, date.getYear(), 4);
        out[4] = '-';
        digits(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, date.getDayOfMonth(), 2);
        out[10] = 'T';
        clock(out, 11, secondOfDay);
        out[19] = 'Z';
        return new String(out);
    }

    /** The days of the week from Monday ({@code DayOfWeek}'s order) and the months, as HTTP dates abbreviate them. */
    private static final String[] WEEKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    /** 1000-01-01T00:00:00Z and 9999-12-31T23:59:59Z. */
    private static final long FIRST_FOUR_DIGIT_YEAR = -30610224000L;
    private static final long LAST_FOUR_DIGIT_YEAR = 253402300799L;

    /** {@code HH:mm:ss} of the second of the day, from {@code at}. */
    private static void clock(char[] out, int at, int secondOfDay) {
        digits(out, at, secondOfDay / 3600, 2);
        out[at + 2] = ':';
        digits(out, at + 3, secondOfDay / 60 % 60, 2);
        out[at + 5] = ':';
        digits(out, at + 6, secondOfDay % 60, 2);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
