package org.mcfed.index.feed.format;

import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Skill;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.mcfed.index.feed.format.JsonLdValues.put;
import static org.mcfed.index.feed.format.JsonLdValues.recordIri;

/**
 * A COL record as an Open Badges 3.0 / CLR 2.0 {@code Achievement} of type {@code MicroCredential}:
 * what an issuer would reference from every credential it awards for it. Open Badges holds one
 * language per text, so {@code name} and {@code description} are the English text (else the
 * record's first language) and the others are lost (docs/crosswalks.md).
 */
final class OpenBadgesAchievement {

    static final List<String> CONTEXT = List.of("https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    private OpenBadgesAchievement() {
    }

    static Map<String, Object> of(ColRecord r) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("@context", CONTEXT);
        a.put("id", recordIri(r));
        a.put("type", List.of("Achievement"));
        a.put("achievementType", "MicroCredential");
        Map.Entry<String, String> title = PreferredText.of(r.title());
        Map.Entry<String, String> description = PreferredText.of(r.description());
        put(a, "name", title == null ? r.id() : title.getValue());
        // description is required: a record without one repeats its title rather than say nothing
        put(a, "description", description != null ? description.getValue() : title != null ? title.getValue() : r.id());
        a.put("criteria", criteria(r));
        put(a, "creator", creator(r));
        put(a, "alignment", alignments(r));
        if (r.credit() != null && r.credit().value() != null) {
            a.put("creditsAvailable", r.credit().value());
        }
        if (r.fieldOfEducation() != null) {
            put(a, "fieldOfStudy", r.fieldOfEducation().source() != null && r.fieldOfEducation().source().label() != null
                    ? r.fieldOfEducation().source().label() : r.fieldOfEducation().iscedF());
        }
        if (r.provenance() != null) {
            put(a, "humanCode", r.provenance().localId());
        }
        put(a, "inLanguage", title != null ? title.getKey() : null);
        put(a, "otherIdentifier", identifiers(r));
        if (r.gradeRequired() != null) {
            Map<String, Object> grade = new LinkedHashMap<>();
            grade.put("id", recordIri(r) + "#grade");
            grade.put("type", List.of("ResultDescription"));
            grade.put("name", "Grade required");
            grade.put("resultType", "Result");
            grade.put("requiredValue", r.gradeRequired());
            a.put("resultDescription", List.of(grade));
        }
        if (r.skills() != null) {
            // skills without a URI cannot be aligned: their labels are the achievement's tags
            put(a, "tag", r.skills().stream().filter(s -> s != null && s.label() != null && s.uri() == null).map(Skill::label).toList());
        }
        return a;
    }

    /** The learning outcomes as a Markdown list, then the assessment, linked to the registry's page. */
    private static Map<String, Object> criteria(ColRecord r) {
        Map<String, Object> criteria = new LinkedHashMap<>();
        put(criteria, "id", r.url());
        StringBuilder narrative = new StringBuilder();
        Map<String, List<String>> outcomes = LearningOutcomes.byLanguage(r);
        if (outcomes != null) {
            List<String> shown = outcomes.getOrDefault("en", outcomes.values().iterator().next());
            narrative.append("Learning outcomes:\n\n");
            shown.forEach(o -> narrative.append("- ").append(o).append('\n'));
        }
        if (r.assessment() != null) {
            if (r.assessment().types() != null && !r.assessment().types().isEmpty()) {
                narrative.append(narrative.isEmpty() ? "" : "\n").append("Assessment: ")
                        .append(String.join(", ", r.assessment().types())).append('\n');
            }
            if (r.assessment().description() != null) {
                narrative.append(narrative.isEmpty() ? "" : "\n").append(r.assessment().description()).append('\n');
            }
        }
        put(criteria, "narrative", narrative.isEmpty() ? null : narrative.toString().strip());
        return criteria;
    }

    private static Map<String, Object> creator(ColRecord r) {
        if (r.awardingBody() == null || r.awardingBody().name() == null) {
            return null;
        }
        Map<String, Object> profile = new LinkedHashMap<>();
        String url = r.awardingBody().url();
        profile.put("id", url != null ? url : recordIri(r) + "#awardingBody");
        profile.put("type", List.of("Profile"));
        profile.put("name", r.awardingBody().name());
        put(profile, "url", url);
        if (r.issuerCountry() != null) {
            profile.put("address", Map.of("type", List.of("Address"), "addressCountryCode", r.issuerCountry()));
        }
        return profile;
    }

    /** Skills with a URI, and the levels of frameworks whose level page is known. */
    private static List<Object> alignments(ColRecord r) {
        List<Object> alignments = new ArrayList<>();
        if (r.skills() != null) {
            for (Skill s : r.skills()) {
                if (s != null && s.label() != null && s.uri() != null) {
                    Map<String, Object> skill = alignment(s.label(), s.uri(), s.taxonomy(), null);
                    skill.put("targetType", "ceasn:Competency");
                    alignments.add(skill);
                }
            }
        }
        for (StatedLevel level : StatedLevel.of(r)) {
            LevelFrameworks.url(level.framework()).ifPresent(url ->
                    alignments.add(alignment(level.name(), url, level.framework(), level.level())));
        }
        return alignments;
    }

    private static Map<String, Object> alignment(String name, String url, String framework, String code) {
        Map<String, Object> alignment = new LinkedHashMap<>();
        alignment.put("type", List.of("Alignment"));
        alignment.put("targetName", name);
        alignment.put("targetUrl", url);
        put(alignment, "targetFramework", framework);
        put(alignment, "targetCode", code);
        return alignment;
    }

    /** The mcfed id, then the ids of the same offering at other registries. */
    private static List<Object> identifiers(ColRecord r) {
        List<Object> ids = new ArrayList<>();
        ids.add(identifier(r.id()));
        if (r.sameAs() != null) {
            r.sameAs().forEach(id -> ids.add(identifier(id)));
        }
        return ids;
    }

    private static Map<String, Object> identifier(String id) {
        return Map.of("type", "IdentifierEntry", "identifier", id, "identifierType", "identifier");
    }
}
