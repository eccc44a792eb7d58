package org.mcfed.index.store;

import org.mcfed.col.record.ColRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The search facets of shared/design/api.md: each one's public name (the facet key in responses and
 * the repeatable filter parameter) and how its values are read from a COL record. Adding a facet is
 * one constant here plus a schema version bump in {@link IndexSchema}.
 */
public enum FacetDim {
    COUNTRY("country", r -> List.of(upper(r.issuerCountry()))),
    FRAMEWORK("framework", r -> r.nqfLevel() == null ? List.of() : List.of(r.nqfLevel().framework())),
    NQF_LEVEL("nqfLevel", r -> r.nqfLevel() == null || r.nqfLevel().framework() == null || r.nqfLevel().level() == null
            ? List.of() : List.of(r.nqfLevel().key())),
    ISCED_LEVEL("iscedLevel", r -> List.of(r.iscedLevel())),
    AQRF_LEVEL("aqrfLevel", r -> List.of(r.aqrfLevel())),
    FIELD("field", r -> r.fieldOfEducation() == null ? List.of() : List.of(r.fieldOfEducation().broadField())),
    MODE("mode", ColRecord::modeOfLearning),
    LANGUAGE("language", ColRecord::languages),
    PROVIDER("provider", r -> r.awardingBody() == null ? List.of() : List.of(r.awardingBody().name())),
    STATUS("status", r -> List.of(r.status())),
    STACKABILITY("stackability", r -> r.stackability() == null ? List.of() : List.of(r.stackability().option())),
    SOURCE("source", r -> List.of(r.sourceOfId()));

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

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
