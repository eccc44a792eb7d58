package org.mcfed.harvester.state;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

class CompactHttpDateTest {

    @Test
    void everyDateTheJdkFormatsDecodesToTheSameString() {
        // every day from 1970 to 2100 at a changing time of day: single-digit days, leap years, month ends
        for (long day = 0; day < 47_500; day++) {
            Instant at = Instant.ofEpochSecond(day * 86_400 + (day * 7_919) % 86_400);
            String value = DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
            long encoded = CompactHttpDate.encode(value);
            assertThat(encoded).as(value).isNotEqualTo(CompactHttpDate.NONE);
            assertThat(CompactHttpDate.decode(encoded)).isEqualTo(value);
        }
    }

    @Test
    void aPaddedDayKeepsItsZero() {
        String padded = "Fri, 02 Oct 2026 07:05:09 GMT";
        assertThat(CompactHttpDate.decode(CompactHttpDate.encode(padded))).isEqualTo(padded);
        assertThat(CompactHttpDate.decode(CompactHttpDate.encode("Fri, 2 Oct 2026 07:05:09 GMT"))).isEqualTo("Fri, 2 Oct 2026 07:05:09 GMT");
    }

    @Test
    void anythingThatWouldNotComeBackTheSameIsNotEncoded() {
        for (String value : new String[]{null, "", "Mon, 1 Oct 2026 10:12:00 GMT" /* a Thursday */,
                "Thu, 1 Oct 2026 10:12:00 UTC", "Thursday, 01-Oct-26 10:12:00 GMT", "Thu Oct  1 10:12:00 2026",
                "Thu, 31 Sep 2026 10:12:00 GMT", "Thu, 1 Oct 2026 24:00:00 GMT", "Thu, 1 oct 2026 10:12:00 GMT",
                "thu, 1 Oct 2026 10:12:00 GMT", "Thu, 1 Oct 2026 10:12:60 GMT", "Thu, 1 Oct 0999 10:12:00 GMT",
                "Thu, x1 Oct 2026 10:12:00 GMT", "Thu,  1 Oct 2026 10:12:00 GMT", "2026-10-01T10:12:00Z"}) {
            assertThat(CompactHttpDate.encode(value)).as(String.valueOf(value)).isEqualTo(CompactHttpDate.NONE);
        }
    }
}
