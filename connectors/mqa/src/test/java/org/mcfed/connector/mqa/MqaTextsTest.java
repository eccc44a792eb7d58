package org.mcfed.connector.mqa;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MqaTextsTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "MIKROKREDENSIAL pengurusan  akuakultur-lestari|Mikrokredensial Pengurusan Akuakultur Lestari|true",
            "Mikrokredensial: Asas Keselamatan Siber.|Mikrokredensial Asas Keselamatan Siber|true",
            "Micro-credential in Data Analytics with Python|Mikrokredensial Analitik Data dengan Python|false",
            "Mikrokredensial Asas Keselamatan Siber I|Mikrokredensial Asas Keselamatan Siber II|false"})
    void titlesAreTheSameWhateverTheirCaseSpacingAndPunctuation(String english, String malay, boolean same) {
        assertThat(MqaTexts.sameTitle(english, malay)).isEqualTo(same);
    }
}
