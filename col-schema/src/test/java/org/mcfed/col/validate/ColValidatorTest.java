package org.mcfed.col.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.mcfed.col.TestRecords;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.Assessment;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Skill;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ColValidatorTest {

    private static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    private static JsonNode json(String text) throws Exception {
        return ColJson.mapper().readTree(text);
    }

    @Test
    void fullAndMinimalRecordsAreValid() {
        assertThat(ColValidator.validate(TestRecords.full())).isEmpty();
        assertThat(ColValidator.validate(TestRecords.minimal())).isEmpty();
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        ColRecord bad = TestRecords.full().toBuilder()
                .id("NZQA 4116")
                .issuerCountry("NZL")
                .languages(List.of("en", "eng", "eng"))
                .modeOfLearning(List.of("hybrid"))
                .assessment(new Assessment(List.of("exam"), " "))
                .skills(List.of(new Skill("", "O*NET", "not a url")))
                .iscedLevel("9")
                .status("retired")
                .build();
        List<Problem> problems = ColValidator.validate(bad);
        assertThat(fields(problems)).containsExactlyInAnyOrder(
                "id", "issuerCountry", "languages[0]", "languages", "modeOfLearning[0]", "assessment.types[0]",
                "assessment.description", "skills[0].label", "skills[0].taxonomy", "skills[0].uri", "iscedLevel", "status");
        assertThat(problems).allSatisfy(p -> assertThat(p.problem()).isNotBlank());
    }

    @Test
    void idTitleAndStatusMustNotBeNull() {
        ColRecord none = ColRecord.builder().build();
        assertThat(fields(ColValidator.validate(none))).containsExactlyInAnyOrder("id", "title", "status");
        ColRecord emptyTitle = TestRecords.minimal().toBuilder().title(Map.of()).build();
        assertThat(ColValidator.validate(emptyTitle)).containsExactly(new Problem("title", "needs at least one entry"));
    }

    @Test
    void rawJsonTypeErrorsBecomeProblemsAndTheRestIsBound() throws Exception {
        ObjectNode node = (ObjectNode) ColJson.mapper().valueToTree(TestRecords.full());
        node.put("workloadHours", "many");
        node.set("languages", json("\"eng\""));
        node.set("awardingBody", json("{\"id\": 7}"));
        node.put("unknownField", true);
        Validation v = ColValidator.validate(node);
        assertThat(fields(v.problems())).containsExactlyInAnyOrder("workloadHours", "languages", "awardingBody.name", "awardingBody.id");
        assertThat(v.valid()).isFalse();
        assertThat(v.rejected()).as("identifiable and titled: published with gaps").isFalse();
        assertThat(v.record().workloadHours()).isNull();
        assertThat(v.record().languages()).isNull();
        assertThat(v.record().title()).isEqualTo(TestRecords.full().title());
        assertThat(v.record().credit()).isEqualTo(TestRecords.full().credit());
    }

    @Test
    void missingMandatoryKeysAreReportedOnRawJson() throws Exception {
        Validation v = ColValidator.validate(json("{\"id\":\"nzqa:1-1\",\"title\":{\"en\":\"T\"},\"status\":\"active\"}"));
        assertThat(fields(v.problems())).hasSize(16).doesNotContain("id", "title", "status");
        assertThat(v.problems()).allSatisfy(p -> assertThat(p.problem()).startsWith("required"));
        assertThat(v.record()).isEqualTo(TestRecords.minimal().toBuilder().id("nzqa:1-1").title(Map.of("en", "T")).build());
        assertThat(v.rejected()).isFalse();
    }

    @Test
    void unidentifiableOrUntitledJsonIsRejected() throws Exception {
        assertThat(ColValidator.validate(json("[1,2]")).rejected()).isTrue();
        assertThat(ColValidator.validate(json("[1,2]")).record()).isNull();
        ObjectNode noTitle = (ObjectNode) ColJson.mapper().valueToTree(TestRecords.full());
        noTitle.set("title", json("{\"en\":\"  \"}"));
        assertThat(ColValidator.validate(noTitle).rejected()).isTrue();
        assertThat(ColValidator.validate(noTitle).rejectionReasons()).containsExactly(new Problem("title.en", "not non-blank text: '  '"));
        ObjectNode oneBlankTitle = (ObjectNode) ColJson.mapper().valueToTree(TestRecords.full());
        oneBlankTitle.set("title", json("{\"en\":\"Cyber Security\",\"zh-Hant\":\" \"}"));
        assertThat(ColValidator.validate(oneBlankTitle).valid()).isFalse();
        assertThat(ColValidator.validate(oneBlankTitle).rejected()).as("it still has a title").isFalse();
        ColRecord untitled = TestRecords.minimal().toBuilder().title(null).build();
        assertThat(new Validation(untitled, ColValidator.validate(untitled)).rejectionReasons())
                .containsExactly(new Problem("title", "must not be null"));
        ObjectNode badId = (ObjectNode) ColJson.mapper().valueToTree(TestRecords.full());
        badId.put("id", 42);
        Validation v = ColValidator.validate(badId);
        assertThat(v.rejected()).isTrue();
        assertThat(fields(v.problems())).containsExactly("id");
    }

    @Test
    void datesMustBeRealIsoDates() throws Exception {
        ObjectNode node = (ObjectNode) ColJson.mapper().valueToTree(TestRecords.full());
        ((ObjectNode) node.get("qualityAssurance")).put("validFrom", "01/09/2023");
        ((ObjectNode) node.get("qualityAssurance")).put("validUntil", "2023-02-30");
        node.put("updatedAt", "2025-03-01T10:00");
        Validation v = ColValidator.validate(node);
        assertThat(fields(v.problems())).containsExactlyInAnyOrder("qualityAssurance.validFrom", "qualityAssurance.validUntil", "updatedAt");
        assertThat(v.record().qualityAssurance()).isNull();
        assertThat(v.record().updatedAt()).isNull();
    }

    @Test
    void nonFiniteNumbersInARecordAreProblems() {
        ColRecord r = TestRecords.full().toBuilder().workloadHours(Double.NaN).durationWeeks(Double.POSITIVE_INFINITY).build();
        assertThat(fields(ColValidator.validate(r))).containsExactlyInAnyOrder("workloadHours", "durationWeeks");
    }

    @Test
    void qualityScoreCountsOnlyUsableValues() {
        ColRecord r = TestRecords.minimal().toBuilder()
                .description(Map.of("en", " ")).learningOutcomes(List.of()).workloadHours(20.0).build();
        assertThat(QualityScore.missing(r)).contains("description", "learningOutcomes").doesNotContain("workloadHours");
        assertThat(QualityScore.of(r, List.of()).completeness()).isEqualTo(4.0 / 19.0);
    }
}
