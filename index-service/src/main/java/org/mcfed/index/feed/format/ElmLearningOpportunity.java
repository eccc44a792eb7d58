package org.mcfed.index.feed.format;

import org.mcfed.col.record.ColRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.mcfed.index.feed.format.JsonLdValues.hours;
import static org.mcfed.index.feed.format.JsonLdValues.number;
import static org.mcfed.index.feed.format.JsonLdValues.put;
import static org.mcfed.index.feed.format.JsonLdValues.recordIri;

/**
 * A COL record in the European Learning Model (ELM 3) as JSON-LD: a {@code LearningOpportunity}
 * whose {@code learningAchievementSpecification} is a {@code Qualification} (the micro-credential)
 * with its learning outcomes, workload, credit, levels and awarding body, in the shape of the
 * Commission's ELM 3 micro-credential example ({@code Sample-MC-Annex1}, docs/crosswalks.md).
 * ELM texts are language maps, so every language of the record is kept.
 */
final class ElmLearningOpportunity {

    /** As the Commission's examples: the W3C credentials context (for {@code id}, {@code type}), then ELM's. */
    static final List<String> CONTEXT = List.of("https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap");

    private ElmLearningOpportunity() {
    }

    static Map<String, Object> of(ColRecord r) {
        String iri = recordIri(r);
        Map<String, Object> opportunity = new LinkedHashMap<>();
        opportunity.put("@context", CONTEXT);
        opportunity.put("id", iri);
        opportunity.put("type", "LearningOpportunity");
        put(opportunity, "title", r.title());
        put(opportunity, "description", r.description());
        put(opportunity, "homepage", webResource(r.url(), iri + "#homepage"));
        put(opportunity, "providedBy", organisation(r, iri));
        put(opportunity, "mode", concepts(r.modeOfLearning()));
        if (r.durationWeeks() != null) {
            opportunity.put("duration", "P" + number(r.durationWeeks()) + "W");
        }
        if (r.cost() != null && r.cost().amount() != null) {
            Map<String, Object> price = new LinkedHashMap<>();
            price.put("id", iri + "#price");
            price.put("type", "PriceDetail");
            Map<String, Object> amount = new LinkedHashMap<>();
            amount.put("id", iri + "#amount");
            amount.put("type", "Amount");
            amount.put("value", r.cost().amount());
            if (r.cost().currency() != null) {
                // the EU currency authority names its concepts by ISO 4217 code
                amount.put("unit", "http://publications.europa.eu/resource/authority/currency/" + r.cost().currency());
            }
            price.put("amount", List.of(amount));
            opportunity.put("priceDetail", List.of(price));
        }
        opportunity.put("learningAchievementSpecification", qualification(r, iri));
        return opportunity;
    }

    private static Map<String, Object> qualification(ColRecord r, String iri) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("id", iri + "#qualification");
        q.put("type", "Qualification");
        put(q, "title", r.title());
        put(q, "description", r.description());
        put(q, "learningOutcome", outcomes(r, iri));
        put(q, "volumeOfLearning", hours(r.workloadHours()));
        if (r.credit() != null && r.credit().value() != null) {
            Map<String, Object> credit = new LinkedHashMap<>();
            credit.put("id", iri + "#credit");
            credit.put("type", "CreditPoint");
            if (r.credit().system() != null) {
                credit.put("framework", concept(r.credit().system()));
            }
            credit.put("point", number(r.credit().value()));
            q.put("creditPoint", List.of(credit));
        }
        if (r.nqfLevel() != null && r.nqfLevel().level() != null) {
            Map<String, Object> level = concept(new StatedLevel(r.nqfLevel().framework(), r.nqfLevel().level()).name());
            level.put("notation", r.nqfLevel().level());
            q.put("nqfLevel", List.of(level));
        }
        if (r.fieldOfEducation() != null && r.fieldOfEducation().iscedF() != null) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("id", "http://data.europa.eu/snb/isced-f/" + r.fieldOfEducation().iscedF());
            field.put("type", "Concept");
            field.put("notation", r.fieldOfEducation().iscedF());
            q.put("thematicArea", List.of(field));
        }
        put(q, "language", concepts(r.languages()));
        put(q, "mode", concepts(r.modeOfLearning()));
        if (r.prerequisites() != null) {
            q.put("entryRequirement", note(r.prerequisites(), iri + "#entryRequirement"));
        }
        if (r.assessment() != null && (r.assessment().types() != null || r.assessment().description() != null)) {
            Map<String, Object> assessment = new LinkedHashMap<>();
            assessment.put("id", iri + "#assessment");
            assessment.put("type", "LearningAssessmentSpecification");
            assessment.put("title", Map.of(LearningOutcomes.UNKNOWN_LANGUAGE, r.assessment().types() == null
                    ? r.assessment().description() : String.join(", ", r.assessment().types())));
            put(assessment, "dcType", concepts(r.assessment().types()));
            if (r.assessment().description() != null) {
                assessment.put("description", Map.of(LearningOutcomes.UNKNOWN_LANGUAGE, r.assessment().description()));
            }
            q.put("provenBy", List.of(assessment));
        }
        if (r.awardingBody() != null && r.awardingBody().name() != null) {
            q.put("awardingOpportunity", List.of(Map.of("id", iri + "#awarding", "type", "AwardingOpportunity",
                    "awardingBody", List.of(organisation(r, iri)))));
        }
        return q;
    }

    /** One {@code LearningOutcome} per outcome and language (COL does not say which outcomes translate each other). */
    private static List<Object> outcomes(ColRecord r, String iri) {
        Map<String, List<String>> byLanguage = LearningOutcomes.byLanguage(r);
        List<Object> outcomes = new ArrayList<>();
        if (byLanguage == null) {
            return outcomes;
        }
        byLanguage.forEach((lang, texts) -> {
            for (String text : texts) {
                Map<String, Object> outcome = new LinkedHashMap<>();
                outcome.put("id", iri + "#outcome-" + (outcomes.size() + 1));
                outcome.put("type", "LearningOutcome");
                outcome.put("title", Map.of(lang, text));
                outcomes.add(outcome);
            }
        });
        return outcomes;
    }

    private static Map<String, Object> organisation(ColRecord r, String iri) {
        if (r.awardingBody() == null || r.awardingBody().name() == null) {
            return null;
        }
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("id", iri + "#awardingBody");
        org.put("type", "Organisation");
        org.put("legalName", Map.of(LearningOutcomes.UNKNOWN_LANGUAGE, r.awardingBody().name()));
        put(org, "homepage", webResource(r.awardingBody().url(), iri + "#awardingBodyHomepage"));
        if (r.issuerCountry() != null) {
            org.put("location", List.of(Map.of("id", iri + "#location", "type", "Location",
                    "address", List.of(Map.of("id", iri + "#address", "type", "Address",
                            "countryCode", Map.of("type", "Concept", "notation", r.issuerCountry()))))));
        }
        return org;
    }

    private static List<Object> webResource(String url, String id) {
        return url == null ? null : List.of(Map.of("id", id, "type", "WebResource", "contentURL", url));
    }

    private static Map<String, Object> note(String text, String id) {
        return Map.of("id", id, "type", "Note", "noteLiteral", Map.of(LearningOutcomes.UNKNOWN_LANGUAGE, text));
    }

    private static List<Map<String, Object>> concepts(List<String> labels) {
        return labels == null ? null : labels.stream().filter(l -> l != null && !l.isBlank()).map(ElmLearningOpportunity::concept).toList();
    }

    /** A concept the record names without a vocabulary URI: its label, as the registry wrote it. */
    private static Map<String, Object> concept(String label) {
        Map<String, Object> concept = new LinkedHashMap<>();
        concept.put("type", "Concept");
        concept.put("prefLabel", Map.of(LearningOutcomes.UNKNOWN_LANGUAGE, label));
        return concept;
    }
}
