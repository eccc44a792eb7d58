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

    public static String iso(long epochSeconds) {
        return Instant.ofEpochSecond(epochSeconds).toString();
    }
}
