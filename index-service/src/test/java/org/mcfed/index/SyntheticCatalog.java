package org.mcfed.index;

import org.mcfed.col.record.AwardingBody;
import org.mcfed.index.bench.CatalogFacts;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.FieldOfEducation;
import org.mcfed.col.record.NqfLevel;
import org.mcfed.col.record.Skill;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic COL records for the search benchmark, in the registries' proportions
 * and languages: HKQR with Traditional Chinese and English titles, MQA with Malay and English,
 * NZQA and Microcred Seeker in English. Record {@code i} is always the same.
 */
final class SyntheticCatalog {

    /** Topics: English, Traditional Chinese, Malay, ISCED-F field. */
    private static final String[][] TOPICS = {
            {"Data Analytics", "數據分析", "Analitik Data", "0613"},
            {"Project Management", "項目管理", "Pengurusan Projek", "0413"},
            {"Cybersecurity", "網絡安全", "Keselamatan Siber", "0612"},
            {"Sustainable Farming", "可持續農業", "Pertanian Lestari", "0811"},
            {"Chinese Cuisine", "中式烹飪", "Masakan Cina", "1013"},
            {"Digital Marketing", "數碼營銷", "Pemasaran Digital", "0414"},
            {"Early Childhood Education", "幼兒教育", "Pendidikan Awal Kanak-kanak", "0112"},
            {"Aged Care", "長者護理", "Penjagaan Warga Emas", "0922"},
            {"Electrical Installation", "電力裝置", "Pemasangan Elektrik", "0713"},
            {"Logistics and Supply Chain", "物流及供應鏈", "Logistik dan Rantaian Bekalan", "1041"},
            {"Accounting Fundamentals", "會計基礎", "Asas Perakaunan", "0411"},
            {"Web Development", "網頁開發", "Pembangunan Web", "0613"},
            {"Hospitality Service", "酒店服務", "Perkhidmatan Hospitaliti", "1013"},
            {"Renewable Energy", "可再生能源", "Tenaga Boleh Diperbaharui", "0713"},
            {"Workplace Safety", "職業安全", "Keselamatan Tempat Kerja", "1022"},
            {"Te Reo Maori", "毛利語", "Bahasa Maori", "0231"}};
    private static final String[] KINDS_EN = {"Certificate in", "Micro-credential in", "Introduction to", "Advanced", "Workshop:"};
    private static final String[] KINDS_ZH = {"證書", "微證書", "入門", "進階", "工作坊"};
    private static final String[] KINDS_MS = {"Sijil", "Kredensial Mikro", "Pengenalan kepada", "Lanjutan", "Bengkel"};
    private static final String[] VERBS = {"apply", "analyse", "design", "manage", "evaluate", "build", "plan", "communicate"};
    private static final String[] OBJECTS = {"dashboards", "budgets", "teams", "networks", "soil health", "menus", "campaigns",
            "care plans", "circuits", "inventories", "ledgers", "websites", "guest services", "solar systems", "risk registers"};

    private SyntheticCatalog() {
    }

    static ColRecord record(int i) {
        SplittableRandom r = new SplittableRandom(0x5eedL * 31 + i);
        String[] topic = TOPICS[r.nextInt(TOPICS.length)];
        int kind = r.nextInt(KINDS_EN.length);
        int source = r.nextInt(100);
        Map<String, String> title = new LinkedHashMap<>();
        Map<String, String> description = new LinkedHashMap<>();
        String en = KINDS_EN[kind] + " " + topic[0] + " " + (1 + r.nextInt(9));
        String outcomeText = VERBS[r.nextInt(VERBS.length)] + " " + OBJECTS[r.nextInt(OBJECTS.length)];
        String id;
        String country;
        NqfLevel level;
        String isced;
        String aqrf = null;
        List<String> languages;
        String currency;
        if (source < 25) {
            id = "hkqr:" + (18 + r.nextInt(8)) + "/" + String.format("%06d", i) + "/L" + (1 + r.nextInt(7));
            country = "HK";
            title.put("en", en);
            title.put("zh-Hant", topic[1] + KINDS_ZH[kind]);
            description.put("zh-Hant", "學員學習" + topic[1] + "的核心知識及實務技能。");
            int l = 1 + r.nextInt(7);
            level = new NqfLevel("HKQF", Integer.toString(l));
            isced = new String[]{"2", "2", "3", "5", "6", "7", "8"}[l - 1];
            languages = List.of("zho", "eng");
            currency = "HKD";
        } else if (source < 50) {
            id = "mqa:MQA/" + (r.nextBoolean() ? "SWA" : "FA") + " " + String.format("%06d", i);
            country = "MY";
            title.put("ms", KINDS_MS[kind] + " " + topic[2]);
            title.put("en", en);
            description.put("ms", "Kursus ini memperkenalkan " + topic[2].toLowerCase() + " kepada pelajar dan pekerja.");
            int l = 1 + r.nextInt(8);
            level = new NqfLevel("MQF", Integer.toString(l));
            isced = new String[]{"3", "3", "3", "5", "5", "6", "7", "8"}[l - 1];
            aqrf = Integer.toString(l);
            languages = List.of("msa", "eng");
            currency = "MYR";
        } else if (source < 80) {
            id = "nzqa:" + i + "-" + (1 + r.nextInt(3));
            country = "NZ";
            title.put("en", en);
            description.put("en", "Learners " + outcomeText + " in " + topic[0].toLowerCase() + " settings across Aotearoa.");
            int l = 1 + r.nextInt(10);
            level = new NqfLevel("NZQCF", Integer.toString(l));
            isced = new String[]{"3", "3", "3", "4", "5", "5", "6", "6", "7", "8"}[l - 1];
            languages = r.nextInt(10) == 0 ? List.of("mri", "eng") : List.of("eng");
            currency = "NZD";
        } else {
            id = "microcred-seeker:" + i;
            country = "AU";
            title.put("en", en);
            description.put("en", "Short course: " + outcomeText + " for " + topic[0].toLowerCase() + ".");
            level = new NqfLevel("AU-NMF-Dreyfus", new String[]{"Novice", "Advanced Beginner", "Competent", "Proficient", "Expert"}[r.nextInt(5)]);
            isced = null;
            languages = List.of("eng");
            currency = "AUD";
        }
        List<String> modes = CatalogFacts.modes(r);
        ColRecord.Builder b = ColRecord.builder().id(id).title(title).description(description).issuerCountry(country)
                .awardingBody(AwardingBody.named(country + " Provider " + r.nextInt(400)))
                .workloadHours((double) (5 * (1 + r.nextInt(80))))
                .nqfLevel(level).iscedLevel(isced).aqrfLevel(aqrf)
                .learningOutcomes(List.of(outcomeText + " for " + topic[0].toLowerCase()))
                .skills(List.of(Skill.free(topic[0].toLowerCase())));
        return CatalogFacts.registryFacts(b, r, country, currency, i)
                .languages(languages).modeOfLearning(modes)
                .fieldOfEducation(new FieldOfEducation(topic[3], null))
                .build();
    }
}
