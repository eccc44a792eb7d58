package org.mcfed.index.search;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.mcfed.index.store.FacetDim;
import org.mcfed.index.store.IndexSchema;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact total and facet counts of one search. The matches the search's own pass collected
 * (while ranking its page) count every facet without a filter; each facet with a filter is counted
 * sideways (its own filter left out, so a learner sees what else they could pick) in a pass of its
 * own that scores nothing. Lucene's {@code DrillSideways}, which answered every search before, also
 * filled in the page's scores after the search by building the query's weight a second time, for
 * scores nothing read: a search costs about a tenth less CPU without it (BENCHMARKS.md, issue 12).
 */
final class FacetCounting {

    /** Total matches and the counts per facet (value to count, largest first; every facet present). */
    record Counts(long total, Map<String, Map<String, Long>> facets) {
    }

    private FacetCounting() {
    }

    /** The total and facets of {@code hits}, the matches of {@code base} with every filter applied; filtered facets counted sideways. */
    static Counts of(IndexSearcher searcher, SortedSetDocValuesReaderState state, Query base,
                     Map<FacetDim, List<String>> filters, FacetsCollector hits) throws IOException {
        long total = hits.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
        SortedSetDocValuesFacetCounts all = new SortedSetDocValuesFacetCounts(state, hits);
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (FacetDim dim : FacetDim.values()) {
            boolean filtered = filters.containsKey(dim) && !filters.get(dim).isEmpty();
            SortedSetDocValuesFacetCounts counts = filtered
                    ? new SortedSetDocValuesFacetCounts(state, collect(searcher, drillDown(base, filters, dim))) : all;
            facets.put(dim.param(), top(counts, dim));
        }
        return new Counts(total, facets);
    }

    /** Every facet present and empty: the index has no facet values yet. */
    static Map<String, Map<String, Long>> none() {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (FacetDim dim : FacetDim.values()) {
            facets.put(dim.param(), Map.of());
        }
        return facets;
    }

    /** The query with every filter but {@code except}'s (null: all of them). */
    static DrillDownQuery drillDown(Query base, Map<FacetDim, List<String>> filters, FacetDim except) {
        DrillDownQuery query = new DrillDownQuery(IndexSchema.facetsConfig(), base);
        filters.forEach((dim, values) -> {
            if (dim != except) {
                values.forEach(v -> query.add(dim.param(), v));
            }
        });
        return query;
    }

    private static FacetsCollector collect(IndexSearcher searcher, Query query) throws IOException {
        // keepScores false: the collector asks for COMPLETE_NO_SCORES, so no match is scored
        return searcher.search(query, new FacetsCollectorManager(false));
    }

    private static Map<String, Long> top(SortedSetDocValuesFacetCounts counts, FacetDim dim) throws IOException {
        Map<String, Long> out = new LinkedHashMap<>();
        FacetResult fr;
        try {
            fr = counts.getTopChildren(Limits.FACET_VALUES, dim.param());
        } catch (IllegalArgumentException notIndexedYet) {
            return out;
        }
        if (fr != null) {
            for (LabelAndValue lv : fr.labelValues) {
                out.put(lv.label, lv.value.longValue());
            }
        }
        return out;
    }
}
