package org.mcfed.connector.hkqr;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.mcfed.col.enrich.ColEnrichment;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.connector.MappingException;
import org.mcfed.connector.RawRecord;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each fixture page to its exact COL draft: {@code fixtures/expected/*.json} holds what the page
 * states (derived fields null), and the mapper's result must be exactly that enriched by
 * {@link ColEnrichment}, so the expectations do not restate the col-schema crosswalk tables.
 */
class HkqrMapperTest {

    private final HkqrMapper mapper = new HkqrMapper();

    @ParameterizedTest(name = "{0} + {1} + {2} -> {3}")
    @CsvSource(nullValues = "-", value = {
            "example-en.html, example-tc.html, example-sc.html, example-three-languages.json",
            "example-en.html, example-tc.html, -, example.json",
            "example-en.html, -, -, example-english-only.json",
            "chinese-only-en.html, chinese-only-tc.html, chinese-only-sc.html, chinese-only.json",
            "chinese-only-en.html, -, -, chinese-only-english-page.json",
            "label-variants-en.html, -, -, label-variants.json",
            "missing-fields-en.html, -, -, missing-fields.json",
            "garbage-en.html, -, -, garbage.json",
            "garbage-credits-en.html, variant-tc.html, variant-sc.html, garbage-credits.json",
            "expired-en.html, -, -, expired.json",
            "archived-en.html, -, -, archived.json",
            "windows-1252-en.html, -, -, windows-1252.json"})
    void mapsEachFixtureToItsExactDraft(String english, String traditional, String simplified, String expected) throws Exception {
        ColRecord draft = mapper.map(HkqrRaw.of(english, traditional, simplified));

        JsonNode actual = ColJson.mapper().valueToTree(draft);
        ColRecord stated = ColJson.read(new String(Fixtures.bytes("expected/" + expected), StandardCharsets.UTF_8));
        JsonNode wanted = ColJson.mapper().valueToTree(ColEnrichment.enrich(stated));
        assertThat(actual).as("draft of %s:%n%s", english, ColJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(actual))
                .isEqualTo(wanted);
    }

    @Test
    void hoursIscedAndFieldAreDerivedFromWhatThePageStates() throws Exception {
        ColRecord draft = mapper.map(HkqrRaw.of("example-en.html", "example-tc.html", null));

        assertThat(draft.credit()).isEqualTo(new org.mcfed.col.record.Credit(12.0, "HKQF", 10.0));
        assertThat(draft.workloadHours()).as("12 QF credits x 10 notional hours").isEqualTo(120.0);
        assertThat(draft.iscedLevel()).as("HKQF 4 (associate degree, higher diploma)").isEqualTo("5");
        assertThat(draft.aqrfLevel()).as("the HKQF is not referenced to the AQRF").isNull();
        assertThat(draft.quality().derived())
                .containsExactly("workloadHours", "credit.hoursPerCredit", "iscedLevel", "fieldOfEducation.iscedF", "languages",
                        "title.zh-Hans", "learningOutcomesByLanguage.zh-Hans");
    }

    @Test
    void theIdIsSourceColonRegistrationNumber() throws Exception {
        RawRecord raw = HkqrRaw.of("example-en.html", null, null);
        assertThat(mapper.idOf(raw)).isEqualTo("hkqr:22/000567/L4");
        assertThat(mapper.map(raw).id()).isEqualTo("hkqr:22/000567/L4");
    }

    @Test
    void aRecordWithoutAnyTitleIsRefusedWithTheReason() throws Exception {
        RawRecord full = HkqrRaw.of("missing-fields-en.html", null, null);
        RawRecord untitled = new RawRecord(full.source(), full.connector(), full.localId(), full.url(), full.fetchedAt(),
                full.contentType(), full.checksum(), Map.of(HkqrField.REG_NO, List.of(full.localId())), null, List.of(),
                false, full.position());

        assertThatThrownBy(() -> mapper.map(untitled))
                .isInstanceOf(MappingException.class)
                .satisfies(e -> assertThat(((MappingException) e).reasons()).containsExactly(new MappingException.Reason(
                        "title", "no Qualification Title in English or Chinese on " + full.url())));
    }
}
