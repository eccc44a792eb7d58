package org.mcfed.normalizer;

import org.junit.jupiter.api.Test;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OfferingKeyTest {

    @Test
    void foldsCaseAccentsAndPunctuation() {
        assertThat(OfferingKey.normalise("  Te Reo Māori:  Level-1 (Online) "))
                .isEqualTo(OfferingKey.normalise("te reo maori level 1 online"))
                .isEqualTo("te reo maori level 1 online");
    }

    @Test
    void keepsChineseText() {
        assertThat(OfferingKey.normalise("數據分析 證書")).isEqualTo("數據分析 證書");
    }

    @Test
    void oneKeyPerTitleLanguageAndNoneWithoutAwardingBody() {
        Map<String, String> title = new LinkedHashMap<>();
        title.put("en", "Data Analytics");
        title.put("zh-Hant", "數據分析");
        ColRecord r = ColRecord.builder().id("hkqr:1").title(title).awardingBody(AwardingBody.named("HKU SPACE")).build();
        assertThat(OfferingKey.of(r)).containsExactly("hku space | data analytics", "hku space | 數據分析");
        assertThat(OfferingKey.of(r.toBuilder().awardingBody(null).build())).isEmpty();
        assertThat(OfferingKey.of(r.toBuilder().awardingBody(AwardingBody.named(" - ")).build())).isEmpty();
    }

    @Test
    void theAsciiPathSaysWhatTheUnicodePathSays() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = rnd.nextInt(40); n > 0; n--) {
                sb.append((char) rnd.nextInt(0x80));
            }
            String s = sb.toString();
            assertThat(OfferingKey.normaliseAscii(s)).as(s).isEqualTo(OfferingKey.normaliseUnicode(s));
        }
        assertThat(OfferingKey.normaliseAscii("  Data--Literacy (Level 4)!  ")).isEqualTo("data literacy level 4");
        assertThat(OfferingKey.normaliseAscii("Café")).isNull();
        assertThat(OfferingKey.normalise("Café  Skills")).isEqualTo("cafe skills");
    }
}
