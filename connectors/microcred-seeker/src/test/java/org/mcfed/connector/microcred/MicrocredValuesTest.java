package org.mcfed.connector.microcred;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MicrocredValuesTest {

    @ParameterizedTest(name = "''{0}'' -> {1} hours")
    @CsvSource(nullValues = "null", value = {
            "20 hours, 20.0", "1.5 hours, 1.5", "20-25 hours, 20.0", "20 – 25 hours, 20.0", "1 hour, 1.0", "90 minutes, 1.5",
            "Fifteen hours, null", "'1,5 hours', null", "N/A, null", "about 20 hours, null", "20, null"})
    void volumeOfLearning(String text, Double hours) {
        assertThat(MicrocredValues.hours(text)).isEqualTo(hours);
    }

    @ParameterizedTest(name = "''{0}'' -> {1} AUD")
    @CsvSource(nullValues = "null", value = {
            "'$1,250', 1250.0", "$0, 0.0", "Free, 0.0", "$95, 95.0", "'$1,250.50', 1250.5", "AUD 300, 300.0",
            "Contact provider, null", "N/A, null", "'$1,5', null", "Fifteen dollars, null"})
    void cost(String text, Double amount) {
        assertThat(MicrocredValues.dollars(text)).isEqualTo(amount);
    }

    @ParameterizedTest(name = "''{0}'' -> {1} weeks")
    @CsvSource(nullValues = "null", value = {"6 weeks, 6.0", "1 week, 1.0", "3 days, 0.43", "2 months, 8.67", "Self-paced, null", "a few weeks, null"})
    void duration(String text, Double weeks) {
        assertThat(MicrocredValues.weeks(text)).isEqualTo(weeks);
    }

    @ParameterizedTest(name = "''{0}'' -> {1} hours")
    @CsvSource(nullValues = "null", value = {"PT20H, 20.0", "PT7H30M, 7.5", "P1D, 24.0", "20 hours, null", "PT0S, null"})
    void jsonLdTimeRequired(String text, Double hours) {
        assertThat(MicrocredValues.isoHours(text)).isEqualTo(hours);
    }
}
