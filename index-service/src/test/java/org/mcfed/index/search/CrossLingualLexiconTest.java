package org.mcfed.index.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading lexicon rows and the keys terms are found by. */
class CrossLingualLexiconTest {

    private static final List<String> FOLD = List.of("數\t数", "據\t据", "業\t业");
    private static final CrossLingualLexicon LEXICON = new CrossLingualLexicon(List.of(
            "data analysis | data analytics\tanalisis data\t数据分析\t數據分析\tcurated: test",
            "forestry\tperhutanan\t林业|林学\t林業|林學\tzh: CC-CEDICT",
            "course\tkursus\t\t\tcurated: no Chinese"), FOLD);

    @Test
    void alternativesAreFoundByEveryTermInAnyCaseNumberOrWidth() {
        CrossLingualLexicon.Concept data = LEXICON.english(CrossLingualLexicon.latinKey("data analytics")).get(0);
        assertThat(data.en()).containsExactly("data analysis", "data analytics");
        assertThat(LEXICON.english(CrossLingualLexicon.latinKey("Data  Analysis"))).containsExactly(data);
        assertThat(LEXICON.english(CrossLingualLexicon.latinKey("ＤＡＴＡ ANALYSIS"))).containsExactly(data);   // full-width
        assertThat(LEXICON.english(CrossLingualLexicon.latinKey("courses"))).hasSize(1);
        assertThat(LEXICON.malay(CrossLingualLexicon.latinKey("Analisis Data"))).containsExactly(data);
        assertThat(LEXICON.malay(CrossLingualLexicon.latinKey("data analysis"))).isEmpty();
        assertThat(LEXICON.english(CrossLingualLexicon.latinKey("kursus"))).isEmpty();
    }

    @Test
    void chineseTermsAreFoundInEitherScript() {
        assertThat(LEXICON.fold("數據分析")).isEqualTo("数据分析");
        assertThat(LEXICON.fold("林業 forestry")).isEqualTo("林业 forestry");
        assertThat(LEXICON.chinese(LEXICON.fold("林學"))).hasSize(1);
        assertThat(LEXICON.chinese("森林")).isEmpty();
        assertThat(LEXICON.longestHan()).isEqualTo(4);
        assertThat(LEXICON.longestLatin()).isEqualTo(2);
    }

    @Test
    void anInflectedWordNotListedFindsTheConceptOfItsRoot() {
        CrossLingualLexicon lexicon = new CrossLingualLexicon(List.of(
                "livestock\tternakan\t畜牧\t畜牧\tcurated: test",
                "management\tpengurusan\t管理\t管理\tcurated: test",
                "forestry\tperhutanan\t林业\t林業\tcurated: test",
                "baking\tbakeri\t烘焙\t烘焙\tcurated: test",
                "planning\tperancangan\t规划\t規劃\tcurated: test"), FOLD);
        CrossLingualLexicon.Concept livestock = lexicon.malay("ternakan").get(0);
        assertThat(lexicon.malay("penternakan")).isEmpty();
        assertThat(lexicon.malayInflected("penternakan")).containsExactly(livestock);
        assertThat(lexicon.malayInflected("ternak")).containsExactly(livestock);
        assertThat(lexicon.malayInflected("urus")).containsExactly(lexicon.malay("pengurusan").get(0));
        assertThat(lexicon.malayInflected("hutan")).containsExactly(lexicon.malay("perhutanan").get(0));
        assertThat(lexicon.malayInflected("rancang")).containsExactly(lexicon.malay("perancangan").get(0));
        assertThat(lexicon.englishInflected("baker")).containsExactly(lexicon.english("baking").get(0));
        assertThat(lexicon.englishInflected("bake")).containsExactly(lexicon.english("baking").get(0));
        assertThat(lexicon.englishInflected("planner")).containsExactly(lexicon.english("planning").get(0));
        assertThat(lexicon.malayInflected("kurang")).isEmpty();            // no root shared with a listed word
        assertThat(lexicon.englishInflected("bank")).isEmpty();
        assertThat(lexicon.malayInflected("pengurusan hutan")).isEmpty();  // phrases are matched as listed only
    }

    @Test
    void malayRootsTakeOffPrefixAndSuffixAndRestoreANasalsConsonant() {
        assertThat(CrossLingualLexicon.malayRoots("penternakan")).contains("ternak");
        assertThat(CrossLingualLexicon.malayRoots("pengurusan")).contains("urus");
        assertThat(CrossLingualLexicon.malayRoots("penyelenggaraan")).contains("selenggara");
        assertThat(CrossLingualLexicon.malayRoots("pemasaran")).contains("pasar");
        assertThat(CrossLingualLexicon.malayRoots("pendidikan")).contains("didik");
        assertThat(CrossLingualLexicon.malayRoots("kimpal")).containsExactly("kimpal");  // too short to lose a prefix
        assertThat(CrossLingualLexicon.englishStem("welding")).isEqualTo(CrossLingualLexicon.englishStem("welder"));
        assertThat(CrossLingualLexicon.englishStem("planning")).isEqualTo("plan");
        assertThat(CrossLingualLexicon.englishStem("career")).isNotEqualTo(CrossLingualLexicon.englishStem("care"));
    }

    @Test
    void aMalformedRowIsRefusedNamingIt() {
        assertThatThrownBy(() -> new CrossLingualLexicon(List.of("forestry\tperhutanan"), FOLD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forestry\tperhutanan");
        assertThatThrownBy(() -> new CrossLingualLexicon(List.of("forestry\tperhutanan\t林业|林学\t林業\tx"), FOLD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("as many zh-Hant");
    }

    @Test
    void theBundledLexiconLoads() {
        CrossLingualLexicon bundled = CrossLingualLexicon.bundled();
        assertThat(bundled.english("forestry")).isNotEmpty();
        assertThat(bundled.chinese(bundled.fold("網絡安全"))).isNotEmpty();
    }
}
