package org.mcfed.connector.listing;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand reading of HTTP dates answers as {@link DateTimeFormatter#RFC_1123_DATE_TIME} does, for any string. */
class HttpDateTest {

    /** The form the registries send: a two-digit day. */
    private static final DateTimeFormatter FIXDATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

    /** What the formatter alone reads, as {@code SitemapChanges} read it before. */
    private static Instant formatterReading(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void assertSameReading(String value) {
        assertThat(HttpDate.parse(value)).as(value).isEqualTo(formatterReading(value));
    }

    @Test
    void everyDayOfTwoCenturiesReadsAsTheFormatterReadsItWithOneOrTwoDigitDays() {
        int time = 0;
        for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() < 2100; d = d.plusDays(1)) {
            time = (time * 7919 + 3_607) % 86_400;
            ZonedDateTime at = d.atStartOfDay(ZoneOffset.UTC).plusSeconds(time);
            String twoDigits = FIXDATE.format(at);
            String asFormatted = DateTimeFormatter.RFC_1123_DATE_TIME.format(at);
            assertThat(HttpDate.parse(twoDigits)).as(twoDigits).isEqualTo(at.toInstant());
            assertThat(HttpDate.parse(asFormatted)).as(asFormatted).isEqualTo(at.toInstant());
            assertSameReading(twoDigits);
            assertSameReading(asFormatted);
        }
    }

    @Test
    void aDateIsWrittenAsTheFormatterWritesItOrWithItsDayPadded() {
        for (long day = -25_000; day < 47_500; day += 7) {
            ZonedDateTime at = Instant.ofEpochSecond(day * 86_400 + (day * 7_919) % 86_400).atZone(ZoneOffset.UTC);
            String written = HttpDate.format(at.toInstant(), false);
            assertThat(written).isEqualTo(DateTimeFormatter.RFC_1123_DATE_TIME.format(at));
            assertThat(HttpDate.format(at.toInstant(), true)).isEqualTo(
                    at.getDayOfMonth() < 10 ? written.substring(0, 5) + "0" + written.substring(5) : written);
            assertThat(HttpDate.fixdate(HttpDate.format(at.toInstant(), true))).isEqualTo(at.toInstant());
        }
    }

    @Test
    void oddAndInvalidFormsAnswerAsTheFormatterDoes() {
        String[] odd = {
                null, "", "   ", "yesterday", "Sun, 06 Nov 1994 08:49:37 GMT", "  Sun, 06 Nov 1994 08:49:37 GMT\t",
                "Sun, 6 Nov 1994 08:49:37 GMT", "06 Nov 1994 08:49:37 GMT", "sun, 06 nov 1994 08:49:37 gmt",
                "SUN, 06 NOV 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49 GMT", "Sun, 06 Nov 1994 08:49:37 +0000",
                "Sun, 06 Nov 1994 08:49:37 +0800", "Sun, 06 Nov 1994 08:49:37 -0130", "Sun, 06 Nov 1994 08:49:37 UTC",
                "Sun, 06 Nov 1994 08:49:37 UT", "Sun, 06 Nov 1994 08:49:37 Z", "Mon, 06 Nov 1994 08:49:37 GMT",
                "Sat, 30 Feb 2026 10:00:00 GMT", "Sun, 29 Feb 2026 10:00:00 GMT", "Thu, 29 Feb 2024 10:00:00 GMT",
                "Sat, 28 Feb 2026 10:00:00 GMT", "Tue, 31 Apr 2026 10:00:00 GMT", "Sun, 00 Nov 1994 08:49:37 GMT",
                "Sun, 32 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 24:00:00 GMT", "Mon, 07 Nov 1994 00:00:00 GMT",
                "Sun, 06 Nov 1994 08:60:37 GMT", "Sun, 06 Nov 1994 08:49:60 GMT", "Sun, 06 Nov 94 08:49:37 GMT",
                "Sun, 06 Nov 01994 08:49:37 GMT", "Sun,06 Nov 1994 08:49:37 GMT", "Sun, 06  Nov 1994 08:49:37 GMT",
                "Sun, 06 Nov 1994 08:49:37  GMT", "Sun, 06 Nov 1994 8:49:37 GMT", "Sun, 06 Xyz 1994 08:49:37 GMT",
                "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994", "Sun, 0\u0666 Nov 1994 08:49:37 GMT",
                "Sun, 06 Nov 1994 08:49:37 GMT extra", "Sun, 06 Nov 1994 08:49:37 GM", "Sun, 06 Nov 1994 08:49:37 GMTX",
                "Sat, 01 Jan 0000 00:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT", "Sun, -6 Nov 1994 08:49:37 GMT",
                "Sun, +6 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 GMT\u0000",
        };
        for (String value : odd) {
            assertSameReading(value);
        }
    }

    @Test
    void aValidDateWithAnyOneCharacterChangedAnswersAsTheFormatterDoes() {
        String alphabet = "0123456789 ,:+-ADFGJMNOSTUacdeghlnoprtuvy\t\u0661";
        Random random = new Random(16);
        for (int i = 0; i < 200_000; i++) {
            ZonedDateTime at = Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE)).atZone(ZoneOffset.UTC);
            StringBuilder value = new StringBuilder(random.nextBoolean() ? FIXDATE.format(at) : DateTimeFormatter.RFC_1123_DATE_TIME.format(at));
            int edits = 1 + random.nextInt(2);
            for (int e = 0; e < edits; e++) {
                value.setCharAt(random.nextInt(value.length()), alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameReading(value.toString());
        }
    }
}
