package org.mcfed.col.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * How complete the record is against the COL mandatory elements: {@code completeness} 0..1, the
 * mandatory JSON fields that are absent, the fields the aggregator computed rather than read (or whose
 * invalid optional value it dropped), and the compliance flags by flag id
 * ({@code org.mcfed.col.compliance.Compliance}); {@code compliance} is null, and its key absent from the
 * JSON, on records produced before the flags existed or not flagged (e.g. a connector's draft).
 */
public record Quality(Double completeness, List<String> missing, List<String> derived,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, ComplianceFlag> compliance) {

    @JsonCreator
    public Quality(@JsonProperty("completeness") Double completeness, @JsonProperty("missing") List<String> missing,
                   @JsonProperty("derived") List<String> derived,
                   @JsonProperty("compliance") Map<String, ComplianceFlag> compliance) {
        this.completeness = completeness;
        this.missing = missing;
        this.derived = derived;
        this.compliance = compliance;
    }

    /** Without compliance flags (they are not computed, or not known). */
    public Quality(Double completeness, List<String> missing, List<String> derived) {
        this(completeness, missing, derived, null);
    }
}
