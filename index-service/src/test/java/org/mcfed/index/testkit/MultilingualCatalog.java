package org.mcfed.index.testkit;

import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Quality;

import java.util.List;
import java.util.Map;

import static org.mcfed.index.testkit.Catalog.lang;

/**
 * The records of the cross-lingual search tests, each written in the languages its registry
 * publishes: English courses from New Zealand and Australia, Malay and bilingual ones from Malaysia,
 * Traditional Chinese ones from Hong Kong (one published in Chinese only, as about 8 % of HKQR's
 * are), on the same subjects, so a query in one language has a record to find in another.
 */
public final class MultilingualCatalog {

    public static final String ML_EN = "microcred-seeker:2001";
    public static final String ML_MS = "mqa:MQA/MC 0101";
    public static final String FORESTRY_EN = "nzqa:3001-1";
    public static final String FOREST_MANAGEMENT_EN = "nzqa:3002-1";
    public static final String FOREST_MANAGEMENT_ZH = "hkqr:24/000333/L4";
    public static final String CYBER_EN = "microcred-seeker:2002";
    public static final String CYBER_ZH_ONLY = "hkqr:24/000111/L3";
    public static final String CYBER_MS = "mqa:MQA/MC 0102";
    public static final String DATA_EN = "nzqa:3003-1";
    public static final String DATA_ZH = "hkqr:24/000222/L4";
    public static final String SAFETY_EN_MS = "mqa:MQA/MC 0103";
    public static final String BARISTA_EN = "nzqa:3004-1";

    private MultilingualCatalog() {
    }

    public static List<ColRecord> records() {
        return List.of(
                base(ML_EN, "AU", 1, "eng").title(lang("en", "Introduction to Machine Learning"))
                        .description(lang("en", "Train and evaluate models that learn from examples, in Python."))
                        .learningOutcomes(List.of("Train a classification model", "Evaluate a model on held-out examples"))
                        .awardingBody(AwardingBody.named("RMIT Online")).build(),
                base(ML_MS, "MY", 2, "msa").title(lang("ms", "Pengenalan Pembelajaran Mesin"))
                        .description(lang("ms", "Pelajar melatih dan menilai model yang belajar daripada contoh."))
                        .awardingBody(AwardingBody.named("Universiti Malaya")).build(),
                base(FORESTRY_EN, "NZ", 3, "eng").title(lang("en", "New Zealand Certificate in Forestry Operations"))
                        .description(lang("en", "Plan and carry out harvesting operations in plantation stands."))
                        .awardingBody(AwardingBody.named("Toi Ohomai Institute of Technology")).build(),
                base(FOREST_MANAGEMENT_EN, "NZ", 4, "eng").title(lang("en", "Forest Management Planning"))
                        .description(lang("en", "Prepare a management plan for a plantation forest, from establishment to harvest."))
                        .awardingBody(AwardingBody.named("Scion Training")).build(),
                base(FOREST_MANAGEMENT_ZH, "HK", 5, "zho").title(lang("zh-Hant", "森林管理文憑", "zh-Hans", "森林管理文凭"))
                        .learningOutcomesByLanguage(Map.of("zh-Hant", List.of("制定森林管理計劃"), "zh-Hans", List.of("制定森林管理计划")))
                        .learningOutcomes(List.of("制定森林管理計劃"))
                        .awardingBody(AwardingBody.named("香港專業教育學院")).build(),
                base(CYBER_EN, "AU", 6, "eng").title(lang("en", "Cyber Security Essentials"))
                        .description(lang("en", "Protect a small office network against common attacks."))
                        .awardingBody(AwardingBody.named("TAFE Queensland")).build(),
                base(CYBER_ZH_ONLY, "HK", 7, "zho").title(lang("zh-Hant", "網絡安全證書", "zh-Hans", "网络安全证书"))
                        .learningOutcomesByLanguage(Map.of("zh-Hant", List.of("識別常見的網絡攻擊"), "zh-Hans", List.of("识别常见的网络攻击")))
                        .learningOutcomes(List.of("識別常見的網絡攻擊"))
                        .awardingBody(AwardingBody.named("職業訓練局")).build(),
                base(CYBER_MS, "MY", 8, "msa").title(lang("ms", "Sijil Keselamatan Siber"))
                        .description(lang("ms", "Melindungi rangkaian pejabat kecil daripada serangan biasa."))
                        .awardingBody(AwardingBody.named("Politeknik Sultan Salahuddin Abdul Aziz Shah")).build(),
                base(DATA_EN, "NZ", 9, "eng").title(lang("en", "Data Analytics Fundamentals"))
                        .description(lang("en", "Data analysis with spreadsheets: clean, summarise and chart a data set."))
                        .awardingBody(AwardingBody.named("Open Polytechnic")).build(),
                base(DATA_ZH, "HK", 10, "zho").title(lang("en", "Certificate in Data Analysis", "zh-Hant", "數據分析證書", "zh-Hans", "数据分析证书"))
                        .awardingBody(AwardingBody.named("香港大學專業進修學院")).build(),
                base(SAFETY_EN_MS, "MY", 11, "eng").title(lang("en", "Workplace Safety Supervision", "ms", "Penyeliaan Keselamatan Tempat Kerja"))
                        .learningOutcomesByLanguage(Map.of("en", List.of("Identify hazards at the workplace"),
                                "ms", List.of("Mengenal pasti bahaya di tempat kerja")))
                        .learningOutcomes(List.of("Identify hazards at the workplace"))
                        .awardingBody(AwardingBody.named("NIOSH Malaysia")).build(),
                base(BARISTA_EN, "NZ", 12, "eng").title(lang("en", "Barista Fundamentals"))
                        .description(lang("en", "Prepare espresso coffee and milk drinks for customers."))
                        .awardingBody(AwardingBody.named("Hospitality Training Trust")).build());
    }

    private static ColRecord.Builder base(String id, String country, int minute, String language) {
        return Catalog.base(id, country, 100 + minute).languages(List.of(language)).modeOfLearning(List.of("online"))
                .workloadHours(40.0).quality(new Quality(0.5, List.of(), List.of()));
    }
}
