package org.mcfed.col.enrich;

import org.junit.jupiter.api.Test;
import org.mcfed.col.TestRecords;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Credit;
import org.mcfed.col.record.FieldOfEducation;
import org.mcfed.col.record.FieldOfEducation.SourceCode;
import org.mcfed.col.record.NqfLevel;
import org.mcfed.col.record.Quality;
import org.mcfed.col.validate.ColValidator;
import org.mcfed.col.vocab.Vocabularies;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColEnrichmentTest {

    private static ColRecord.Builder draft(String id) {
        return TestRecords.minimal().toBuilder().id(id);
    }

    @Test
    void nzqcfLevel8MapsToIsced6AndCreditsToHours() {
        ColRecord out = ColEnrichment.enrich(draft("nzqa:4200-1")
                .nqfLevel(new NqfLevel("NZQCF", "8")).credit(new Credit(15.0, "NZQCF", null)).build());
        assertThat(out.iscedLevel()).isEqualTo("6");
        assertThat(out.aqrfLevel()).isNull();
        assertThat(out.workloadHours()).isEqualTo(150.0);
        assertThat(out.credit()).isEqualTo(new Credit(15.0, "NZQCF", 10.0));
        assertThat(out.quality().derived()).containsExactly("workloadHours", "credit.hoursPerCredit", "iscedLevel");
    }

    @Test
    void mqfThreeCreditsAre120HoursAndLevel6IsAqrf6() {
        ColRecord out = ColEnrichment.enrich(draft("mqa:MQA/SWA 0123")
                .nqfLevel(new NqfLevel("MQF", "6")).credit(new Credit(3.0, "MQF", null))
                .fieldOfEducation(new FieldOfEducation(null, new SourceCode("NEC", "0613", "Software and applications development and analysis")))
                .build());
        assertThat(out.workloadHours()).isEqualTo(120.0);
        assertThat(out.credit().hoursPerCredit()).isEqualTo(40.0);
        assertThat(out.iscedLevel()).isEqualTo("6");
        assertThat(out.aqrfLevel()).isEqualTo("6");
        assertThat(out.fieldOfEducation().iscedF()).isEqualTo("0613");
        assertThat(out.quality().derived())
                .containsExactly("workloadHours", "credit.hoursPerCredit", "iscedLevel", "aqrfLevel", "fieldOfEducation.iscedF");
    }

    @Test
    void hkqfLevel4IsIsced5AndHasNoAqrfLevel() {
        ColRecord out = ColEnrichment.enrich(draft("hkqr:22/000567/L4")
                .nqfLevel(new NqfLevel("HKQF", "4")).credit(new Credit(12.0, "HKQF", null)).build());
        assertThat(out.iscedLevel()).isEqualTo("5");
        assertThat(out.aqrfLevel()).isNull();
        assertThat(out.workloadHours()).isEqualTo(120.0);
        assertThat(out.quality().derived()).doesNotContain("aqrfLevel");
    }

    @Test
    void statedValuesAreNeverOverwrittenNorListedAsDerived() {
        ColRecord stated = draft("mqa:MQA/FA 9681")
                .workloadHours(130.0).iscedLevel("5").aqrfLevel("4")
                .nqfLevel(new NqfLevel("MQF", "6")).credit(new Credit(3.0, "MQF", null))
                .fieldOfEducation(new FieldOfEducation("0611", new SourceCode("NEC", "0613", null)))
                .build();
        ColRecord out = ColEnrichment.enrich(stated);
        assertThat(out.workloadHours()).isEqualTo(130.0);
        assertThat(out.iscedLevel()).isEqualTo("5");
        assertThat(out.aqrfLevel()).isEqualTo("4");
        assertThat(out.fieldOfEducation().iscedF()).isEqualTo("0611");
        assertThat(out.credit().hoursPerCredit()).isEqualTo(40.0);
        assertThat(out.quality().derived()).containsExactly("credit.hoursPerCredit");
    }

    @Test
    void aStatedHoursPerCreditIsUsedForTheWorkload() {
        ColRecord out = ColEnrichment.enrich(draft("col-feed:pqr:000123").credit(new Credit(2.0, "XQF", 25.0)).build());
        assertThat(out.workloadHours()).isEqualTo(50.0);
        assertThat(out.quality().derived()).containsExactly("workloadHours");
    }

    @Test
    void nothingIsInventedWithoutATableRow() {
        ColRecord out = ColEnrichment.enrich(draft("microcred-seeker:1042")
                .nqfLevel(new NqfLevel("AU-NMF-Dreyfus", "Competent")).credit(new Credit(5.0, "ECTS", null))
                .fieldOfEducation(new FieldOfEducation(null, new SourceCode("ASCED", null, "Underwater Studies")))
                .build());
        assertThat(out.iscedLevel()).isNull();
        assertThat(out.aqrfLevel()).isNull();
        assertThat(out.workloadHours()).isNull();
        assertThat(out.credit().hoursPerCredit()).isNull();
        assertThat(out.fieldOfEducation().iscedF()).isNull();
        assertThat(out.quality().derived()).isEmpty();
        assertThat(out.quality().missing()).contains("workloadHours", "iscedLevel");
    }

    @Test
    void qualityScoresTheMandatoryElementsOfTheEnrichedRecord() {
        ColRecord out = ColEnrichment.enrich(TestRecords.minimal());
        Quality q = out.quality();
        assertThat(q.missing()).containsExactlyElementsOf(Vocabularies.MANDATORY_FIELDS.stream()
                .filter(f -> !List.of("id", "title", "status").contains(f)).toList());
        assertThat(q.completeness()).isEqualTo(3.0 / 19.0);
        assertThat(ColEnrichment.enrich(TestRecords.full()).quality().completeness()).isEqualTo(1.0);
        assertThat(ColEnrichment.enrich(TestRecords.full()).quality().missing()).isEmpty();
    }

    @Test
    void enrichmentIsIdempotentAndKeepsEarlierDerivations() {
        List<ColRecord> drafts = List.of(TestRecords.minimal(), TestRecords.full(),
                draft("nzqa:4116-2").nqfLevel(new NqfLevel("NZQF", "3")).credit(new Credit(10.0, "NZQCF", null))
                        .fieldOfEducation(new FieldOfEducation(null, new SourceCode("NZSCED", "039901", "Transport Operations"))).build());
        for (ColRecord d : drafts) {
            ColRecord once = ColEnrichment.enrich(d);
            ColRecord twice = ColEnrichment.enrich(once);
            assertThat(twice).isEqualTo(once);
            assertThat(ColValidator.validate(once)).as("enriched %s", d.id()).isEmpty();
        }
        ColRecord nz = ColEnrichment.enrich(drafts.get(2));
        assertThat(nz.quality().derived()).containsExactly("workloadHours", "credit.hoursPerCredit", "iscedLevel", "fieldOfEducation.iscedF");
        assertThat(nz.fieldOfEducation().iscedF()).isEqualTo("07");
    }

    @Test
    void upstreamDerivedNamesAreKeptAndStaleOnesDropped() {
        ColRecord feed = draft("col-feed:pqr:000123")
                .quality(new Quality(0.1, List.of(), List.of("skills", "iscedLevel"))).build();
        assertThat(ColEnrichment.enrich(feed).quality().derived()).containsExactly("skills");
    }

    @Test
    void aNullDraftIsAClearError() {
        assertThatThrownBy(() -> ColEnrichment.enrich(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
