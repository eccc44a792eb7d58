package org.mcfed.harvester.state;

import org.mcfed.connector.listing.HttpDate;

import java.time.Instant;

/**
 * A {@code Last-Modified} value held as a number instead of a 29-character string: a million known
 * records held 72 bytes each for it. Only the IMF-fixdate a registry sends ({@code Thu, 1 Oct 2026 10:12:00 GMT},
 * the day with or without its leading zero; {@link HttpDate}) is encoded, and only when decoding gives back the
 * very same string, which is what the next conditional GET sends; any other value answers {@link #NONE} and is
 * kept as it came.
 */
final class CompactHttpDate {

    /** Not encoded: no value, or one kept as a string. */
    static final long NONE = Long.MIN_VALUE;

    private CompactHttpDate() {
    }

    /** Epoch seconds times two, plus one when the day was written with a leading zero; {@link #NONE} when not encodable. */
    static long encode(String value) {
        Instant at = value == null ? null : HttpDate.fixdate(value);
        if (at == null) {
            return NONE;
        }
        // a fixdate's day starts at offset 5 and is at least 1, so a zero there pads it
        boolean padded = value.charAt(5) == '0';
        long encoded = at.getEpochSecond() * 2 + (padded ? 1 : 0);
        return decode(encoded).equals(value) ? encoded : NONE;
    }

    /** The string {@link #encode} was given. */
    static String decode(long encoded) {
        return HttpDate.format(instant(encoded), (encoded & 1) != 0);
    }

    /** The instant of the string {@link #encode} was given, without writing the string. */
    static Instant instant(long encoded) {
        return Instant.ofEpochSecond(Math.floorDiv(encoded, 2));
    }
}
