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
        assertThat(units("林业管理")).containsExactly("林业", "管理");
        assertThat(units("燒焊課程")).containsExactly("燒焊", "課程");             // a compound not listed is cut into listed terms
        assertThat(units("电脑维修班")).containsExactly("电脑维修", "班");          // text between terms stays as typed
        assertThat(units("数据分析")).containsExactly("数据分析");             // not 数据 + 分析
        assertThat(units("網絡安全證書")).containsExactly("網絡安全", "證書");     // Traditional, as typed
        QueryTranslation.Translated forest = translate("森林").translations().get(0);
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
        assertThat(targets(translate("Certificates").translations().get(0), "ms")).startsWith("sijil");
    }

    @Test
    void anInflectedWordNotInTheLexiconIsTranslatedAsItsRoot() {
        QueryTranslation.Translated peternak = translate("berternak").translations().get(0);   // to rear livestock
        assertThat(peternak.language()).isEqualTo("ms");
        assertThat(targets(peternak, "en")).contains("livestock");
        assertThat(targets(translate("woodworker").translations().get(0), "ms")).contains("pertukangan kayu");
        assertThat(translate("kurang").translations()).isEmpty();
        // words of a shared root but another meaning are listed, so their own concept wins
        assertThat(targets(translate("pembangunan").translations().get(0), "en")).contains("development").doesNotContain("building");
        assertThat(targets(translate("pengajian").translations().get(0), "en")).contains("studies").doesNotContain("payroll");
    }

    @Test
    void learnersEverydayWordsFindTheCatalogueSubject() {
        assertThat(targets(translate("kimpalan").translations().get(0), "en")).contains("welding");
        assertThat(targets(translate("燒焊").translations().get(0), "en")).contains("welding");
        assertThat(targets(translate("水喉").translations().get(0), "en")).contains("plumbing");
        assertThat(targets(translate("计算机维修").translations().get(0), "en")).contains("computer systems servicing");
        assertThat(targets(translate("pertukangan kayu").translations().get(0), "en")).contains("carpentry");
        assertThat(targets(translate("bush fire").translations().get(0), "ms")).contains("kebakaran hutan");
        assertThat(targets(translate("forests").translations().get(0), "zh-Hans")).contains("林业");
        assertThat(targets(translate("林业").translations().get(0), "en")).containsExactly("forestry", "forest", "forestry studies");
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
