package org.mcfed.index.search;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TotalHits;
import org.mcfed.index.store.FacetDim;
import org.mcfed.index.store.IndexSchema;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The total and facet counts of one search: exact up to {@link CountLimits#exactCount()} matches,
 * estimated from a {@link MatchSample} above it. The matches the search's own pass kept (while
 * ranking its page) count every facet without a filter; each facet with a filter is counted sideways
 * (its own filter left out, so a learner sees what else they could pick) in a pass of its own that
 * scores nothing, exactly while it finds no more than the limit, else in the sample. Lucene's
 * {@code DrillSideways}, which answered every search before, also filled in the page's scores after
 * the search by building the query's weight a second time, for scores nothing read: a search costs
 * about a tenth less CPU without it (BENCHMARKS.md, issue 12).
 */
final class FacetCounting {

    /**
     * Total matches and the counts per facet (value to count, largest first; every facet present).
     *
     * @param totalExact false when the total is estimated from the sample
     * @param facetsExact false when any facet's counts are estimated from the sample
     */
    record Counts(long total, boolean totalExact, Map<String, Map<String, Long>> facets, boolean facetsExact) {
    }

    private FacetCounting() {
    }

    /**
     * The total and facets of {@code ranked}, the ranking pass over {@code query} ({@code base} with
     * every filter applied); filtered facets counted sideways. The total of a search without text
     * ({@code browse}) stays exact at any size: counting its filters' matches scores nothing.
     */
    static Counts of(IndexSearcher searcher, SortedSetDocValuesReaderState state, Query base, Query query,
                     Map<FacetDim, List<String>> filters, RankedMatches.Result ranked, CountLimits limits,
                     boolean browse) throws IOException {
        TotalHits hits = ranked.page().totalHits;
        long total;
        boolean totalExact = true;
        FacetsCollector matches = ranked.matches();
        MatchSample sample = null;
        if (matches != null) {
            total = matches.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
        } else {
            sample = MatchSample.of(searcher, query, limits.sample());
            matches = sample.matches();
            if (hits.relation == TotalHits.Relation.EQUAL_TO) {
                total = hits.value;
            } else if (sample.whole()) {
                total = sample.sampled();
            } else if (browse) {
                total = searcher.count(query);
            } else {
                // more than the limit matched (the ranking pass stopped counting there), whatever the sample says
                total = Math.max(sample.estimate(), hits.value);
                totalExact = false;
            }
        }
        boolean facetsExact = sample == null || sample.whole();
        SortedSetDocValuesFacetCounts all = new SortedSetDocValuesFacetCounts(state, matches);
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (FacetDim dim : FacetDim.values()) {
            boolean filtered = filters.containsKey(dim) && !filters.get(dim).isEmpty();
            if (!filtered) {
                facets.put(dim.param(), top(all, dim, sample));
                continue;
            }
            Query sideways = drillDown(base, filters, dim);
            // a facet's sideways matches include the search's own: past the limit already, they are too
            FacetsCollector exact = sample == null ? upTo(searcher, sideways, limits.exactCount()) : null;
            MatchSample sidewaysSample = exact == null ? MatchSample.of(searcher, sideways, limits.sample()) : null;
            facetsExact &= sidewaysSample == null || sidewaysSample.whole();
            SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, exact != null ? exact : sidewaysSample.matches());
            facets.put(dim.param(), top(counts, dim, sidewaysSample));
        }
        return new Counts(total, totalExact, facets, facetsExact);
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

    /** Every match of {@code query} (scoring nothing), or null when there are more than {@code limit}. */
    private static FacetsCollector upTo(IndexSearcher searcher, Query query, int limit) throws IOException {
        try {
            return searcher.search(query, new CollectorManager<Collector, FacetsCollector>() {
                private final FacetsCollector matches = new FacetsCollector(false);

                @Override
                public Collector newCollector() {
                    return new Collector() {
                        private long seen;

                        @Override
                        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                            return new FilterLeafCollector(matches.getLeafCollector(context)) {
                                @Override
                                public void collect(int doc) throws IOException {
                                    if (++seen > limit) {
                                        throw ABOVE_LIMIT;
                                    }
                                    in.collect(doc);
                                }
                            };
                        }

                        @Override
                        public ScoreMode scoreMode() {
                            return ScoreMode.COMPLETE_NO_SCORES;
                        }
                    };
                }

                @Override
                public FacetsCollector reduce(Collection<Collector> collectors) {
                    return matches;
                }
            });
        } catch (AboveLimit e) {
            return null;
        }
    }

    /** Thrown to stop an exact count that went past the limit (no stack trace: it is control flow). */
    private static final class AboveLimit extends RuntimeException {
        AboveLimit() {
            super("above the exact count limit", null, false, false);
        }
    }

    private static final AboveLimit ABOVE_LIMIT = new AboveLimit();

    /** The facet's largest values; scaled to the whole index when counted in a {@code sample} (null: exact). */
    private static Map<String, Long> top(SortedSetDocValuesFacetCounts counts, FacetDim dim, MatchSample sample) throws IOException {
        Map<String, Long> out = new LinkedHashMap<>();
        FacetResult fr;
        try {
            fr = counts.getTopChildren(Limits.FACET_VALUES, dim.param());
        } catch (IllegalArgumentException notIndexedYet) {
            return out;
        }
        if (fr != null) {
            for (LabelAndValue lv : fr.labelValues) {
                out.put(lv.label, sample == null ? lv.value.longValue() : sample.scaled(lv.value.longValue()));
            }
        }
        return out;
    }
}
