package org.mcfed.index.store;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.SampleRecords;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which analyses a record's texts are indexed under: by the language the record states for each
 * text, and Chinese text stated in both scripts analysed once as {@code cjk} bigrams.
 */
class RecordDocumentTest {

    @Test
    void englishTextIsNotStemmedAsMalayNorMalayTextAsEnglish() {
        Document doc = document(SampleRecords.mqaDigitalBusiness()); // title {ms, en}, description {ms}
        assertThat(values(doc, "title.icu")).containsExactly("Sijil Pengurusan Perniagaan Digital", "Certificate in Digital Business Management");
        assertThat(values(doc, "title.ms")).containsExactly("Sijil Pengurusan Perniagaan Digital");
        assertThat(values(doc, "title.en")).containsExactly("Certificate in Digital Business Management");
        assertThat(values(doc, "text.en")).isEmpty();
        assertThat(values(doc, "text.ms")).hasSize(1);
    }

    @Test
    void textWithoutAStatedLanguageOrInAnotherOneGetsEveryLatinAnalysis() {
        ColRecord r = SampleRecords.nzqaFarming().toBuilder()
                .title(map("mi", "Tohu mātauranga mō te ahuwhenua"))
                .awardingBody(AwardingBody.named("Universiti Teknologi MARA"))
                .build();
        Document doc = document(r);
        for (String analysis : RecordAnalyzers.LATIN_ANALYSES) {
            assertThat(values(doc, "title." + analysis)).as(analysis).containsExactly("Tohu mātauranga mō te ahuwhenua");
            assertThat(values(doc, "provider." + analysis)).as(analysis).containsExactly("Universiti Teknologi MARA");
        }
        assertThat(values(doc, "title.cjk")).isEmpty();
    }

    @Test
    void learningOutcomesWithoutLanguagesAreInTheTitlesFirstLanguage() {
        ColRecord r = SampleRecords.hkqrDataAnalytics(); // title {en, zh-Hant}, outcomes in English, no learningOutcomesByLanguage
        assertThat(r.learningOutcomesByLanguage()).isNullOrEmpty();
        Document doc = document(r);
        assertThat(values(doc, "text.en")).contains("Prepare business data for analysis", "Build dashboards for managers");
        assertThat(values(doc, "text.ms")).doesNotContain("Prepare business data for analysis");
        // skills have no language: every Latin analysis
        assertThat(values(doc, "text.ms")).contains("data visualisation", "spreadsheets");
    }

    @Test
    void chineseTextInBothScriptsGivesOneCjkAnalysisAndTwoIcuOnes() {
        Map<String, List<String>> outcomes = new LinkedHashMap<>();
        outcomes.put("zh-Hant", List.of("識別企業網絡的常見威脅"));
        outcomes.put("zh-Hans", List.of("识别企业网络的常见威胁"));
        ColRecord r = SampleRecords.hkqrDataAnalytics().toBuilder()
                .title(map("en", "Professional Certificate in Cyber Security", "zh-Hant", "網絡安全專業證書", "zh-Hans", "网络安全专业证书"))
                .description(map("zh-Hant", "學員學習網絡安全。"))
                .learningOutcomesByLanguage(outcomes)
                .build();
        Document doc = document(r);
        assertThat(values(doc, "title.cjk")).hasSize(1);
        assertThat(values(doc, "title.icu")).containsExactly("Professional Certificate in Cyber Security", "網絡安全專業證書", "网络安全专业证书");
        assertThat(values(doc, "text.cjk")).containsExactly("學員學習網絡安全。", "識別企業網絡的常見威脅");
        assertThat(values(doc, "text.icu")).contains("識別企業網絡的常見威脅", "识别企业网络的常见威胁");
    }

    @Test
    void chineseTextsThatDifferInMeaningAreEachAnalysed() {
        ColRecord r = SampleRecords.hkqrDataAnalytics().toBuilder()
                .title(map("zh-Hant", "網絡安全專業證書", "zh-Hans", "网络安全基础证书"))
                .build();
        assertThat(values(document(r), "title.cjk")).containsExactly("網絡安全專業證書", "网络安全基础证书");
    }

    private static Document document(ColRecord r) {
        return RecordDocument.of(r, ColJson.writeBytes(r), Instant.EPOCH);
    }

    private static List<String> values(Document doc, String field) {
        return Arrays.stream(doc.getFields(field)).map(IndexableField::stringValue).toList();
    }

    private static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
