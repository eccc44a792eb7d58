package org.mcfed.connector.microcred;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mcfed.col.enrich.ColEnrichment;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Cost;
import org.mcfed.col.record.NqfLevel;
import org.mcfed.col.record.Stackability;
import org.mcfed.connector.MappingException;
import org.mcfed.connector.RawRecord;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each fixture page to its exact COL draft: {@code fixtures/expected/*.json} holds what the page
 * states (derived fields null), and the mapper's result must be exactly that enriched by
 * {@link ColEnrichment}, so the expectations do not restate the col-schema crosswalk tables.
 */
class MicrocredMapperTest {

    private final MicrocredMapper mapper = new MicrocredMapper();

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource({
            "example.html, 1042, example.json",
            "label-variants.html, 77, label-variants.json",
            "missing-fields.html, 5, missing-fields.json",
            "garbage.html, 13, garbage.json",
            "jsonld-disagrees.html, 310, jsonld-disagrees.json",
            "jsonld-only.html, 311, jsonld-only.json",
            "windows-1252.html, 88, windows-1252.json"})
    void mapsEachFixtureToItsExactDraft(String fixture, String id, String expected) throws Exception {
        ColRecord draft = mapper.map(MicrocredRaw.of(fixture, id));

        JsonNode actual = ColJson.mapper().valueToTree(draft);
        ColRecord stated = ColJson.read(new String(Fixtures.bytes("expected/" + expected), StandardCharsets.UTF_8));
        JsonNode wanted = ColJson.mapper().valueToTree(ColEnrichment.enrich(stated));
        assertThat(actual).as("draft of %s:%n%s", fixture, ColJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(actual))
                .isEqualTo(wanted);
    }

    @Test
    void theVisibleTextWinsOverTheEmbeddedJsonLd() throws Exception {
        ColRecord draft = mapper.map(MicrocredRaw.of("jsonld-disagrees.html", "310"));

        assertThat(draft.title()).containsEntry("en", "Sustainable Supply Chains");
        assertThat(draft.awardingBody().name()).isEqualTo("Example University");
        assertThat(draft.workloadHours()).as("12 hours shown, PT10H embedded").isEqualTo(12.0);
        assertThat(draft.cost()).as("$450 shown, 0 embedded").isEqualTo(new Cost(450.0, "AUD"));
        assertThat(draft.description()).as("stated only in the JSON-LD").containsEntry("en", "Green logistics for managers.");
    }

    @Test
    void volumeIsTheLowerBoundInHoursAndTheLevelIsDreyfusWithoutIsced() throws Exception {
        ColRecord draft = mapper.map(MicrocredRaw.of("example.html", "1042"));

        assertThat(draft.workloadHours()).as("20-25 hours").isEqualTo(20.0);
        assertThat(draft.nqfLevel()).isEqualTo(new NqfLevel("AU-NMF-Dreyfus", "Competent"));
        assertThat(draft.iscedLevel()).isNull();
        assertThat(draft.cost()).isEqualTo(new Cost(1250.0, "AUD"));
        assertThat(draft.stackability().towards()).containsExactly("Graduate Certificate in Cyber Security");
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(nullValues = "null", delimiter = '|', value = {
            "Credit towards award courses: Graduate Certificate in Cyber Security | Graduate Certificate in Cyber Security",
            "Credit towards vendor/industry certifications: Cloud Security Practitioner | Cloud Security Practitioner",
            "Credit towards industry certifications: AWS Cloud Practitioner; Azure Fundamentals. | AWS Cloud Practitioner;Azure Fundamentals",
            "Stackable towards Diploma of Indigenous Languages | Diploma of Indigenous Languages",
            "Pathways: entry into the Graduate Certificate in Nursing | null",
            "Other recognition: digital badge | null"})
    void stackabilityIsWhatTheCreditRecognitionStates(String text, String towards) {
        Stackability s = MicrocredMapper.stackability(text);
        if (towards == null) {
            assertThat(s).isNull();
        } else {
            assertThat(s.option()).isEqualTo("stackable");
            assertThat(s.towards()).containsExactly(towards.split(";"));
        }
    }

    @Test
    void freeIsZeroAndContactProviderIsNoCost() throws Exception {
        assertThat(mapper.map(MicrocredRaw.of("label-variants.html", "77")).cost()).isEqualTo(new Cost(0.0, "AUD"));
        assertThat(mapper.map(MicrocredRaw.of("missing-fields.html", "5")).cost()).isNull();
    }

    @Test
    void theIdIsSourceColonTheNumberEndingTheSlug() throws Exception {
        RawRecord raw = MicrocredRaw.of("example.html", "1042");
        assertThat(mapper.idOf(raw)).isEqualTo("microcred-seeker:1042");
    }

    @Test
    void aCourseWithoutAnyTitleIsRefusedWithTheReason() throws Exception {
        RawRecord raw = MicrocredRaw.of("garbage.html", "13");
        RawRecord untitled = new RawRecord(raw.source(), raw.connector(), raw.localId(), raw.url(), raw.fetchedAt(),
                raw.contentType(), raw.checksum(), java.util.Map.of("id", java.util.List.of("13")), null, java.util.List.of(),
                false, raw.position());

        assertThatThrownBy(() -> mapper.map(untitled))
                .isInstanceOf(MappingException.class)
                .satisfies(e -> assertThat(((MappingException) e).reasons()).containsExactly(
                        new MappingException.Reason("title", "no course title on " + raw.url())));
    }
}
