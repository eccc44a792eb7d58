package org.mcfed.index.testkit;

import org.mcfed.col.record.Assessment;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Cost;
import org.mcfed.col.record.Credit;
import org.mcfed.col.record.FieldOfEducation;
import org.mcfed.col.record.NqfLevel;
import org.mcfed.col.record.Provenance;
import org.mcfed.col.record.ComplianceFlag;
import org.mcfed.col.record.Quality;
import org.mcfed.col.record.QualityAssurance;
import org.mcfed.col.record.Skill;
import org.mcfed.col.record.Stackability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;

/**
 * A record with every COL element stated, lists of several items, texts in learner and other
 * languages, and the characters exports must escape ({@code | \ , " < >}, line breaks).
 */
public final class EveryField {

    private EveryField() {
    }

    public static ColRecord record() {
        Map<String, String> title = new LinkedHashMap<>();
        title.put("en", "Sustainable Forestry | Field \"Practice\"");
        title.put("zh-Hant", "可持續森林管理");
        title.put("mi", "Ngahere, toitū");
        Map<String, String> description = new LinkedHashMap<>();
        description.put("en", "Plan a harvest.\nMeasure a stand, then report <findings> & costs.");
        description.put("ms", "Rancang penuaian hutan.");
        Map<String, List<String>> outcomes = new LinkedHashMap<>();
        outcomes.put("en", List.of("Measure a forest stand", "Plan a harvest \\ thinning | coupe"));
        outcomes.put("zh-Hant", List.of("量度林分", "規劃採伐"));
        outcomes.put("mi", List.of("Ine i te ngahere"));
        return ColRecord.builder()
                .id("nzqa:4116-2/L5 x")
                .title(title)
                .description(description)
                .issuerCountry("NZ")
                .awardingBody(new AwardingBody("Toi Ohomai Institute, Rotorua", "nzqa:provider:6010", "https://www.toiohomai.ac.nz/"))
                .workloadHours(150.0)
                .nqfLevel(new NqfLevel("NZQCF", "5"))
                .iscedLevel("4")
                .learningOutcomes(outcomes.get("en"))
                .learningOutcomesByLanguage(outcomes)
                .skills(List.of(new Skill("forest inventory", "ESCO", "http://data.europa.eu/esco/skill/0a1b2c3d-forest"),
                        new Skill("chainsaw safety", null, null),
                        new Skill("harvest planning | logistics", "O*NET", "https://www.onetonline.org/link/summary/45-4011.00")))
                .prerequisites("NCEA Level 2, or work experience")
                .status("active")
                .languages(List.of("eng", "mri"))
                .modeOfLearning(List.of("blended", "work-based"))
                .assessment(new Assessment(List.of("practical", "portfolio"), "Two field assessments, one portfolio"))
                .supervision("supervised, identity verified")
                .qualityAssurance(new QualityAssurance("NZQA", "programme approval", LocalDate.parse("2024-01-01"), LocalDate.parse("2028-12-31")))
                .gradeRequired("Achieved")
                .stackability(new Stackability("stackable", List.of("nzqa:2992", "nzqa:3001")))
                .durationWeeks(12.0)
                .replaces(List.of("nzqa:4116-1"))
                .replacedBy(List.of("nzqa:4116-3"))
                .cost(new Cost(1250.5, "NZD"))
                .financialSupport("Fees-free eligible")
                .verification(List.of("registry lookup", "digital badge"))
                .credit(new Credit(15.0, "NZQCF", 10.0))
                .fieldOfEducation(new FieldOfEducation("0821", new FieldOfEducation.SourceCode("NZSCED", "050301", "Forestry Studies")))
                .aqrfLevel("5")
                .url("https://www2.nzqa.govt.nz/qualifications/4116")
                .provenance(new Provenance("nzqa", "4116-2", "https://www2.nzqa.govt.nz/qualifications/4116", Instant.parse("2025-03-01T08:00:00Z"), "sha256:abc"))
                .quality(new Quality(0.875, List.of("cost"), List.of("iscedLevel: from NZQCF 5", "aqrfLevel: from NZQCF 5"),
                        new TreeMap<>(Map.of("col-mandatory", new ComplianceFlag(false, List.of("cost")),
                                "eu-annex-i", new ComplianceFlag(true, List.of())))))
                .sameAs(List.of("col-feed:pqr:000123", "mqa:MQA/FA 1234"))
                .updatedAt(Instant.parse("2025-03-02T09:30:00Z"))
                .build();
    }
}
