package org.mcfed.col.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.mcfed.col.TestRecords;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.vocab.Vocabularies;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ColJsonRoundTripTest {

    @Test
    void fullRecordWithEveryFieldSetSurvivesTheRoundTrip() throws Exception {
        ColRecord full = TestRecords.full();
        for (RecordComponent c : ColRecord.class.getRecordComponents()) {
            assertThat(c.getAccessor().invoke(full)).as("test fixture sets %s", c.getName()).isNotNull();
        }
        assertThat(ColJson.read(ColJson.write(full))).isEqualTo(full);
        assertThat(ColJson.read(ColJson.writeBytes(full))).isEqualTo(full);
    }

    @Test
    void minimalRecordSurvivesTheRoundTripWithNullsWrittenExplicitly() {
        ColRecord minimal = TestRecords.minimal();
        String json = ColJson.write(minimal);
        assertThat(ColJson.read(json)).isEqualTo(minimal);
        JsonNode tree = ColJson.mapper().valueToTree(minimal);
        for (String field : Vocabularies.MANDATORY_FIELDS) {
            assertThat(tree.has(field)).as("mandatory key %s written even when null", field).isTrue();
        }
    }

    @Test
    void jsonFieldNamesAreTheContractOfColRecordMd() {
        JsonNode tree = ColJson.mapper().valueToTree(TestRecords.full());
        assertThat(tree.fieldNames()).toIterable().containsExactly(
                "id", "title", "description", "issuerCountry", "awardingBody", "workloadHours", "nqfLevel", "iscedLevel",
                "learningOutcomes", "learningOutcomesByLanguage", "skills", "prerequisites", "status", "languages", "modeOfLearning", "assessment",
                "supervision", "qualityAssurance", "gradeRequired", "stackability", "durationWeeks", "replaces", "replacedBy",
                "cost", "financialSupport", "verification", "credit", "fieldOfEducation", "aqrfLevel", "url", "provenance",
                "quality", "sameAs", "updatedAt");
        assertThat(tree.get("qualityAssurance").get("validFrom").asText()).isEqualTo("2023-09-01");
        assertThat(tree.get("updatedAt").asText()).isEqualTo("2026-11-23T05:00:01.250Z");
        assertThat(Arrays.stream(ColRecord.class.getRecordComponents()).map(RecordComponent::getName))
                .containsAll(Vocabularies.MANDATORY_FIELDS);
    }

    @Test
    void unknownFieldsFromANewerProducerAreTolerated() {
        String json = ColJson.write(TestRecords.minimal()).replaceFirst("\\{", "{\"futureField\":{\"x\":1},");
        assertThat(ColJson.read(json)).isEqualTo(TestRecords.minimal());
    }
}
