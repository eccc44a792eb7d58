package org.mcfed.index.testkit;

import org.mcfed.col.record.Assessment;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Cost;
import org.mcfed.col.record.Credit;
import org.mcfed.col.record.FieldOfEducation;
import org.mcfed.col.record.NqfLevel;
import org.mcfed.col.record.Provenance;
import org.mcfed.col.record.Quality;
import org.mcfed.col.record.Skill;
import org.mcfed.col.record.Stackability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.mcfed.index.testkit.ComplianceRecords.met;
import static org.mcfed.index.testkit.ComplianceRecords.unmet;

/**
 * The records the feed, OAI-PMH, export, sources and web UI tests publish on the records topic:
 * a few realistic ones from four registries (one titled {@code <script>alert(1)</script>}), a run of
 * workshops for paging (two of them sharing an {@code updatedAt}, to test the id tie-break), and
 * two that are published and then deleted by tombstones.
 */
public final class Catalog {

    public static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");
    public static final String SCRIPT_TITLE = "<script>alert(1)</script>";
    public static final String SCRIPT_ID = "nzqa:6666-1";
    public static final List<String> DELETED = List.of("nzqa:7001-1", "mqa:MQA/WS 0006");

    private Catalog() {
    }

    /** Every record published, the later deleted ones included. */
    public static List<ColRecord> published() {
        List<ColRecord> all = new ArrayList<>(featured());
        all.addAll(workshops());
        return all;
    }

    /** The records live once the tombstones are applied, in feed order (updatedAt, then id). */
    public static List<ColRecord> live() {
        return published().stream().filter(r -> !DELETED.contains(r.id()))
                .sorted(Comparator.comparing(ColRecord::updatedAt).thenComparing(ColRecord::id)).toList();
    }

    public static ColRecord byId(String id) {
        return published().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * The featured records; four carry compliance flags set by hand (interface 1 of issue 13): te reo
     * meets col-mandatory and eu-annex-i, the MQA course mqa-required, the other two none.
     */
    static List<ColRecord> featured() {
        return List.of(
                ComplianceRecords.with(base("nzqa:6001-1", "NZ", 1)
                        .title(lang("en", "Data Analytics with Python"))
                        .description(lang("en", "Analyse data sets with Python notebooks and communicate the findings."))
                        .awardingBody(AwardingBody.named("Whitireia and WelTec"))
                        .workloadHours(150.0).credit(new Credit(15.0, "NZQCF", 10.0))
                        .nqfLevel(new NqfLevel("NZQCF", "5")).iscedLevel("5")
                        .learningOutcomes(List.of("Clean and explore data sets", "Communicate findings with charts"))
                        .skills(List.of(Skill.free("data analysis"), Skill.free("Python")))
                        .languages(List.of("eng")).modeOfLearning(List.of("online"))
                        .assessment(new Assessment(List.of("project"), "A data analysis project"))
                        .cost(new Cost(1500.0, "NZD")).stackability(new Stackability("stand-alone", List.of()))
                        .fieldOfEducation(new FieldOfEducation("0612", null))
                        .quality(new Quality(0.74, List.of("prerequisites", "supervision", "qualityAssurance", "gradeRequired"), List.of("workloadHours", "iscedLevel")))
                        .url("https://www.nzqa.govt.nz/nzqf/search/viewQualification.do?selectedItemKey=6001")
                        .build(),
                        "col-mandatory", unmet("gradeRequired", "prerequisites", "qualityAssurance", "supervision"),
                        "eu-annex-i", unmet("qualityAssurance")),
                ComplianceRecords.with(base("hkqr:22/000567/L4", "HK", 2)
                        .title(lang("en", "Certificate in Data Analytics for Business", "zh-Hant", "商業數據分析證書"))
                        .description(lang("en", "Learners clean, analyse and visualise business data.", "zh-Hant", "學員學習清理、分析及展示商業數據。"))
                        .awardingBody(new AwardingBody("Vocational Training Council", "hkqr:VTC", "https://www.vtc.edu.hk"))
                        .workloadHours(150.0).credit(new Credit(15.0, "HKQF", 10.0))
                        .nqfLevel(new NqfLevel("HKQF", "4")).iscedLevel("5")
                        .languages(List.of("zho", "eng")).modeOfLearning(List.of("blended"))
                        .cost(new Cost(12000.0, "HKD")).stackability(new Stackability("stackable", List.of("Higher Diploma in Business")))
                        .fieldOfEducation(new FieldOfEducation("0413", null))
                        .quality(new Quality(0.68, List.of("learningOutcomes", "skills", "prerequisites", "supervision", "gradeRequired", "assessment"), List.of("workloadHours", "iscedLevel")))
                        .url("https://www.hkqr.gov.hk/HKQRPRD/web/hkqr-en/search/qr-detail/?id=22/000567/L4")
                        .build(),
                        "col-mandatory", unmet("assessment", "gradeRequired", "learningOutcomes", "prerequisites", "skills", "supervision"),
                        "eu-annex-i", unmet("assessment", "learningOutcomes", "qualityAssurance")),
                ComplianceRecords.with(base("mqa:MQA/SWA 0123", "MY", 3)
                        .title(lang("ms", "Sijil Pengurusan Perniagaan Digital", "en", "Certificate in Digital Business Management"))
                        .description(lang("ms", "Kursus ini memperkenalkan pengurusan perniagaan digital kepada usahawan kecil."))
                        .awardingBody(AwardingBody.named("Universiti Teknologi MARA"))
                        .workloadHours(160.0).credit(new Credit(4.0, "MQF", 40.0))
                        .nqfLevel(new NqfLevel("MQF", "3")).iscedLevel("3").aqrfLevel("3")
                        .languages(List.of("msa", "eng")).modeOfLearning(List.of("online"))
                        .cost(new Cost(500.0, "MYR")).stackability(new Stackability("independent", List.of()))
                        .url("https://www2.mqa.gov.my/mqr/english/eakrbyprog.cfm?NoRujA=MQA/SWA%200123")
                        .build(),
                        "col-mandatory", unmet("assessment", "learningOutcomes"), "eu-annex-i", unmet("assessment", "learningOutcomes"),
                        "mqa-required", met()),
                base("microcred-seeker:1042", "AU", 4)
                        .title(lang("en", "Cybersecurity Fundamentals"))
                        .description(lang("en", "Protect small business networks against common cyber attacks."))
                        .awardingBody(AwardingBody.named("TAFE NSW"))
                        .workloadHours(30.0).nqfLevel(new NqfLevel("AU-NMF-Dreyfus", "Competent"))
                        .languages(List.of("eng")).modeOfLearning(List.of("online"))
                        .cost(new Cost(1250.0, "AUD")).stackability(new Stackability("stand-alone", List.of()))
                        .url("https://www.microcredentialseeker.edu.au/microcredential/cybersecurity-fundamentals-1042")
                        .build(),
                ComplianceRecords.with(base("nzqa:5120-1", "NZ", 5)
                        .title(lang("en", "Introduction to Te Reo Māori"))
                        .description(lang("en", "Everyday conversation in te reo Māori for the workplace."))
                        .awardingBody(AwardingBody.named("Te Wānanga o Aotearoa"))
                        .workloadHours(50.0).nqfLevel(new NqfLevel("NZQCF", "2")).iscedLevel("3")
                        .languages(List.of("mri", "eng")).modeOfLearning(List.of("onsite"))
                        .cost(new Cost(250.0, "NZD"))
                        .url("https://www.nzqa.govt.nz/nzqf/search/viewQualification.do?selectedItemKey=5120")
                        .build(),
                        "col-mandatory", met(), "eu-annex-i", met()),
                base(SCRIPT_ID, "NZ", 6)
                        .title(lang("en", SCRIPT_TITLE))
                        .description(lang("en", "A registry typed markup into this title; data analytics pages must show it as text, \"quoted\", & all."))
                        .awardingBody(AwardingBody.named("Careless Registry <b>Ltd</b>"))
                        .workloadHours(20.0).nqfLevel(new NqfLevel("NZQCF", "3")).iscedLevel("3")
                        .languages(List.of("eng")).modeOfLearning(List.of("online"))
                        .url("javascript:alert(2)")
                        .build());
    }

    /** Twelve similar workshops, minutes 10..21; the 3rd and 4th share their updatedAt. */
    static List<ColRecord> workshops() {
        List<ColRecord> out = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            boolean malaysian = i % 3 == 2;
            String id = malaysian ? "mqa:MQA/WS " + String.format("%04d", i + 1) : "nzqa:" + (7000 + i) + "-1";
            int minute = i == 3 ? 12 : 10 + i;
            out.add(base(id, malaysian ? "MY" : "NZ", minute)
                    .title(lang("en", "Project Management Workshop " + (i + 1)))
                    .description(lang("en", "Plan and run small projects with agile and traditional methods."))
                    .awardingBody(AwardingBody.named(malaysian ? "Politeknik Ungku Omar" : "Open Polytechnic"))
                    .workloadHours(10.0 + i).nqfLevel(malaysian ? new NqfLevel("MQF", "3") : new NqfLevel("NZQCF", "3")).iscedLevel("3")
                    .aqrfLevel(malaysian ? "3" : null)
                    .languages(List.of("eng")).modeOfLearning(List.of(i % 2 == 0 ? "online" : "blended"))
                    .url("https://registry.example/workshops/" + i)
                    .build());
        }
        return out;
    }

    /** An active record of {@code id}'s source, updated {@code minute} minutes after {@link #T0}. */
    static ColRecord.Builder base(String id, String country, int minute) {
        String source = id.substring(0, id.indexOf(':'));
        Instant at = T0.plusSeconds(60L * minute);
        return ColRecord.builder().id(id).issuerCountry(country).status("active").updatedAt(at)
                .provenance(new Provenance(source, id.substring(id.indexOf(':') + 1), null, at, "sha256:00"));
    }

    /** A language map from tag, text pairs, in order. */
    static Map<String, String> lang(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
