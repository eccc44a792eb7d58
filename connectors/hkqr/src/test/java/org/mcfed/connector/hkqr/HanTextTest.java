package org.mcfed.connector.hkqr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class HanTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "網絡安全專業證書|true",
            "网络安全专业证书（进阶）|true",
            "IT 網絡安全證書|true",
            "Certificate in Tai Chi (太極)|false",
            "Professional Certificate in Cyber Security|false",
            "Sijil Kemahiran Malaysia|false",
            "12/2024|false"})
    void aTextIsHanWhenMostOfItsLettersAre(String text, boolean han) {
        assertThat(HanText.isHan(text)).isEqualTo(han);
    }

    @Test
    void theShortcutsAgreeWithUnicodesScriptTableForEveryCodePoint() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (HanText.isHanCodePoint(c) != (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                throw new AssertionError("U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void aListIsReadAsOneText() {
        assertThat(HanText.isHan(java.util.List.of("Apply the basic", "網絡安全專業證書", "ok"))).isFalse();
        assertThat(HanText.isHan(java.util.List.of("OK", "網絡安全專業"))).isTrue();
    }
}
