package org.mcfed.col;

import org.mcfed.col.record.Assessment;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Cost;
import org.mcfed.col.record.Credit;
import org.mcfed.col.record.FieldOfEducation;
import org.mcfed.col.record.NqfLevel;
import org.mcfed.col.record.Provenance;
import org.mcfed.col.record.Quality;
import org.mcfed.col.record.QualityAssurance;
import org.mcfed.col.record.Skill;
import org.mcfed.col.record.Stackability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records for tests: one with every field set (HKQR-like), one with only what identification needs. */
public final class TestRecords {

    private TestRecords() {
    }

    public static ColRecord full() {
        Map<String, String> title = new LinkedHashMap<>();
        title.put("en", "Professional Certificate in Cyber Security");
        title.put("zh-Hant", "網絡安全專業證書");
        return ColRecord.builder()
                .id("hkqr:22/000567/L4")
                .title(title)
                .description(Map.of("en", "Threats, firewalls and intrusion detection for enterprise networks."))
                .issuerCountry("HK")
                .awardingBody(new AwardingBody("Example Institute of Continuing Education", "hkqr-op-0042", "https://example.edu.hk/"))
                .workloadHours(120.0)
                .nqfLevel(new NqfLevel("HKQF", "4"))
                .iscedLevel("5")
                .learningOutcomes(List.of("Identify common threats to enterprise networks", "Configure firewalls and intrusion detection"))
                .learningOutcomesByLanguage(Map.of("en", List.of("Identify common threats to enterprise networks", "Configure firewalls and intrusion detection"),
                        "zh-Hant", List.of("識別企業網絡的常見威脅", "設定防火牆及入侵偵測系統")))
                .skills(List.of(new Skill("network security", "ESCO", "http://data.europa.eu/esco/skill/0a1b2c3d"), Skill.free("firewall configuration")))
                .prerequisites("HKDSE or equivalent")
                .status("active")
                .languages(List.of("eng", "yue"))
                .modeOfLearning(List.of("blended"))
                .assessment(new Assessment(List.of("theory-test", "project"), "Written test and a configuration project."))
                .supervision("onsite-id-verified")
                .qualityAssurance(new QualityAssurance("HKCAAVQ", "QR registration", LocalDate.of(2023, 9, 1), LocalDate.of(2026, 8, 31)))
                .gradeRequired("Pass")
                .stackability(new Stackability("stackable", List.of("Advanced Diploma in Cyber Security")))
                .durationWeeks(12.0)
                .replaces(List.of("hkqr:19/000123/L4"))
                .replacedBy(List.of("hkqr:26/000999/L4"))
                .cost(new Cost(8800.0, "HKD"))
                .financialSupport("Continuing Education Fund reimbursable")
                .verification(List.of("verifiable-url"))
                .credit(new Credit(12.0, "HKQF", 10.0))
                .fieldOfEducation(new FieldOfEducation("06", new FieldOfEducation.SourceCode("HKQR-AoST", null, "Computer Science and Information Technology")))
                .aqrfLevel("5")
                .url("https://www.hkqr.gov.hk/HKQRPRD/web/hkqr-en/search/detail?regNo=22%2F000567%2FL4")
                .provenance(new Provenance("hkqr", "22/000567/L4", "https://www.hkqr.gov.hk/HKQRPRD/web/hkqr-en/search/detail?regNo=22%2F000567%2FL4",
                        Instant.parse("2026-11-23T05:00:00Z"), "sha256:" + "ab".repeat(32)))
                .quality(new Quality(1.0, List.of(), List.of("credit.hoursPerCredit")))
                .sameAs(List.of("col-feed:pqr:000123"))
                .updatedAt(Instant.parse("2026-11-23T05:00:01.250Z"))
                .build();
    }

    public static ColRecord minimal() {
        return ColRecord.builder()
                .id("nzqa:4116-2")
                .title(Map.of("en", "Introduction to Commercial Road Transport"))
                .status("active")
                .build();
    }
}
