package org.mcfed.sandbox.core;

import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox's hand-written dates and URL encoding write what the JDK's formatter and encoder write. */
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
