package org.mcfed.connector.mapping;

import org.junit.jupiter.api.Test;
import org.mcfed.col.record.Assessment;
import org.mcfed.col.record.Stackability;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatedValuesTest {

    @Test
    void numbersAreReadOnlyWhenUnambiguous() {
        assertThat(StatedNumber.parse("15")).isEqualTo(15.0);
        assertThat(StatedNumber.parse(" 1.5 ")).isEqualTo(1.5);
        assertThat(StatedNumber.parse("120 hours")).isEqualTo(120.0);
        assertThat(StatedNumber.parse("N/A")).isNull();
        assertThat(StatedNumber.parse("Fifteen")).isNull();
        assertThat(StatedNumber.parse("1,5")).isNull();
        assertThat(StatedNumber.parse("-3")).isNull();
        assertThat(StatedNumber.parse(null)).isNull();
    }

    @Test
    void levelsAcceptTheWrittenFormsOfANumber() {
        assertThat(StatedLevel.number("4")).isEqualTo("4");
        assertThat(StatedLevel.number("Level 4")).isEqualTo("4");
        assertThat(StatedLevel.number("Tahap 06")).isEqualTo("6");
        assertThat(StatedLevel.number("L7")).isEqualTo("7");
        assertThat(StatedLevel.number("第4級")).isEqualTo("4");
        assertThat(StatedLevel.number("four")).isNull();
        assertThat(StatedLevel.number("4-5")).isNull();
        assertThat(StatedLevel.number(null)).isNull();
    }

    @Test
    void datesFollowTheDocumentedFormatStrictlyOrIso() {
        var nzqa = StatedDate.format("d MMMM uuuu");
        var mqa = StatedDate.format("dd/MM/uuuu");
        assertThat(StatedDate.parse("20 January 2020", nzqa)).isEqualTo(LocalDate.of(2020, 1, 20));
        assertThat(StatedDate.parse("2020-01-20", nzqa)).isEqualTo(LocalDate.of(2020, 1, 20));
        assertThat(StatedDate.parse("15/06/2023", mqa)).isEqualTo(LocalDate.of(2023, 6, 15));
        assertThat(StatedDate.parse("06/15/2023", mqa)).isNull();
        assertThat(StatedDate.parse("31/02/2024", mqa)).isNull();
        assertThat(StatedDate.parse("January 20th, 2020", nzqa)).isNull();
        assertThat(StatedDate.parse("", nzqa)).isNull();
    }

    @Test
    void stackabilityOnlyFromWhatThePageStates() {
        assertThat(StackabilityStatement.parse("Stackable towards Bachelor of Computer Science (Hons) (N/481/6/0123)"))
                .isEqualTo(new Stackability("stackable", List.of("Bachelor of Computer Science (Hons) (N/481/6/0123)")));
        assertThat(StackabilityStatement.parse("Credit towards award courses: Diploma of Nursing; Bachelor of Nursing."))
                .isEqualTo(new Stackability("stackable", List.of("Diploma of Nursing", "Bachelor of Nursing")));
        assertThat(StackabilityStatement.parse("Credits may be recognised towards the New Zealand Certificate in Forestry (Level 4)."))
                .isEqualTo(new Stackability("stackable", List.of("New Zealand Certificate in Forestry (Level 4)")));
        assertThat(StackabilityStatement.parse("Boleh disusun ke arah Bachelor of Data Science (Hons) (N/061/6/0042)"))
                .isEqualTo(new Stackability("stackable", List.of("Bachelor of Data Science (Hons) (N/061/6/0042)")));
        assertThat(StackabilityStatement.parse("A stand-alone micro-credential")).isEqualTo(new Stackability("stand-alone", List.of()));
        assertThat(StackabilityStatement.parse("Offered twice a year")).isNull();
        assertThat(StackabilityStatement.parse(null)).isNull();
    }

    @Test
    void assessmentTypesComeFromTheTermsTableAndTheTextIsKept() {
        assertThat(AssessmentTypes.of("Workplace observation and a written assessment."))
                .isEqualTo(new Assessment(List.of("theory-test", "skill-application"), "Workplace observation and a written assessment."));
        assertThat(AssessmentTypes.of("Projek dan kuiz")).isEqualTo(new Assessment(List.of("theory-test", "project"), "Projek dan kuiz"));
        assertThat(AssessmentTypes.of("Online quizzes and a final project.").types()).containsExactly("theory-test", "project");
        assertThat(AssessmentTypes.of("Recognition of prior experiential learning (APEL)").types()).containsExactly("rpl");
        assertThat(AssessmentTypes.of("The latest contest")).isEqualTo(new Assessment(List.of(), "The latest contest"));
        assertThat(AssessmentTypes.of(" ")).isNull();
    }

    @Test
    void languagePhrasesSplitIntoNames() {
        assertThat(StatedLanguages.names("English and Bahasa Melayu")).containsExactly("English", "Bahasa Melayu");
        assertThat(StatedLanguages.names("English, Te reo Māori")).containsExactly("English", "Te reo Māori");
        assertThat(StatedLanguages.names("英文及中文")).containsExactly("英文", "中文");
        assertThat(StatedLanguages.names(null)).isEmpty();
    }

    @Test
    void sourceVocabulariesMapStatedValuesAndRefuseRowsWithoutASource() {
        SourceVocabulary v = SourceVocabulary.load(StatedValuesTest.class, "test-vocabulary.csv");
        assertThat(v.map("status", "  EXPIRING: ")).isEqualTo("active");
        assertThat(v.map("status", "Withdrawn")).isNull();
        assertThat(v.mapAll("mode", List.of("Online", "Blended", "online"))).containsExactly("online", "blended");
        assertThat(v.mapAll("mode", List.of("By carrier pigeon"))).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SourceVocabulary.load(StatedValuesTest.class, "unsourced-vocabulary.csv"))
                .hasMessageContaining("unsourced-vocabulary.csv line 3: empty 'source'");
    }
}
