package org.mcfed.index.bench;

import org.mcfed.index.store.FacetDim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One search of the query log in Solr's terms, the closest to what the service does with it: the
 * text to edismax (the /select defaults carry the fields and boosts), every facet filter as a tagged
 * terms filter that its own facet's counts exclude (the service's drill-sideways counts), ranges
 * as range filters, the sort with the id as tie-break, and the 12 facets.
 */
final class SolrQuery {

    private static final List<String> FACETS = List.of("country", "framework", "nqfLevel", "iscedLevel", "aqrfLevel", "field",
            "mode", "language", "provider", "status", "stackability", "source");

    private SolrQuery() {
    }

    static Map<String, List<String>> of(QueryLog.Entry e, int rows) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        String q = e.q().strip();
        if (!q.isEmpty()) {
            p.put("q", List.of(q));
        }
        p.put("rows", List.of(Integer.toString(rows)));
        List<String> fq = new ArrayList<>();
        e.params().forEach((k, vs) -> {
            FacetDim dim = FacetDim.byParam(k);
            if (dim != null) {
                fq.add("{!terms f=" + k + " tag=" + k + "}" + String.join(",", vs));
            }
        });
        String hoursMin = first(e, "hoursMin");
        String hoursMax = first(e, "hoursMax");
        if (hoursMin != null || hoursMax != null) {
            fq.add("hours:[" + (hoursMin == null ? "*" : hoursMin) + " TO " + (hoursMax == null ? "*" : hoursMax) + "]");
        }
        String costMax = first(e, "costMax");
        if (costMax != null) {
            fq.add("cost:[* TO " + costMax + "]");
        }
        if (!fq.isEmpty()) {
            p.put("fq", fq);
        }
        String sort = first(e, "sort");
        p.put("sort", List.of(switch (sort == null ? "relevance" : sort) {
            case "hours" -> "hours asc,id asc";
            case "-hours" -> "hours desc,id asc";
            case "cost" -> "cost asc,id asc";
            case "-cost" -> "cost desc,id asc";
            case "updated" -> "updated desc,id asc";
            default -> "score desc,id asc";
        }));
        p.put("facet", List.of("true"));
        p.put("facet.field", FACETS.stream().map(f -> "{!ex=" + f + "}" + f).toList());
        return p;
    }

    private static String first(QueryLog.Entry e, String key) {
        List<String> v = e.params().get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
