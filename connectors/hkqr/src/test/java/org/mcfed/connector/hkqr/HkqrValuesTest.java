package org.mcfed.connector.hkqr;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class HkqrValuesTest {

    @ParameterizedTest(name = "''{0}'' -> {1} .. {2}")
    @CsvSource(nullValues = "null", value = {
            "01/09/2023 - On-going, 2023-09-01, null",
            "01/09/2020 - 31/08/2023, 2020-09-01, 2023-08-31",
            "15/01/2024 – 14/01/2027, 2024-01-15, 2027-01-14",
            "01/09/2023 to Ongoing, 2023-09-01, null",
            "01/09/2023 - 持續有效, 2023-09-01, null",
            "2023-09-01 - 2026-08-31, 2023-09-01, 2026-08-31"})
    void readablePeriods(String text, LocalDate from, LocalDate until) {
        assertThat(HkqrValues.period(text)).isEqualTo(new HkqrValues.Period(from, until));
    }

    @ParameterizedTest(name = "''{0}'' is unreadable")
    @CsvSource({"TBC - ???", "2021-09-01 - sometime", "09/01/2023 to 2026/01/08", "31/02/2023 - 31/08/2024x", "01/09/2023", "On-going"})
    void aGarbledEndNeverReadsAsOpenEnded(String text) {
        assertThat(HkqrValues.period(text)).isNull();
    }

    @ParameterizedTest(name = "''{0}'' -> {1} weeks")
    @CsvSource(nullValues = "null", value = {"6 weeks, 6.0", "3 months, 13.0", "1 month, 4.3", "120 hours, null", "N/A, null"})
    void programmeLengthInWeeks(String text, Double weeks) {
        assertThat(HkqrValues.durationWeeks(text)).isEqualTo(weeks);
    }
}
