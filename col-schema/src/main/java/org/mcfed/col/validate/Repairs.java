package org.mcfed.col.validate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which schema problems a record survives: an invalid value of a COL optional element (duration,
 * replaces, replaced by, cost, financial support, verification) or of an aggregator value read from
 * the source (credit, field of education, AQRF level, url, outcomes by language, sameAs) is dropped,
 * and the field named in {@code quality.derived}; a problem on any other element rejects the record.
 * One list for every place that decides this (the normalizer, and mappers that bind leniently), so a
 * record is never repaired in one and rejected in the other.
 */
public final class Repairs {

    /** Top-level fields whose invalid value is dropped rather than the record rejected. */
    public static final Set<String> DROPPABLE = Set.of("durationWeeks", "replaces", "replacedBy", "cost",
            "financialSupport", "verification", "credit", "fieldOfEducation", "aqrfLevel", "url",
            "learningOutcomesByLanguage", "sameAs");

    private Repairs() {
    }

    /** Whether every problem is on a droppable field, so that dropping them repairs the record. */
    public static boolean repairable(List<Problem> problems) {
        return problems.stream().allMatch(p -> DROPPABLE.contains(topLevel(p.field())));
    }

    /** The top-level fields these problems are on, in order. */
    public static Set<String> fields(List<Problem> problems) {
        Set<String> fields = new LinkedHashSet<>();
        problems.forEach(p -> fields.add(topLevel(p.field())));
        return fields;
    }

    /** {@code cost} of {@code cost.currency}, {@code sameAs} of {@code sameAs[0]}. */
    public static String topLevel(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '[') {
                return path.substring(0, i);
            }
        }
        return path;
    }
}
