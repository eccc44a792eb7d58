package org.mcfed.col.crosswalk;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-pass ASCII key must equal the Unicode path's key for every ASCII name. */
class LookupKeyTest {

    @Test
    void asciiPathGivesTheUnicodePathsKey() {
        SplittableRandom rnd = new SplittableRandom(5);
        String common = "Aa &&  -.,'()Zz09";
        for (int i = 0; i < 30_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = rnd.nextInt(30); n > 0; n--) {
                sb.append(rnd.nextBoolean() ? common.charAt(rnd.nextInt(common.length())) : (char) rnd.nextInt(0x80));
            }
            String s = sb.toString();
            if (s.isBlank()) {
                continue;
            }
            String ascii = LookupKey.ofAscii(s);
            assertThat(ascii.isEmpty() ? null : ascii).as("'%s'", s).isEqualTo(LookupKey.ofUnicode(s));
        }
    }

    @Test
    void examples() {
        assertThat(LookupKey.of("Arts & Humanities")).isEqualTo("arts and humanities");
        assertThat(LookupKey.of("A&B")).isEqualTo("a and b");
        assertThat(LookupKey.of("  Te Reo Māori ")).isEqualTo("te reo maori");
        assertThat(LookupKey.of("--")).isNull();
        assertThat(LookupKey.of(" ")).isNull();
        assertThat(LookupKey.ofAscii("Māori")).isNull();
    }
}
