package org.mcfed.connector.mapping;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * A date in one of the formats a source documents (strictly: {@code 31/02/2024} is not a date);
 * ISO {@code yyyy-MM-dd} is accepted everywhere as it cannot be misread. Anything else is null.
 */
public final class StatedDate {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private StatedDate() {
    }

    /** A strict formatter for a documented pattern, e.g. {@code d MMMM uuuu} (English month names). */
    public static DateTimeFormatter format(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    public static LocalDate parse(String text, DateTimeFormatter documented) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        for (DateTimeFormatter f : new DateTimeFormatter[]{documented, ISO}) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException notThisFormat) {
                // try the next one
            }
        }
        return null;
    }
}
