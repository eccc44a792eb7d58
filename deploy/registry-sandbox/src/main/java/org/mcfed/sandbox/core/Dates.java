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
    /** MQR and HKQR: {@code 15/06/2023}. */
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

    public static String http(long epochSeconds) {
        return HTTP.format(Instant.ofEpochSecond(epochSeconds));
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
        digits(out, 11, secondOfDay / 3600, 2);
        out[13] = ':';
        digits(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        digits(out, 17, secondOfDay % 60, 2);
        out[19] = 'Z';
        return new String(out);
    }

    /** 1000-01-01T00:00:00Z and 9999-12-31T23:59:59Z. */
    private static final long FIRST_FOUR_DIGIT_YEAR = -30610224000L;
    private static final long LAST_FOUR_DIGIT_YEAR = 253402300799L;

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
