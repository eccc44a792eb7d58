package org.mcfed.index.bench;

import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.FieldOfEducation;
import org.mcfed.col.record.NqfLevel;
import org.mcfed.col.record.Skill;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic COL records for the search benchmark, shaped like a federated catalogue:
 * the registries' proportions and languages (HKQR in Traditional or Simplified Chinese and English,
 * MQA in Malay and English, NZQA and Microcred Seeker in English), a title topic and a body topic per
 * record from the lexicon's concepts, and title and body words from {@link ZipfVocabulary}, so that
 * a query matches a handful to most of the records depending on its words' ranks. Record {@code i}
 * is always the same; {@link #topicOf} and {@link #bodyTopicOf} are the relevance ground truth.
 */
public final class ZipfCatalog {

    private static final long SEED = 0x2026_1203L;
    private static final String[] KINDS_EN = {"Certificate in", "Micro-credential in", "Introduction to", "Advanced", "Workshop:"};
    private static final String[] KINDS_HANT = {"證書", "微證書", "入門", "進階", "工作坊"};
    private static final String[] KINDS_HANS = {"证书", "微证书", "入门", "进阶", "工作坊"};
    private static final String[] KINDS_MS = {"Sijil", "Kredensial Mikro", "Pengenalan kepada", "Lanjutan", "Bengkel"};
    private static final String[] VERBS = {"apply", "analyse", "design", "manage", "evaluate", "build", "plan", "communicate"};
    private static final String[] FIELDS = {"0011", "0111", "0211", "0311", "0413", "0511", "0613", "0713", "0811", "0913", "1013", "1041"};

    private static final ZipfVocabulary VOCAB = ZipfVocabulary.bundled();

    private ZipfCatalog() {
    }

    /** The concept the title of record {@code i} is about (judged relevance 2 for a query of that concept). */
    public static int topicOf(int i) {
        return VOCAB.concept(random(i));
    }

    /** The concept only the body of record {@code i} speaks of (relevance 1, unless it is also the title's). */
    public static int bodyTopicOf(int i) {
        SplittableRandom r = random(i);
        VOCAB.concept(r);
        return VOCAB.concept(r);
    }

    /** The record number of a benchmark id (its digits after the source's prefix). */
    public static int numberOf(String id) {
        String digits = id.replaceAll("^.*?(\\d{6,})(?:\\D.*)?$", "$1");
        return Integer.parseInt(digits);
    }

    public static ColRecord record(int i) {
        SplittableRandom r = random(i);
        ZipfVocabulary.Concept topic = VOCAB.concept(VOCAB.concept(r));
        ZipfVocabulary.Concept body = VOCAB.concept(VOCAB.concept(r));
        int kind = r.nextInt(KINDS_EN.length);
        int source = r.nextInt(100);
        String number = String.format("%07d", i);
        Map<String, String> title = new LinkedHashMap<>();
        Map<String, String> description = new LinkedHashMap<>();
        String en = KINDS_EN[kind] + " " + capitalise(topic.en()) + " " + capitalise(VOCAB.word(r)) + " " + capitalise(VOCAB.word(r));
        String id;
        String country;
        NqfLevel level;
        List<String> languages;
        String currency;
        String aqrf = null;
        if (source < 25) {
            boolean simplified = r.nextInt(3) == 0;
            id = "hkqr:" + (18 + r.nextInt(8)) + "/" + number + "/L" + (1 + r.nextInt(7));
            country = "HK";
            title.put("en", en);
            if (simplified) {
                title.put("zh-Hans", topic.zhHans() + body.zhHans() + KINDS_HANS[kind]);
                description.put("zh-Hans", "学员学习" + topic.zhHans() + "及" + body.zhHans() + "的核心知识及实务技能。");
            } else {
                title.put("zh-Hant", topic.zhHant() + body.zhHant() + KINDS_HANT[kind]);
                description.put("zh-Hant", "學員學習" + topic.zhHant() + "及" + body.zhHant() + "的核心知識及實務技能。");
            }
            level = new NqfLevel("HKQF", Integer.toString(1 + r.nextInt(7)));
            languages = List.of("zho", "eng");
            currency = "HKD";
        } else if (source < 50) {
            id = "mqa:MQA/" + (r.nextBoolean() ? "SWA" : "FA") + " " + number;
            country = "MY";
            title.put("ms", KINDS_MS[kind] + " " + capitalise(topic.ms()));
            title.put("en", en);
            description.put("ms", "Kursus ini memperkenalkan " + topic.ms() + " dan " + body.ms() + " kepada pelajar dan pekerja.");
            int l = 1 + r.nextInt(8);
            level = new NqfLevel("MQF", Integer.toString(l));
            aqrf = Integer.toString(l);
            languages = List.of("msa", "eng");
            currency = "MYR";
        } else if (source < 80) {
            id = "nzqa:" + number + "-" + (1 + r.nextInt(3));
            country = "NZ";
            title.put("en", en);
            description.put("en", "Learners " + VERBS[r.nextInt(VERBS.length)] + " " + words(r, 6 + r.nextInt(10)) + " in " + body.en() + " settings.");
            level = new NqfLevel("NZQCF", Integer.toString(1 + r.nextInt(10)));
            languages = r.nextInt(10) == 0 ? List.of("mri", "eng") : List.of("eng");
            currency = "NZD";
        } else {
            id = "microcred-seeker:" + number;
            country = "AU";
            title.put("en", en);
            description.put("en", "Short course: " + words(r, 6 + r.nextInt(10)) + " for " + body.en() + ".");
            level = new NqfLevel("AU-NMF-Dreyfus", new String[]{"Novice", "Advanced Beginner", "Competent", "Proficient", "Expert"}[r.nextInt(5)]);
            languages = List.of("eng");
            currency = "AUD";
        }
        List<String> modes = CatalogFacts.modes(r);
        String outcome = VERBS[r.nextInt(VERBS.length)] + " " + words(r, 3) + " for " + topic.en();
        ColRecord.Builder b = ColRecord.builder().id(id).title(title).description(description).issuerCountry(country)
                .awardingBody(AwardingBody.named(country + " " + capitalise(VOCAB.word(r)) + " Institute"))
                .workloadHours((double) (5 * (1 + r.nextInt(80))))
                .nqfLevel(level).iscedLevel(Integer.toString(3 + r.nextInt(6))).aqrfLevel(aqrf)
                .learningOutcomes(List.of(outcome))
                .skills(List.of(Skill.free(topic.en())));
        return CatalogFacts.registryFacts(b, r, country, currency, i)
                .languages(languages).modeOfLearning(modes)
                .fieldOfEducation(new FieldOfEducation(FIELDS[r.nextInt(FIELDS.length)], null))
                .build();
    }

    private static SplittableRandom random(int i) {
        return new SplittableRandom(SEED * 31 + i);
    }

    private static String words(SplittableRandom r, int n) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) {
            b.append(k == 0 ? "" : " ").append(VOCAB.word(r));
        }
        return b.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
