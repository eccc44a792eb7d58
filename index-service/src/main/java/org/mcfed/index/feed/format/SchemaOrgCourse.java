package org.mcfed.index.feed.format;

import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Skill;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.mcfed.index.feed.format.JsonLdValues.hours;
import static org.mcfed.index.feed.format.JsonLdValues.languageValues;
import static org.mcfed.index.feed.format.JsonLdValues.put;

/**
 * The schema.org view of a COL record, for search engines and linked-data consumers: a
 * {@code Course} whose {@code educationalCredentialAwarded} is an
 * {@code EducationalOccupationalCredential} (the micro-credential), with the provider, workload,
 * levels, cost, modes and quality assurance. Only stated values appear; nothing is invented.
 * Served as {@code ?format=schemaorg} and embedded in the record page for search engines.
 */
final class SchemaOrgCourse {

    private SchemaOrgCourse() {
    }

    static Map<String, Object> of(ColRecord r) {
        Map<String, Object> course = new LinkedHashMap<>();
        course.put("@context", "https://schema.org");
        course.put("@type", "Course");
        if (r.url() != null) {
            course.put("@id", r.url());
            course.put("url", r.url());
        }
        course.put("identifier", r.id());
        put(course, "name", languageValues(r.title()));
        put(course, "description", languageValues(r.description()));
        put(course, "inLanguage", r.languages());
        Map<String, Object> provider = provider(r);
        put(course, "provider", provider);
        put(course, "timeRequired", hours(r.workloadHours()));
        put(course, "coursePrerequisites", r.prerequisites());
        put(course, "teaches", taughtOutcomes(r));
        List<Map<String, Object>> levels = StatedLevel.of(r).stream().map(SchemaOrgCourse::level).toList();
        put(course, "educationalLevel", levels);
        if (r.modeOfLearning() != null && !r.modeOfLearning().isEmpty()) {
            course.put("hasCourseInstance", Map.of("@type", "CourseInstance", "courseMode", r.modeOfLearning()));
        }
        if (r.cost() != null && r.cost().amount() != null) {
            Map<String, Object> offer = new LinkedHashMap<>();
            offer.put("@type", "Offer");
            offer.put("price", r.cost().amount());
            put(offer, "priceCurrency", r.cost().currency());
            offer.put("category", r.cost().amount() == 0 ? "Free" : "Paid");
            course.put("offers", offer);
            course.put("isAccessibleForFree", r.cost().amount() == 0);
        }
        put(course, "creativeWorkStatus", r.status());
        if (r.updatedAt() != null) {
            course.put("dateModified", r.updatedAt().toString());
        }
        course.put("educationalCredentialAwarded", credential(r, levels));
        return course;
    }

    private static Map<String, Object> credential(ColRecord r, List<Map<String, Object>> levels) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("@type", "EducationalOccupationalCredential");
        put(c, "name", languageValues(r.title()));
        c.put("credentialCategory", "micro-credential");
        put(c, "educationalLevel", levels);
        if (r.skills() != null && !r.skills().isEmpty()) {
            List<Object> skills = new ArrayList<>();
            for (Skill s : r.skills()) {
                if (s == null || s.label() == null) {
                    continue;
                }
                Map<String, Object> term = new LinkedHashMap<>();
                term.put("@type", "DefinedTerm");
                term.put("name", s.label());
                put(term, "inDefinedTermSet", s.taxonomy());
                put(term, "url", s.uri());
                skills.add(term);
            }
            put(c, "competencyRequired", skills);
        }
        if (r.qualityAssurance() != null && r.qualityAssurance().body() != null) {
            c.put("recognizedBy", Map.of("@type", "Organization", "name", r.qualityAssurance().body()));
            if (r.qualityAssurance().validUntil() != null) {
                c.put("expires", r.qualityAssurance().validUntil().toString());
            }
        }
        if (r.issuerCountry() != null) {
            c.put("validIn", Map.of("@type", "AdministrativeArea", "name", r.issuerCountry()));
        }
        put(c, "url", r.url());
        return c;
    }

    /** Every learning outcome in every language, language-tagged where the registry states the language. */
    private static List<Object> taughtOutcomes(ColRecord r) {
        Map<String, List<String>> byLanguage = LearningOutcomes.byLanguage(r);
        List<Object> taught = new ArrayList<>();
        if (byLanguage != null) {
            byLanguage.forEach((lang, outcomes) -> outcomes.forEach(text -> taught.add(
                    LearningOutcomes.UNKNOWN_LANGUAGE.equals(lang) ? text : Map.of("@value", text, "@language", lang))));
        }
        return taught;
    }

    private static Map<String, Object> provider(ColRecord r) {
        if (r.awardingBody() == null || r.awardingBody().name() == null) {
            return null;
        }
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "Organization");
        org.put("name", r.awardingBody().name());
        put(org, "url", r.awardingBody().url());
        if (r.issuerCountry() != null) {
            org.put("address", Map.of("@type", "PostalAddress", "addressCountry", r.issuerCountry()));
        }
        return org;
    }

    private static Map<String, Object> level(StatedLevel level) {
        Map<String, Object> term = new LinkedHashMap<>();
        term.put("@type", "DefinedTerm");
        term.put("name", level.name());
        term.put("termCode", level.level());
        put(term, "inDefinedTermSet", level.framework());
        return term;
    }
}
