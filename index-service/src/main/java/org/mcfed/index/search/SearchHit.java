package org.mcfed.index.search;

import org.mcfed.col.record.ColRecord;

import java.util.LinkedHashMap;
import java.util.Map;

/** One result of a search: the COL fields a result list shows (COL field names), plus {@code highlight}. */
final class SearchHit {

    private SearchHit() {
    }

    static Map<String, Object> of(ColRecord r, Map<String, String> highlight) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("title", r.title());
        m.put("issuerCountry", r.issuerCountry());
        m.put("awardingBody", r.awardingBody());
        m.put("workloadHours", r.workloadHours());
        m.put("nqfLevel", r.nqfLevel());
        m.put("iscedLevel", r.iscedLevel());
        m.put("aqrfLevel", r.aqrfLevel());
        m.put("modeOfLearning", r.modeOfLearning());
        m.put("languages", r.languages());
        m.put("status", r.status());
        m.put("cost", r.cost());
        m.put("stackability", r.stackability());
        m.put("url", r.url());
        m.put("updatedAt", r.updatedAt());
        m.put("highlight", highlight);
        return m;
    }
}
