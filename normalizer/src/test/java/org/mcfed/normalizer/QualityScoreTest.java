package org.mcfed.normalizer;

import org.junit.jupiter.api.Test;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.NqfLevel;
import org.mcfed.col.record.Quality;
import org.mcfed.col.vocab.Vocabularies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QualityScoreTest {

    @Test
    void scoresPresentMandatoryFieldsAndListsTheMissingInOrder() {
        ColRecord r = ColRecord.builder()
                .id("nzqa:4116-2")
                .title(Map.of("en", "Introduction to Commercial Road Transport"))
                .description(Map.of("en", " "))
                .issuerCountry("NZ")
                .awardingBody(AwardingBody.named("MITO New Zealand Incorporated"))
                .nqfLevel(new NqfLevel("NZQCF", "3"))
                .learningOutcomes(List.of())
                .status("active")
                .quality(new Quality(null, null, List.of("workloadHours")))
                .build();
        Quality q = QualityScore.apply(r).quality();
        List<String> expectedMissing = new ArrayList<>(Vocabularies.MANDATORY_FIELDS);
        expectedMissing.removeAll(List.of("id", "title", "issuerCountry", "awardingBody", "nqfLevel", "status"));
        assertThat(q.missing()).containsExactlyElementsOf(expectedMissing);
        assertThat(q.missing()).contains("description", "learningOutcomes"); // blank text and empty list are not statements
        assertThat(q.completeness()).isEqualTo(Math.round(6 * 10000.0 / 19) / 10000.0);
        assertThat(q.derived()).containsExactly("workloadHours");
    }

    @Test
    void emptyRecordScoresZero() {
        Quality q = QualityScore.apply(ColRecord.builder().build()).quality();
        assertThat(q.completeness()).isZero();
        assertThat(q.missing()).containsExactlyElementsOf(Vocabularies.MANDATORY_FIELDS);
        assertThat(q.derived()).isEmpty();
    }
}
