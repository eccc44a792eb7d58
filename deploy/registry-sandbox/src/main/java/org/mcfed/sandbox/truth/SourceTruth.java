package org.mcfed.sandbox.truth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The ground truth of one source: every live record and every deleted id. */
public record SourceTruth(String source, List<TruthRecord> live, List<DeletedRecord> deleted) {

    public Set<String> liveIds() {
        return byId().keySet();
    }

    public Map<String, TruthRecord> byId() {
        Map<String, TruthRecord> m = new LinkedHashMap<>();
        for (TruthRecord r : live) {
            m.put(r.id(), r);
        }
        return m;
    }

    public Set<String> deletedIds() {
        Set<String> s = new java.util.LinkedHashSet<>();
        for (DeletedRecord d : deleted) {
            s.add(d.id());
        }
        return s;
    }

    /** Ids whose pages a connector must reject (served malformed beyond use). */
    public Set<String> expectedRejects() {
        return ids(TruthRecord::expectReject);
    }

    /**
     * Ids the pipeline must reject: those the connector refuses and those whose page maps to a
     * record that breaks the COL schema (the normalizer rejects them as {@code invalid-record}).
     */
    public Set<String> expectedPipelineRejects() {
        return ids(TruthRecord::expectPipelineReject);
    }

    private Set<String> ids(java.util.function.Predicate<TruthRecord> test) {
        Set<String> s = new java.util.LinkedHashSet<>();
        for (TruthRecord r : live) {
            if (test.test(r)) {
                s.add(r.id());
            }
        }
        return s;
    }
}
