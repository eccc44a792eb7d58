package org.mcfed.harvester.state;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** An ETag held as a number reads back as the very string it came as; any other form is not encoded. */
class CompactEtagTest {

    @Test
    void everyQuotedLowerCaseHexTagOfUpTo16DigitsReadsBackExactly() {
        Random random = new Random(17);
        for (int i = 0; i < 100_000; i++) {
            int digits = 1 + random.nextInt(16);
            StringBuilder tag = new StringBuilder("\"");
            for (int d = 0; d < digits; d++) {
                // leading zeros too: they must survive the number
                tag.append("0123456789abcdef".charAt(random.nextInt(i % 3 == 0 ? 1 : 16)));
            }
            String etag = tag.append('"').toString();
            byte n = CompactEtag.digits(etag);

            assertThat(n).as(etag).isEqualTo((byte) digits);
            assertThat(CompactEtag.decode(CompactEtag.value(etag), n)).isEqualTo(etag);
        }
        assertThat(CompactEtag.decode(CompactEtag.value("\"ffffffffffffffff\""), (byte) 16)).isEqualTo("\"ffffffffffffffff\"");
    }

    @Test
    void otherFormsAreKeptAsTheyCame() {
        for (String etag : new String[] {null, "", "\"\"", "W/\"5f3a\"", "\"5F3A\"", "5f3a", "\"5f3a", "\"5f3a-17\"",
                "\"0123456789abcdef0\"", "\"5f3a\" "}) {
            assertThat(CompactEtag.digits(etag)).as(String.valueOf(etag)).isZero();
        }
    }
}
