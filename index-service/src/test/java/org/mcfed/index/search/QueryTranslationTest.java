package org.mcfed.index.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Segmentation and lookup of query terms in the lexicon shipped with the service. */
class QueryTranslationTest {

    private static final CrossLingualLexicon LEXICON = CrossLingualLexicon.bundled();

    private static QueryTranslation translate(String q) {
        return QueryTranslation.of(UserQuery.parse(q), LEXICON);
    }

    /** Each unit's words, joined. */
    private static List<String> units(String q) {
        return translate(q).units().stream()
                .map(u -> String.join(" ", u.words().stream().map(UserQuery.Word::text).toList())).toList();
    }

    private static List<String> targets(QueryTranslation.Translated t, String language) {
        return t.to().stream().filter(x -> x.language().equals(language)).map(QueryTranslation.Target::text).toList();
    }

    @Test
    void hanTextIsCutAtTheLongestTermOfTheLexicon() {
        assertThat(units("森林管理")).containsExactly("森林", "管理");
        assertThat(units("数据分析")).containsExactly("数据分析");             // not 数据 + 分析
        assertThat(units("網絡安全證書")).containsExactly("網絡安全", "證書");     // Traditional, as typed
        QueryTranslation.Translated forest = translate("森林管理").translations().get(0);
        assertThat(forest.from()).isEqualTo("森林");
        assertThat(forest.language()).isEqualTo("zh");
        assertThat(targets(forest, "en")).contains("forest");
        assertThat(targets(forest, "ms")).contains("hutan");
    }

    @Test
    void traditionalAndSimplifiedFindTheSameConcept() {
        QueryTranslation.Translated hant = translate("數據分析").translations().get(0);
        QueryTranslation.Translated hans = translate("数据分析").translations().get(0);
        assertThat(hant.from()).isEqualTo("數據分析");
        assertThat(hans.from()).isEqualTo("数据分析");
        assertThat(hant.to()).isEqualTo(hans.to());
        assertThat(targets(hant, "en")).contains("data analysis", "data analytics");
        assertThat(LEXICON.fold("機器學習")).isEqualTo("机器学习");
    }

    @Test
    void latinWordsMatchMultiWordTermsFirst() {
        assertThat(units("pembelajaran mesin")).containsExactly("pembelajaran mesin");
        QueryTranslation.Translated ml = translate("pembelajaran mesin").translations().get(0);
        assertThat(ml.language()).isEqualTo("ms");
        assertThat(targets(ml, "en")).containsExactly("machine learning");
        assertThat(targets(ml, "zh-Hans")).containsExactly("机器学习");
        assertThat(targets(ml, "zh-Hant")).containsExactly("機器學習");
        assertThat(units("intro to machine learning")).containsExactly("intro", "to", "machine learning");
        assertThat(units("Cyber Security courses")).containsExactly("Cyber Security", "courses");
    }

    @Test
    void aLatinUnitIsLookedUpAsEnglishAndAsMalay() {
        QueryTranslation.Translated management = translate("management").translations().get(0);
        assertThat(management.language()).isEqualTo("en");
        assertThat(targets(management, "ms")).containsExactly("pengurusan");
        assertThat(targets(management, "zh-Hant")).containsExactly("管理");      // written alike in both scripts: listed once
        assertThat(targets(management, "en")).isEmpty();

        QueryTranslation.Translated pengurusan = translate("pengurusan").translations().get(0);
        assertThat(pengurusan.language()).isEqualTo("ms");
        assertThat(targets(pengurusan, "en")).contains("management");

        // the same spelling in both languages: translated into Chinese, never into itself
        QueryTranslation.Translated hotel = translate("Hotel").translations().get(0);
        assertThat(hotel.to()).extracting(QueryTranslation.Target::text).doesNotContain("hotel", "Hotel").contains("酒店");
        // plural and case do not matter
        assertThat(targets(translate("Certificates").translations().get(0), "ms")).containsExactly("sijil");
    }

    @Test
    void malayWordsAreMalayNotIndonesian() {
        assertThat(targets(translate("management").translations().get(0), "ms")).doesNotContain("manajemen", "direksi");
        assertThat(targets(translate("software").translations().get(0), "ms")).containsExactly("perisian");
        assertThat(targets(translate("services").translations().get(0), "ms")).containsExactly("perkhidmatan");
    }

    @Test
    void unknownWordsPassThroughUntouchedAndMixedScriptsWorkPerUnit() {
        QueryTranslation t = translate("quantum 林业 xyzzy*");
        assertThat(t.units()).extracting(u -> u.words().get(0).text()).containsExactly("quantum", "林业", "xyzzy");
        assertThat(t.units().get(0).translation()).isNull();
        assertThat(t.units().get(2).translation()).isNull();
        assertThat(t.units().get(2).words().get(0).prefix()).isTrue();
        assertThat(t.translations()).extracting(QueryTranslation.Translated::from).containsExactly("林业");
        assertThat(targets(t.translations().get(0), "en")).contains("forestry");

        assertThat(units("AI人工智能")).containsExactly("AI", "人工智能");
        assertThat(units("壹貳人工智能參")).containsExactly("壹貳", "人工智能", "參");   // unknown Han text kept as typed
        assertThat(translate("xyzzy").translations()).isEmpty();
        assertThat(units("pengurusan 项目")).containsExactly("pengurusan", "项目");
    }

    @Test
    void offKeepsEveryWordItsOwnUnitUntranslated() {
        QueryTranslation off = QueryTranslation.off(UserQuery.parse("pembelajaran mesin 森林管理"));
        assertThat(off.units()).hasSize(3);
        assertThat(off.translations()).isEmpty();
    }
}
