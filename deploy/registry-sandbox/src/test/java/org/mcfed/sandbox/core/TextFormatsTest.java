package org.mcfed.sandbox.core;

import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sandbox's hand-written dates, patterns and URL encoding write what the JDK's formatters and encoder write. */
class TextFormatsTest {

    @Test
    void isoDatesAreWhatInstantWrites() {
        long[] edges = {0, -1, 1, 86399, 86400, 951782400L /* 2000-02-29 */, 4107542399L /* 2100-02-28T23:59:59 */,
                -30610224000L, -30610224001L, 253402300799L, 253402300800L, -62135596800L, 1767225600L};
        for (long s : edges) {
            assertThat(Dates.iso(s)).as("%d", s).isEqualTo(Instant.ofEpochSecond(s).toString());
        }
        SplittableRandom random = new SplittableRandom(29);
        for (int i = 0; i < 300_000; i++) {
            long s = random.nextLong(-40_000_000_000L, 260_000_000_000L);
            assertThat(Dates.iso(s)).as("%d", s).isEqualTo(Instant.ofEpochSecond(s).toString());
        }
    }

    @Test
    void httpDatesAreWhatTheFormatterWrites() {
        DateTimeFormatter http = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
        long[] edges = {0, -1, 1, 86399, 86400, 784111777L /* Sun, 06 Nov 1994 08:49:37 GMT */, 951782400L, 4107542399L,
                -30610224000L, -30610224001L, 253402300799L, 253402300800L, -62135596800L, 1767225600L};
        for (long s : edges) {
            assertThat(Dates.http(s)).as("%d", s).isEqualTo(http.format(Instant.ofEpochSecond(s)));
        }
        assertThat(Dates.http(784111777L)).isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
        SplittableRandom random = new SplittableRandom(31);
        for (int i = 0; i < 300_000; i++) {
            long s = random.nextLong(-40_000_000_000L, 260_000_000_000L);
            assertThat(Dates.http(s)).as("%d", s).isEqualTo(http.format(Instant.ofEpochSecond(s)));
            if (s >= -30610224000L && s <= 253402300799L) {
                assertThat(Dates.parseHttp(Dates.http(s))).as("%d read back", s).isEqualTo(s);
            }
        }
    }

    @Test
    void dmyDatesAreWhatTheFormatterWrites() {
        SplittableRandom random = new SplittableRandom(37);
        for (int i = 0; i < 200_000; i++) {
            LocalDate day = LocalDate.ofEpochDay(random.nextLong(-1_000_000L, 3_000_000L));
            assertThat(Dates.dmy(day)).as("%s", day).isEqualTo(Dates.DMY.format(day));
        }
        for (LocalDate day : new LocalDate[] {LocalDate.of(2023, 6, 15), LocalDate.of(999, 12, 31), LocalDate.of(1000, 1, 1),
                LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1), LocalDate.of(-5, 3, 4)}) {
            assertThat(Dates.dmy(day)).as("%s", day).isEqualTo(Dates.DMY.format(day));
        }
    }

    @Test
    void patternsAreFilledAsStringFormatFillsThem() {
        String[] patterns = {"%s", "Introduction to %s", "%s (Micro-credential)", "Micro-Credential: %s", "", "no value", "50%% of %s",
                "%s and %s", "%d %s", "(%s)%", "%-10s|", "%1$s"};
        String[] values = {"Data Analytics", "", "课程 $1 \\ 100%", "a%sb", null};
        for (String pattern : patterns) {
            for (String value : values) {
                String expected;
                try {
                    expected = String.format(pattern, value);
                } catch (RuntimeException e) {
                    assertThatThrownBy(() -> Patterns.fill(pattern, value)).as("%s / %s", pattern, value).isInstanceOf(e.getClass());
                    continue;
                }
                assertThat(Patterns.fill(pattern, value)).as("%s / %s", pattern, value).isEqualTo(expected);
            }
        }
    }

    @Test
    void urlEncodingIsWhatTheJdkEncoderWrites() {
        String[] samples = {"", "25/000001/L1", "MQA/SWA 0123", "a+b&c=d", "abcXYZ019.-*_", "~!'()", "café 課程", "%2F", "\u007f\u0001"};
        for (String s : samples) {
            assertThat(Html.urlEncode(s)).as(s).isEqualTo(URLEncoder.encode(s, StandardCharsets.UTF_8));
        }
        SplittableRandom random = new SplittableRandom(29);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                s.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x80, 0x3000) : (char) random.nextInt(0x80));
            }
            assertThat(Html.urlEncode(s.toString())).as(s.toString()).isEqualTo(URLEncoder.encode(s.toString(), StandardCharsets.UTF_8));
        }
    }
}
