package org.mcfed.connector.mqa;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mcfed.col.enrich.ColEnrichment;
import org.mcfed.col.record.ColRecord;
import org.mcfed.connector.MappingException;
import org.mcfed.connector.RawRecord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each fixture page through parser, mapper and the col-schema enrichment, compared with the whole
 * expected COL record in {@code fixtures/*.expected.json} (harvested 2026-11-23).
 */
class MqaMapperTest {

    private final MqaMapper mapper = new MqaMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "example.html, MQA/SWA 0123",
            "label-variants.html, MQA/SWA0311",
            "missing-fields.html, MQA/SWA 0450",
            "garbage-values.html, MQA/SWA 0502",
            "garbage-credits.html, MQA/SWA 0533",
            "expired.html, MQA/SWA 0077",
            "windows-1252.html, MQA/SWA 0620"})
    void mapsTheFixtureToExactlyTheExpectedRecord(String fixture, String localId) throws Exception {
        ColRecord draft = mapper.map(MqaFixtures.raw(fixture, localId));
        MqaFixtures.assertJson(ColEnrichment.enrich(draft), fixture.replace(".html", ".expected.json"));
    }

    @Test
    void malayValuesFillWhatTheEnglishPageLacks() throws Exception {
        Map<String, List<String>> fields = new LinkedHashMap<>(MqaFixtures.english("english-lacking-title.html"));
        fields.putAll(MqaFixtures.malay("malay.html"));
        ColRecord record = ColEnrichment.enrich(mapper.map(MqaFixtures.raw(fields, "MQA/SWA 0123")));
        MqaFixtures.assertJson(record, "english-lacking-title.expected.json");
        assertThat(record.title()).isEqualTo(Map.of("ms", "Mikrokredensial Analitik Data dengan Python"));
        assertThat(record.learningOutcomes()).containsExactly("Membersih dan meneroka data dengan pandas", "Menyampaikan dapatan dengan carta");
    }

    @Test
    void theDraftHoldsOnlyWhatThePageStates() throws Exception {
        ColRecord draft = mapper.map(MqaFixtures.raw("example.html", "MQA/SWA 0123"));
        assertThat(draft.workloadHours()).as("stated on the page").isEqualTo(120.0);
        assertThat(draft.iscedLevel()).isNull();
        assertThat(draft.aqrfLevel()).isNull();
        assertThat(draft.credit().hoursPerCredit()).isNull();
        assertThat(draft.fieldOfEducation().iscedF()).isNull();
        assertThat(draft.description()).as("MQR pages state no description").isNull();
    }

    @Test
    void aRecordWithoutATitleInEitherLanguageIsRejected() throws Exception {
        RawRecord raw = MqaFixtures.raw("english-lacking-title.html", "MQA/SWA 0123");
        assertThatThrownBy(() -> mapper.map(raw)).isInstanceOfSatisfying(MappingException.class, e ->
                assertThat(e.reasons()).containsExactly(
                        new MappingException.Reason("title", "neither the English nor the Malay page states a title")));
    }

    @Test
    void idsKeepTheReferenceNumberVerbatim() throws Exception {
        assertThat(mapper.map(MqaFixtures.raw("example.html", "MQA/SWA 0123")).id()).isEqualTo("mqa:MQA/SWA 0123");
    }
}
