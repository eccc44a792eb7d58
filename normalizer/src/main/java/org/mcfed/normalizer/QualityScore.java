package org.mcfed.normalizer;

import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Quality;
import org.mcfed.col.vocab.Vocabularies;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores a record against the COL mandatory elements ({@link Vocabularies#MANDATORY_FIELDS}):
 * completeness is the share present, {@code missing} names the absent ones in the order of
 * col-record.md. An empty string, list or language map counts as absent: a source that publishes
 * an empty cell has not stated the value. {@code derived} is kept as the enrichment reported it.
 */
public final class QualityScore {

    private static final Map<String, Function<ColRecord, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("id", ColRecord::id);
        FIELDS.put("title", ColRecord::title);
        FIELDS.put("description", ColRecord::description);
        FIELDS.put("issuerCountry", ColRecord::issuerCountry);
        FIELDS.put("awardingBody", r -> r.awardingBody() == null ? null : r.awardingBody().name());
        FIELDS.put("workloadHours", ColRecord::workloadHours);
        FIELDS.put("nqfLevel", r -> r.nqfLevel() == null ? null : r.nqfLevel().level());
        FIELDS.put("iscedLevel", ColRecord::iscedLevel);
        FIELDS.put("learningOutcomes", ColRecord::learningOutcomes);
        FIELDS.put("skills", ColRecord::skills);
        FIELDS.put("prerequisites", ColRecord::prerequisites);
        FIELDS.put("status", ColRecord::status);
        FIELDS.put("languages", ColRecord::languages);
        FIELDS.put("modeOfLearning", ColRecord::modeOfLearning);
        FIELDS.put("assessment", r -> r.assessment() == null ? null
                : (present(r.assessment().types()) ? r.assessment().types() : r.assessment().description()));
        FIELDS.put("supervision", ColRecord::supervision);
        FIELDS.put("qualityAssurance", r -> r.qualityAssurance() == null ? null : r.qualityAssurance().body());
        FIELDS.put("gradeRequired", ColRecord::gradeRequired);
        FIELDS.put("stackability", r -> r.stackability() == null ? null : r.stackability().option());
        if (!FIELDS.keySet().equals(new java.util.LinkedHashSet<>(Vocabularies.MANDATORY_FIELDS))) {
            throw new IllegalStateException("QualityScore does not cover the COL mandatory fields " + Vocabularies.MANDATORY_FIELDS);
        }
    }

    private QualityScore() {
    }

    /** The record with {@code quality} filled; completeness rounded to 4 decimals so the bytes are stable. */
    public static ColRecord apply(ColRecord record) {
        List<String> missing = new ArrayList<>();
        for (String field : Vocabularies.MANDATORY_FIELDS) {
            if (!present(FIELDS.get(field).apply(record))) {
                missing.add(field);
            }
        }
        int total = Vocabularies.MANDATORY_FIELDS.size();
        double completeness = Math.round((total - missing.size()) * 10000.0 / total) / 10000.0;
        List<String> derived = record.quality() == null || record.quality().derived() == null
                ? List.of() : record.quality().derived();
        return record.toBuilder().quality(new Quality(completeness, List.copyOf(missing), derived)).build();
    }

    static boolean present(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof String s) {
            return !s.isBlank();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().anyMatch(QualityScore::present);
        }
        if (value instanceof Map<?, ?> m) {
            return m.values().stream().anyMatch(QualityScore::present);
        }
        return true;
    }
}
