package org.mcfed.index;

import org.mcfed.col.record.Assessment;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Cost;
import org.mcfed.col.record.Credit;
import org.mcfed.col.record.FieldOfEducation;
import org.mcfed.col.record.NqfLevel;
import org.mcfed.col.record.Provenance;
import org.mcfed.col.record.QualityAssurance;
import org.mcfed.col.record.Skill;
import org.mcfed.col.record.Stackability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Realistic COL records in the shapes the registries publish: HKQR with Traditional Chinese titles,
 * MQA with Malay ones, NZQA, Microcred Seeker, plus a run of similar NZQA records for paging.
 */
public final class SampleRecords {

    public static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");

    private SampleRecords() {
    }

    public static ColRecord hkqrDataAnalytics() {
        return base("hkqr:22/000567/L4", "HK", T0.plusSeconds(10))
                .title(lang("en", "Certificate in Data Analytics for Business", "zh-Hant", "商業數據分析證書"))
                .description(lang("en", "Learners clean, analyse and visualise business data with spreadsheets and dashboards.",
                        "zh-Hant", "學員學習以試算表及儀表板清理、分析及展示商業數據。"))
                .awardingBody(new AwardingBody("Vocational Training Council", "hkqr:VTC", "https://www.vtc.edu.hk"))
                .workloadHours(150.0).credit(new Credit(15.0, "HKQF", 10.0))
                .nqfLevel(new NqfLevel("HKQF", "4")).iscedLevel("5")
                .learningOutcomes(List.of("Prepare business data for analysis", "Build dashboards for managers"))
                .skills(List.of(Skill.free("data visualisation"), Skill.free("spreadsheets")))
                .languages(List.of("zho", "eng")).modeOfLearning(List.of("blended"))
                .cost(new Cost(12000.0, "HKD"))
                .qualityAssurance(new QualityAssurance("HKCAAVQ", "programme accreditation", LocalDate.parse("2022-09-01"), LocalDate.parse("2027-08-31")))
                .stackability(new Stackability("stackable", List.of("Higher Diploma in Business")))
                .fieldOfEducation(new FieldOfEducation("0413", new FieldOfEducation.SourceCode("HKQR-AoST", "BM", "Business and Management")))
                .url("https://www.hkqr.gov.hk/HKQRPRD/web/hkqr-en/search/qr-detail/?id=22/000567/L4")
                .build();
    }

    public static ColRecord hkqrCuisine() {
        return base("hkqr:23/001234/L3", "HK", T0.plusSeconds(20))
                .title(lang("en", "Certificate in Chinese Cuisine Cooking", "zh-Hant", "中式烹飪證書"))
                .description(lang("zh-Hant", "學員掌握粵菜烹調技巧及廚房衞生。"))
                .awardingBody(AwardingBody.named("Chinese Cuisine Training Institute"))
                .workloadHours(90.0).nqfLevel(new NqfLevel("HKQF", "3")).iscedLevel("3")
                .languages(List.of("zho")).modeOfLearning(List.of("onsite"))
                .cost(new Cost(8000.0, "HKD"))
                .stackability(new Stackability("stand-alone", List.of()))
                .fieldOfEducation(new FieldOfEducation("1013", null))
                .url("https://www.hkqr.gov.hk/HKQRPRD/web/hkqr-en/search/qr-detail/?id=23/001234/L3")
                .build();
    }

    public static ColRecord mqaDigitalBusiness() {
        return base("mqa:MQA/SWA 0123", "MY", T0.plusSeconds(30))
                .title(lang("ms", "Sijil Pengurusan Perniagaan Digital", "en", "Certificate in Digital Business Management"))
                .description(lang("ms", "Kursus ini memperkenalkan pengurusan perniagaan digital dan pemasaran dalam talian kepada usahawan kecil."))
                .awardingBody(AwardingBody.named("Universiti Teknologi MARA"))
                .workloadHours(160.0).credit(new Credit(4.0, "MQF", 40.0))
                .nqfLevel(new NqfLevel("MQF", "3")).iscedLevel("3").aqrfLevel("3")
                .languages(List.of("msa", "eng")).modeOfLearning(List.of("online"))
                .cost(new Cost(500.0, "MYR"))
                .qualityAssurance(new QualityAssurance("Malaysian Qualifications Agency", "accreditation", LocalDate.parse("2021-01-15"), null))
                .stackability(new Stackability("independent", List.of()))
                .fieldOfEducation(new FieldOfEducation("0416", null))
                .url("https://www2.mqa.gov.my/mqr/english/eakrbyprog.cfm?NoRujA=MQA/SWA%200123")
                .build();
    }

    public static ColRecord mqaElectrical() {
        return base("mqa:MQA/FA 4567", "MY", T0.plusSeconds(40))
                .title(lang("ms", "Diploma Kejuruteraan Elektrik"))
                .description(lang("ms", "Pelajar mempelajari pemasangan elektrik dan keselamatan di tapak kerja."))
                .awardingBody(AwardingBody.named("Politeknik Ungku Omar"))
                .workloadHours(360.0).nqfLevel(new NqfLevel("MQF", "4")).iscedLevel("5").aqrfLevel("4")
                .languages(List.of("msa")).modeOfLearning(List.of("onsite"))
                .fieldOfEducation(new FieldOfEducation("0713", null))
                .url("https://www2.mqa.gov.my/mqr/english/eakrbyprog.cfm?NoRujA=MQA/FA%204567")
                .build();
    }

    public static ColRecord nzqaFarming() {
        return base("nzqa:4116-2", "NZ", T0.plusSeconds(50))
                .title(lang("en", "Micro-credential in Sustainable Farming Practices"))
                .description(lang("en", "Apply sustainable soil and water management practices on a working farm."))
                .awardingBody(new AwardingBody("Primary ITO", "nzqa:8123", null))
                .workloadHours(100.0).credit(new Credit(10.0, "NZQCF", 10.0))
                .nqfLevel(new NqfLevel("NZQCF", "4")).iscedLevel("4")
                .learningOutcomes(List.of("Manage soil health on a farm", "Reduce nutrient run-off to waterways"))
                .skills(List.of(new Skill("soil management", "ESCO", null)))
                .languages(List.of("eng")).modeOfLearning(List.of("online", "experiential"))
                .assessment(new Assessment(List.of("skill-application"), "Workplace assessment"))
                .cost(new Cost(0.0, "NZD"))
                .qualityAssurance(new QualityAssurance("NZQA", "micro-credential approval", LocalDate.parse("2023-03-01"), null))
                .stackability(new Stackability("stand-alone", List.of()))
                .fieldOfEducation(new FieldOfEducation("0811", null))
                .url("https://www.nzqa.govt.nz/nzqf/search/viewQualification.do?selectedItemKey=4116")
                .build();
    }

    public static ColRecord nzqaTeReo() {
        return base("nzqa:5120-1", "NZ", T0.plusSeconds(60))
                .title(lang("en", "Introduction to Te Reo Māori"))
                .description(lang("en", "Everyday conversation in te reo Māori for the workplace."))
                .awardingBody(AwardingBody.named("Te Wānanga o Aotearoa"))
                .workloadHours(50.0).nqfLevel(new NqfLevel("NZQCF", "2")).iscedLevel("3")
                .languages(List.of("mri", "eng")).modeOfLearning(List.of("onsite"))
                .cost(new Cost(250.0, "NZD"))
                .stackability(new Stackability("stackable", List.of("New Zealand Certificate in Te Reo")))
                .fieldOfEducation(new FieldOfEducation("0231", null))
                .url("https://www.nzqa.govt.nz/nzqf/search/viewQualification.do?selectedItemKey=5120")
                .build();
    }

    public static ColRecord microcredCyber() {
        return base("microcred-seeker:1042", "AU", T0.plusSeconds(70))
                .title(lang("en", "Cybersecurity Fundamentals"))
                .description(lang("en", "Protect small business networks against common cyber attacks."))
                .awardingBody(AwardingBody.named("TAFE NSW"))
                .workloadHours(30.0).nqfLevel(new NqfLevel("AU-NMF-Dreyfus", "Competent"))
                .languages(List.of("eng")).modeOfLearning(List.of("online"))
                .cost(new Cost(1250.0, "AUD"))
                .stackability(new Stackability("stand-alone", List.of()))
                .fieldOfEducation(new FieldOfEducation("0612", null))
                .url("https://www.microcredentialseeker.edu.au/microcredential/cybersecurity-fundamentals-1042")
                .build();
    }

    public static ColRecord nzqaPython() {
        return base("nzqa:6001-1", "NZ", T0.plusSeconds(80))
                .title(lang("en", "Data Analytics with Python"))
                .description(lang("en", "Analyse data sets with Python notebooks and communicate the findings."))
                .awardingBody(AwardingBody.named("Whitireia and WelTec"))
                .workloadHours(150.0).credit(new Credit(15.0, "NZQCF", 10.0))
                .nqfLevel(new NqfLevel("NZQCF", "5")).iscedLevel("5")
                .languages(List.of("eng")).modeOfLearning(List.of("online"))
                .cost(new Cost(1500.0, "NZD"))
                .stackability(new Stackability("stand-alone", List.of()))
                .fieldOfEducation(new FieldOfEducation("0612", null))
                .url("https://www.nzqa.govt.nz/nzqf/search/viewQualification.do?selectedItemKey=6001")
                .build();
    }

    /** The eight distinct records above. */
    public static List<ColRecord> distinct() {
        return List.of(hkqrDataAnalytics(), hkqrCuisine(), mqaDigitalBusiness(), mqaElectrical(), nzqaFarming(),
                nzqaTeReo(), microcredCyber(), nzqaPython());
    }

    /** {@code n} similar NZQA project-management records (for paging), hours 10..(10+n-1). */
    public static List<ColRecord> projectManagementRun(int n) {
        List<ColRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(base("nzqa:9" + String.format("%03d", i) + "-1", "NZ", T0.plusSeconds(100 + i))
                    .title(lang("en", "Project Management Workshop " + (i + 1)))
                    .description(lang("en", "Plan and run small projects with agile and traditional methods."))
                    .awardingBody(AwardingBody.named("Open Polytechnic"))
                    .workloadHours(10.0 + i).nqfLevel(new NqfLevel("NZQCF", "3")).iscedLevel("3")
                    .languages(List.of("eng")).modeOfLearning(List.of("online"))
                    .cost(new Cost(100.0 + i, "NZD"))
                    .url("https://www.nzqa.govt.nz/nzqf/search/viewQualification.do?selectedItemKey=9" + i)
                    .build());
        }
        return out;
    }

    private static ColRecord.Builder base(String id, String country, Instant updatedAt) {
        String source = id.substring(0, id.indexOf(':'));
        return ColRecord.builder().id(id).issuerCountry(country).status("active").updatedAt(updatedAt)
                .provenance(new Provenance(source, id.substring(id.indexOf(':') + 1), null, updatedAt, "sha256:00"));
    }

    private static Map<String, String> lang(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
