package org.mcfed.index.store;

import org.mcfed.col.record.ColRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The search facets of docs/api.md: each one's public name (the facet key in responses and
 * the repeatable filter parameter) and how its values are read from a COL record. Adding a facet is
 * one constant here plus a schema version bump in {@link IndexSchema}.
 */
public enum FacetDim {
    COUNTRY("country", r -> one(upper(r.issuerCountry()))),
    FRAMEWORK("framework", r -> r.nqfLevel() == null ? List.of() : one(r.nqfLevel().framework())),
    NQF_LEVEL("nqfLevel", r -> r.nqfLevel() == null || r.nqfLevel().framework() == null || r.nqfLevel().level() == null
            ? List.of() : one(r.nqfLevel().key())),
    ISCED_LEVEL("iscedLevel", r -> one(r.iscedLevel())),
    AQRF_LEVEL("aqrfLevel", r -> one(r.aqrfLevel())),
    FIELD("field", r -> r.fieldOfEducation() == null ? List.of() : one(r.fieldOfEducation().broadField())),
    MODE("mode", ColRecord::modeOfLearning),
    LANGUAGE("language", ColRecord::languages),
    PROVIDER("provider", r -> r.awardingBody() == null ? List.of() : one(r.awardingBody().name())),
    STATUS("status", r -> one(r.status())),
    STACKABILITY("stackability", r -> r.stackability() == null ? List.of() : one(r.stackability().option())),
    SOURCE("source", r -> one(r.harvestedFrom())),
    /** The compliance flags the record meets ({@code quality.compliance}, interface 1 of issue 13); none on older records. */
    COMPLIANCE("compliance", FacetDim::flagsMet);

    private final String param;
    private final Function<ColRecord, List<String>> extractor;

    FacetDim(String param, Function<ColRecord, List<String>> extractor) {
        this.param = param;
        this.extractor = extractor;
    }

    /** The public name: facet key in search responses and filter parameter name. */
    public String param() {
        return param;
    }

    /** The record's non-blank values for this facet (trimmed, no duplicates). */
    public List<String> valuesOf(ColRecord record) {
        List<String> raw = extractor.apply(record);
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        for (String v : raw) {
            if (v != null && !v.isBlank() && !out.contains(v.strip())) {
                out.add(v.strip());
            }
        }
        return out;
    }

    /** The facet with this public name, or null. */
    public static FacetDim byParam(String name) {
        for (FacetDim d : values()) {
            if (d.param.equals(name)) {
                return d;
            }
        }
        return null;
    }

    /** A list of one value, which may be null (dropped by {@link #valuesOf}). */
    private static List<String> one(String value) {
        return java.util.Collections.singletonList(value);
    }

    private static List<String> flagsMet(ColRecord r) {
        if (r.quality() == null || r.quality().compliance() == null) {
            return List.of();
        }
        List<String> met = new ArrayList<>();
        r.quality().compliance().forEach((flag, f) -> {
            if (f != null && f.met()) {
                met.add(flag);
            }
        });
        met.sort(null);
        return met;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
