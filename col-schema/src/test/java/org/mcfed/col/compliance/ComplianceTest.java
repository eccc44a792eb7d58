package org.mcfed.col.compliance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.mcfed.col.TestRecords;
import org.mcfed.col.enrich.ColEnrichment;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.ComplianceFlag;
import org.mcfed.col.record.Credit;
import org.mcfed.col.record.NqfLevel;
import org.mcfed.col.record.Quality;
import org.mcfed.col.validate.ColValidator;
import org.mcfed.col.vocab.Vocabularies;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The compliance flags of docs/compliance.md from the shipped rule files: per flag a record that
 * meets it and one that does not, with the exact missing list; and broken rule files failing at load.
 */
class ComplianceTest {

    private static final ComplianceFlag MET = new ComplianceFlag(true, List.of());

    @Test
    void theShippedFlagsAreTheThreeOfDocsComplianceAndTheColSetIsTheMandatoryList() {
        assertThat(Compliance.standard().flagIds()).containsExactly("col-mandatory", "eu-annex-i", "mqa-required");
        assertThat(Compliance.standard().elements(Compliance.COL_MANDATORY)).isEqualTo(Vocabularies.MANDATORY_FIELDS)
                .hasSize(19).startsWith("id", "title", "description").endsWith("stackability");
    }

    @Test
    void colMandatoryIsMetByAFullRecordAndListsEveryAbsentElementSorted() {
        assertThat(Compliance.evaluate(TestRecords.full())).containsEntry("col-mandatory", MET);
        assertThat(Compliance.evaluate(TestRecords.minimal()).get("col-mandatory")).isEqualTo(new ComplianceFlag(false, List.of(
                "assessment", "awardingBody", "description", "gradeRequired", "iscedLevel", "issuerCountry", "languages",
                "learningOutcomes", "modeOfLearning", "nqfLevel", "prerequisites", "qualityAssurance", "skills",
                "stackability", "supervision", "workloadHours")));
    }

    @Test
    void colMandatoryCountsPresenceAsQualityMissingDoes() {
        ColRecord r = TestRecords.full().toBuilder().prerequisites("  ").skills(List.of())
                .awardingBody(new AwardingBody(null, "op-1", null)).build();
        Quality q = Compliance.flagged(ColEnrichment.enrich(r)).quality();
        assertThat(q.compliance().get("col-mandatory").missing()).containsExactly("awardingBody", "prerequisites", "skills")
                .containsExactlyInAnyOrderElementsOf(q.missing());
    }

    @Test
    void euAnnexIIsMetWithItsNineCourseElementsEvenWhenOtherColElementsAreAbsent() {
        ColRecord r = TestRecords.full().toBuilder().skills(null).gradeRequired(null).supervision(null).build();
        Map<String, ComplianceFlag> flags = Compliance.evaluate(r);
        assertThat(flags.get("eu-annex-i")).isEqualTo(MET);
        assertThat(flags.get("col-mandatory").missing()).containsExactly("gradeRequired", "skills", "supervision");
    }

    @Test
    void euAnnexINotMetNamesTheAbsentCourseElements() {
        ColRecord r = TestRecords.full().toBuilder().assessment(null).qualityAssurance(null).modeOfLearning(List.of())
                .workloadHours(null).build();
        assertThat(Compliance.evaluate(r).get("eu-annex-i")).isEqualTo(
                new ComplianceFlag(false, List.of("assessment", "modeOfLearning", "qualityAssurance", "workloadHours")));
    }

    @Test
    void mqaRequiredAppliesOnlyToMqfRecords() {
        assertThat(Compliance.evaluate(TestRecords.full())).containsOnlyKeys("col-mandatory", "eu-annex-i");
        assertThat(Compliance.evaluate(TestRecords.minimal())).containsOnlyKeys("col-mandatory", "eu-annex-i");
    }

    @Test
    void mqaRequiredIsMetByAnMqfRecordWithTheGuidelinesInformation() {
        assertThat(Compliance.evaluate(mqf()).get("mqa-required")).isEqualTo(MET);
    }

    @Test
    void mqaRequiredNotMetListsPathsAndElements() {
        ColRecord r = mqf().toBuilder().credit(new Credit(null, "MQF", 40.0)).learningOutcomes(List.of()).description(null).build();
        assertThat(Compliance.evaluate(r).get("mqa-required")).isEqualTo(
                new ComplianceFlag(false, List.of("credit.value", "description", "learningOutcomes")));
    }

    @Test
    void mqaRequiredAppliesThroughTheCreditSystemWhenNoLevelIsStated() {
        ColRecord r = mqf().toBuilder().nqfLevel(null).credit(null).build();
        assertThat(Compliance.evaluate(r)).doesNotContainKey("mqa-required");
        ColRecord credits = r.toBuilder().credit(new Credit(3.0, "MQF", 40.0)).build();
        assertThat(Compliance.evaluate(credits).get("mqa-required")).isEqualTo(MET);
    }

    @Test
    void flagsAreSortedByIdAndUnmodifiable() {
        Map<String, ComplianceFlag> flags = Compliance.evaluate(mqf());
        assertThat(flags.keySet()).containsExactly("col-mandatory", "eu-annex-i", "mqa-required");
        assertThatThrownBy(() -> flags.put("x", MET)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void flaggedFillsTheFlagsIntoQualityAndKeepsTheRestOfIt() {
        ColRecord enriched = ColEnrichment.enrich(mqf());
        assertThat(enriched.quality().compliance()).isNull();
        ColRecord flagged = Compliance.flagged(enriched);
        assertThat(flagged.quality().compliance()).isEqualTo(Compliance.evaluate(mqf()));
        assertThat(flagged.quality()).usingRecursiveComparison().ignoringFields("compliance").isEqualTo(enriched.quality());
        assertThat(flagged.toBuilder().quality(enriched.quality()).build()).isEqualTo(enriched);
        assertThat(Compliance.flagged(TestRecords.minimal()).quality().missing()).contains("description", "stackability");
    }

    @Test
    void flagsRoundTripThroughColJsonAndOlderRecordsReadWithoutThem() {
        ColRecord enriched = Compliance.flagged(ColEnrichment.enrich(mqf()));
        String json = ColJson.write(enriched);
        assertThat(json).contains("\"compliance\":{\"col-mandatory\":{\"met\":true,\"missing\":[]},\"eu-annex-i\":");
        assertThat(ColJson.read(json)).isEqualTo(enriched);
        ObjectNode older = ColJson.mapper().valueToTree(enriched);
        ((ObjectNode) older.get("quality")).remove("compliance");
        assertThat(ColJson.read(older.toString()).quality().compliance()).isNull();
        assertThat(ColValidator.validate(older).problems()).isEmpty();
    }

    @Test
    void brokenDataFilesFailAtLoadNamingFileAndLine() {
        assertLoadFails("flags-duplicate-id.csv", "compliance-faults/flags-duplicate-id.csv line 3: duplicate flag id 'fine'");
        assertLoadFails("flags-bad-id.csv", "compliance-faults/flags-bad-id.csv line 2: flag id 'EU Annex' is not lower-case words");
        assertLoadFails("flags-unknown-element.csv", "compliance-faults/unknown-element.csv line 3: 'gradeRequirement' is not a COL record element");
        assertLoadFails("flags-duplicate-element.csv", "compliance-faults/duplicate-element.csv line 3: duplicate element 'title'");
        assertLoadFails("flags-row-without-source.csv", "compliance-faults/no-source.csv line 2: empty 'source'");
        assertLoadFails("flags-missing-rules-file.csv", "not on the class path: compliance-faults/absent.csv");
        assertLoadFails("flags-condition-without-value.csv", "compliance-faults/flags-condition-without-value.csv line 2: applies_when 'nqfLevel.framework' is not 'path=value'");
        assertLoadFails("flags-without-applies-when.csv", "compliance-faults/flags-without-applies-when.csv: header lacks the 'applies_when' column");
    }

    private static void assertLoadFails(String flagsFile, String message) {
        assertThatThrownBy(() -> Compliance.load("compliance-faults/" + flagsFile))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(message);
    }

    /** An MQR-like record: MQF level and credits, every element the MQA guideline asks for. */
    private static ColRecord mqf() {
        return TestRecords.full().toBuilder().id("mqa:MQA/SWA 0123").issuerCountry("MY")
                .nqfLevel(new NqfLevel(" MQF ", "4")).credit(new Credit(3.0, "MQF", 40.0)).build();
    }
}
