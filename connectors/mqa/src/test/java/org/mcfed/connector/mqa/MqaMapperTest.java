package org.mcfed.connector.mqa;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mcfed.col.enrich.ColEnrichment;
import org.mcfed.col.record.ColRecord;
import org.mcfed.connector.MappingException;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.testkit.FixtureFiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each fixture page through parser, mapper and the col-schema enrichment, compared with the whole
 * expected COL record in {@code fixtures/expected/} (harvested 2026-11-23).
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
        ColRecord draft = mapper.map(Fixtures.raw(fixture, localId));
        FixtureFiles.assertJson(ColEnrichment.enrich(draft), "expected/" + fixture.replace(".html", ".json"));
    }

    @Test
    void theMalayPageGivesTheTitleAndOutcomesInMalayBesideTheEnglish() throws Exception {
        ColRecord record = ColEnrichment.enrich(mapper.map(Fixtures.raw("example.html", "malay.html", "MQA/SWA 0123")));

        FixtureFiles.assertJson(record, "expected/example-bilingual.json");
        assertThat(record.title()).containsExactly(Map.entry("en", "Micro-credential in Data Analytics with Python"),
                Map.entry("ms", "Mikrokredensial Analitik Data dengan Python"));
        assertThat(record.learningOutcomes()).as("the first language's").containsExactly(
                "Clean and explore data with pandas", "Communicate findings with charts");
        assertThat(record.learningOutcomesByLanguage().get("ms")).containsExactly(
                "Membersih dan meneroka data dengan pandas", "Menyampaikan dapatan dengan carta");
        assertThat(record.languages()).as("from Language of Instruction, not from the pages' languages").containsExactly("eng");
    }

    @Test
    void aMalayOnlyMicroCredentialIsKnownByItsEnglishPageShowingTheMalayTitle() throws Exception {
        ColRecord record = ColEnrichment.enrich(mapper.map(Fixtures.raw("malay-only.html", "malay-only-ms.html", "MQA/SWA 0788")));

        FixtureFiles.assertJson(record, "expected/malay-only.json");
        assertThat(record.title()).as("the Malay page's wording, not the English page's capitalisation")
                .isEqualTo(Map.of("ms", "Mikrokredensial Pengurusan Akuakultur Lestari"));
        assertThat(record.learningOutcomesByLanguage()).containsOnlyKeys("ms");
        assertThat(record.learningOutcomes()).containsExactly("Menilai kualiti air kolam ternakan", "Merancang jadual pemberian makanan ikan");
        assertThat(record.languages()).containsExactly("msa");
    }

    @Test
    void aMalayOnlyEnglishPageWithoutItsMalayPageIsReadAsEnglish() throws Exception {
        ColRecord record = mapper.map(Fixtures.raw("malay-only.html", "MQA/SWA 0788"));

        assertThat(record.title()).as("nothing to compare with: the page is taken at its word")
                .isEqualTo(Map.of("en", "MIKROKREDENSIAL pengurusan akuakultur-lestari"));
        assertThat(record.learningOutcomesByLanguage()).containsOnlyKeys("en");
    }

    @Test
    void malayValuesFillWhatTheEnglishPageLacks() throws Exception {
        ColRecord record = ColEnrichment.enrich(mapper.map(Fixtures.raw("english-lacking-title.html", "malay.html", "MQA/SWA 0123")));
        FixtureFiles.assertJson(record, "expected/english-lacking-title.json");
        assertThat(record.title()).isEqualTo(Map.of("ms", "Mikrokredensial Analitik Data dengan Python"));
        assertThat(record.learningOutcomes()).containsExactly("Membersih dan meneroka data dengan pandas", "Menyampaikan dapatan dengan carta");
    }

    @Test
    void theDraftHoldsOnlyWhatThePageStates() throws Exception {
        ColRecord draft = mapper.map(Fixtures.raw("example.html", "MQA/SWA 0123"));
        assertThat(draft.workloadHours()).as("stated on the page").isEqualTo(120.0);
        assertThat(draft.iscedLevel()).isNull();
        assertThat(draft.aqrfLevel()).isNull();
        assertThat(draft.credit().hoursPerCredit()).isNull();
        assertThat(draft.fieldOfEducation().iscedF()).isNull();
        assertThat(draft.description()).as("MQR pages state no description").isNull();
    }

    @Test
    void aRecordWithoutATitleInEitherLanguageIsRejected() throws Exception {
        RawRecord raw = Fixtures.raw("english-lacking-title.html", "MQA/SWA 0123");
        assertThatThrownBy(() -> mapper.map(raw)).isInstanceOfSatisfying(MappingException.class, e ->
                assertThat(e.reasons()).containsExactly(
                        new MappingException.Reason("title", "neither the English nor the Malay page states a title")));
    }

    @Test
    void idsKeepTheReferenceNumberVerbatim() throws Exception {
        assertThat(mapper.map(Fixtures.raw("example.html", "MQA/SWA 0123")).id()).isEqualTo("mqa:MQA/SWA 0123");
    }
}
