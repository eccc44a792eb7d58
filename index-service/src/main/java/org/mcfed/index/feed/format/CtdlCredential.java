package org.mcfed.index.feed.format;

import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Skill;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.mcfed.index.feed.format.JsonLdValues.hours;
import static org.mcfed.index.feed.format.JsonLdValues.put;
import static org.mcfed.index.feed.format.JsonLdValues.recordIri;

/**
 * A COL record in Credential Engine's CTDL as JSON-LD: a {@code ceterms:MicroCredential}, the
 * class CTDL gives micro-credentials (a subclass of {@code ceterms:Credential}), offered and owned
 * by a {@code ceterms:CredentialOrganization}, its learning outcomes and skills the competencies
 * its {@code ceterms:requires} condition targets. CTDL texts are language maps, so every language
 * is kept.
 */
final class CtdlCredential {

    static final String CONTEXT = "https://credreg.net/ctdl/schema/context/json";

    private CtdlCredential() {
    }

    static Map<String, Object> of(ColRecord r) {
        String iri = recordIri(r);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("@context", CONTEXT);
        c.put("@id", iri);
        c.put("@type", "ceterms:MicroCredential");
        put(c, "ceterms:name", r.title());
        put(c, "ceterms:description", r.description());
        put(c, "ceterms:subjectWebpage", r.url());
        put(c, "ceterms:inLanguage", r.languages());
        put(c, "ceterms:identifier", identifiers(r));
        Map<String, Object> organization = organization(r);
        if (organization != null) {
            c.put("ceterms:ownedBy", List.of(organization));
            c.put("ceterms:offeredBy", List.of(organization));
        }
        if (r.status() != null) {
            c.put("ceterms:credentialStatusType", Map.of("@type", "ceterms:CredentialAlignmentObject",
                    "ceterms:targetNode", "active".equals(r.status()) ? "credentialStat:Active" : "credentialStat:Deprecated",
                    "ceterms:framework", "https://credreg.net/ctdl/terms/CredentialStatus"));
        }
        put(c, "ceterms:estimatedDuration", workload(r));
        put(c, "ceterms:learningDeliveryType", labels(r.modeOfLearning()));
        if (r.assessment() != null) {
            put(c, "ceterms:assessmentDeliveryType", labels(r.assessment().types()));
        }
        put(c, "ceterms:audienceLevelType", StatedLevel.of(r).stream().map(CtdlCredential::level).toList());
        put(c, "ceterms:requires", requires(r));
        if (r.cost() != null && r.cost().amount() != null) {
            Map<String, Object> cost = new LinkedHashMap<>();
            cost.put("@type", "ceterms:CostProfile");
            cost.put("ceterms:price", r.cost().amount());
            put(cost, "ceterms:currency", r.cost().currency());
            c.put("ceterms:estimatedCost", List.of(cost));
        }
        if (r.qualityAssurance() != null && r.qualityAssurance().body() != null) {
            c.put("ceterms:accreditedBy", List.of(Map.of("@type", "ceterms:QACredentialOrganization",
                    "ceterms:name", Map.of(LearningOutcomes.UNKNOWN_LANGUAGE, r.qualityAssurance().body()))));
        }
        if (r.qualityAssurance() != null && r.qualityAssurance().validUntil() != null) {
            c.put("ceterms:expirationDate", r.qualityAssurance().validUntil().toString());
        }
        if (r.qualityAssurance() != null && r.qualityAssurance().validFrom() != null) {
            c.put("ceterms:dateEffective", r.qualityAssurance().validFrom().toString());
        }
        return c;
    }

    private static Map<String, Object> organization(ColRecord r) {
        if (r.awardingBody() == null || r.awardingBody().name() == null) {
            return null;
        }
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "ceterms:CredentialOrganization");
        org.put("ceterms:name", Map.of(LearningOutcomes.UNKNOWN_LANGUAGE, r.awardingBody().name()));
        put(org, "ceterms:subjectWebpage", r.awardingBody().url());
        if (r.issuerCountry() != null) {
            org.put("ceterms:address", List.of(Map.of("@type", "ceterms:Place", "ceterms:addressCountry",
                    Map.of(LearningOutcomes.UNKNOWN_LANGUAGE, r.issuerCountry()))));
        }
        return org;
    }

    /** The mcfed id, the registry's own code, then the mcfed ids of the same offering at other registries. */
    private static List<Object> identifiers(ColRecord r) {
        List<Object> ids = new ArrayList<>();
        ids.add(identifier(r.id(), "mcfed record id"));
        if (r.provenance() != null && r.provenance().localId() != null) {
            ids.add(identifier(r.provenance().localId(), r.harvestedFrom() + " code"));
        }
        if (r.sameAs() != null) {
            r.sameAs().forEach(id -> ids.add(identifier(id, "mcfed record id")));
        }
        return ids;
    }

    private static Map<String, Object> identifier(String id, String typeName) {
        return Map.of("@type", "ceterms:IdentifierValue", "ceterms:identifierValueCode", id,
                "ceterms:identifierTypeName", Map.of("en", typeName));
    }

    private static List<Object> workload(ColRecord r) {
        List<Object> durations = new ArrayList<>();
        if (r.workloadHours() != null) {
            durations.add(Map.of("@type", "ceterms:DurationProfile", "ceterms:exactDuration", hours(r.workloadHours()),
                    "ceterms:description", Map.of("en", "notional workload")));
        }
        if (r.durationWeeks() != null) {
            durations.add(Map.of("@type", "ceterms:DurationProfile",
                    "ceterms:exactDuration", "P" + JsonLdValues.number(r.durationWeeks()) + "W"));
        }
        return durations;
    }

    /** Values the record states without a CTDL concept scheme: as alignment objects named by the registry's words. */
    private static List<Object> labels(List<String> values) {
        if (values == null) {
            return null;
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).map(v -> (Object) Map.of(
                "@type", "ceterms:CredentialAlignmentObject", "ceterms:targetNodeName", Map.of(LearningOutcomes.UNKNOWN_LANGUAGE, v))).toList();
    }

    private static Map<String, Object> level(StatedLevel level) {
        Map<String, Object> alignment = new LinkedHashMap<>();
        alignment.put("@type", "ceterms:CredentialAlignmentObject");
        put(alignment, "ceterms:frameworkName", level.framework() == null ? null : Map.of("en", level.framework()));
        alignment.put("ceterms:codedNotation", level.level());
        alignment.put("ceterms:targetNodeName", Map.of("en", level.name()));
        return alignment;
    }

    /** The condition for earning it: prerequisites as its description, learning outcomes and skills as target competencies, the credit. */
    private static List<Object> requires(ColRecord r) {
        List<Object> competencies = new ArrayList<>();
        Map<String, List<String>> outcomes = LearningOutcomes.byLanguage(r);
        if (outcomes != null) {
            outcomes.forEach((lang, texts) -> texts.forEach(text -> competencies.add(Map.of(
                    "@type", "ceterms:CredentialAlignmentObject", "ceterms:targetNodeName", Map.of(lang, text)))));
        }
        if (r.skills() != null) {
            for (Skill s : r.skills()) {
                if (s == null || s.label() == null) {
                    continue;
                }
                Map<String, Object> skill = new LinkedHashMap<>();
                skill.put("@type", "ceterms:CredentialAlignmentObject");
                skill.put("ceterms:targetNodeName", Map.of(LearningOutcomes.UNKNOWN_LANGUAGE, s.label()));
                put(skill, "ceterms:targetNode", s.uri());
                put(skill, "ceterms:frameworkName", s.taxonomy() == null ? null : Map.of(LearningOutcomes.UNKNOWN_LANGUAGE, s.taxonomy()));
                competencies.add(skill);
            }
        }
        boolean credit = r.credit() != null && r.credit().value() != null;
        if (competencies.isEmpty() && r.prerequisites() == null && !credit) {
            return null;
        }
        Map<String, Object> condition = new LinkedHashMap<>();
        condition.put("@type", "ceterms:ConditionProfile");
        put(condition, "ceterms:description", r.prerequisites() == null ? null : Map.of(LearningOutcomes.UNKNOWN_LANGUAGE, r.prerequisites()));
        put(condition, "ceterms:targetCompetency", competencies);
        if (credit) {
            // CTDL states a credential's credit on the condition for earning it
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("@type", "ceterms:ValueProfile");
            value.put("schema:value", r.credit().value());
            if (r.credit().system() != null) {
                value.put("schema:description", Map.of(LearningOutcomes.UNKNOWN_LANGUAGE, r.credit().system() + " credits"));
            }
            condition.put("ceterms:creditValue", List.of(value));
        }
        return List.of(condition);
    }
}
