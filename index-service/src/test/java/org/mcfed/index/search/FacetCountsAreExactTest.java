package org.mcfed.index.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.bench.QueryLog;
import org.mcfed.index.bench.ZipfCatalog;
import org.mcfed.index.store.FacetDim;
import org.mcfed.index.store.LuceneRecordStore;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * The total and every facet count of a search equal what counting its hits one by one gives: the
 * hits of the search walked page by page through its cursors, and, for a facet with a filter, the
 * hits of the same search without that facet's filter (drill-sideways). Ranking only the shown page
 * and counting without scores must not change a single count. Queries of the benchmark's log (text,
 * filters, ranges, browsing) on 1,500 of the benchmark's catalogue records. Above the exact count
 * limit (set low here) the counts are estimated, say so, and stay close to the exact ones.
 */
class FacetCountsAreExactTest {

    private static final int RECORDS = 1_500;
    private static final int LOW_LIMIT = 150;
    private static final List<String> CLASSES = List.of("en", "filter", "range", "browse", "broad", "ms", "zh-Hant");

    private static LuceneRecordStore store;
    private static RecordSearch search;

    @BeforeAll
    static void index() throws IOException {
        store = IndexedRecords.of("facet-counts", IntStream.range(0, RECORDS).mapToObj(ZipfCatalog::record).toList());
        search = new RecordSearch(store.searchers());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void totalsAndFacetCountsEqualTheCountsOfEveryHit() {
        int checked = 0;
        int filtered = 0;
        for (String queryClass : CLASSES) {
            List<QueryLog.Entry> entries = QueryLog.bundled().entries().stream()
                    .filter(e -> e.queryClass().equals(queryClass) && e.page() == 1).limit(6).toList();
            for (QueryLog.Entry e : entries) {
                SearchRequest request = SearchRequest.parse(withSize(e.params(), 20));
                SearchResult answer = search.search(request);
                List<ColRecord> hits = everyHit(SearchRequest.parse(withSize(e.params(), 100)));
                assertThat(answer.total()).as("total of %s", e.queryString()).isEqualTo(hits.size());
                assertThat(answer.totalExact() && answer.facetsExact()).as("below the limit, %s says its counts are exact", e.queryString()).isTrue();
                for (FacetDim dim : FacetDim.values()) {
                    List<ColRecord> counted = hits;
                    if (request.filters().containsKey(dim)) {
                        if (answer.relaxed()) {
                            continue;   // the sideways search of a relaxed answer is relaxed too, which the API cannot ask for
                        }
                        Map<FacetDim, List<String>> others = new EnumMap<>(request.filters());
                        others.remove(dim);
                        counted = everyHit(new SearchRequest(request.q(), 100, null, request.sort(), request.hoursMin(),
                                request.hoursMax(), request.costMax(), others, request.translate()));
                        filtered++;
                    }
                    assertCounts(answer.facets().get(dim.param()), tally(counted, dim), dim + " of " + e.queryString());
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(6 * CLASSES.size());
        assertThat(filtered).as("facets counted sideways").isGreaterThanOrEqualTo(10);
    }

    /**
     * With a limit of {@value #LOW_LIMIT} matches, a search with no more matches answers exactly as
     * before, flags and all; one with more ranks the same page, says its facet counts are estimated
     * and estimates them close to the exact ones; its total is exact (always without text, and when
     * the ranking pass counted every match) or estimated close to the exact one, and says which.
     */
    @Test
    void aboveTheLimitCountsAreEstimatedCloseToTheExactOnesAndSaySo() {
        RecordSearch limited = new RecordSearch(store.searchers(), new CountLimits(LOW_LIMIT, 0.125));
        int above = 0;
        int below = 0;
        for (String queryClass : CLASSES) {
            for (QueryLog.Entry e : QueryLog.bundled().entries().stream()
                    .filter(x -> x.queryClass().equals(queryClass) && x.page() == 1).limit(6).toList()) {
                SearchRequest request = SearchRequest.parse(withSize(e.params(), 20));
                SearchResult exact = search.search(request);
                SearchResult answer = limited.search(request);
                String what = e.queryString();
                assertThat(ids(answer)).as("page of %s", what).isEqualTo(ids(exact));
                if (exact.total() <= LOW_LIMIT) {
                    assertThat(answer.total()).as("total of %s", what).isEqualTo(exact.total());
                    assertThat(answer.totalExact()).as("total of %s exact", what).isTrue();
                    exact.facets().forEach((dim, counts) -> {
                        // a filtered facet counts the search without its filter, which may be above the limit
                        if (answer.facetsExact() || !request.filters().containsKey(FacetDim.byParam(dim))) {
                            assertThat(answer.facets().get(dim)).as("%s of %s", dim, what).isEqualTo(counts);
                        }
                    });
                    below++;
                    continue;
                }
                above++;
                boolean browse = request.q() == null || request.q().isBlank();
                // Whether Lucene stops counting above the limit depends on its scorers (in the whole test suite,
                // not in this class alone, it counted every match of some): a total said to be exact must be
                // the real one, an estimated one close to it; a total without text is always exact
                assertThat(answer.totalExact() || !browse).as("total of %s (no text) exact", what).isTrue();
                if (answer.totalExact()) {
                    assertThat(answer.total()).as("exact total of %s", what).isEqualTo(exact.total());
                } else {
                    assertThat(answer.total()).as("estimated total of %s", what).isCloseTo(exact.total(), withinPercentage(20));
                }
                if (answer.facetsExact()) {
                    // every slice of a concurrent search stayed within the limit, so every match was kept: exact counts must be the real ones
                    assertThat(answer.facets()).as("exact facets of %s", what).isEqualTo(exact.facets());
                    continue;
                }
                exact.facets().forEach((dim, counts) -> counts.forEach((value, n) -> {
                    if (n >= 100) {
                        assertThat(answer.facets().get(dim).get(value)).as("%s %s of %s", dim, value, what)
                                .isNotNull().isCloseTo(n, withinPercentage(30));
                    }
                }));
            }
        }
        assertThat(above).as("searches above the limit").isGreaterThanOrEqualTo(8);
        assertThat(below).as("searches below the limit").isGreaterThanOrEqualTo(8);
    }

    private static List<Object> ids(SearchResult r) {
        return r.results().stream().map(m -> m.get("id")).toList();
    }

    /** Every hit of the request, through its cursors. */
    private static List<ColRecord> everyHit(SearchRequest first) {
        List<ColRecord> out = new ArrayList<>();
        SearchRequest request = first;
        while (true) {
            SearchResult page = search.search(request);
            page.results().forEach(m -> out.add(store.get((String) m.get("id")).orElseThrow()));
            if (page.next() == null) {
                return out;
            }
            request = request.withCursor(page.next());
        }
    }

    private static Map<String, Long> tally(List<ColRecord> records, FacetDim dim) {
        Map<String, Long> out = new HashMap<>();
        for (ColRecord r : records) {
            for (String v : dim.valuesOf(r)) {
                out.merge(v, 1L, Long::sum);
            }
        }
        return out;
    }

    /** Equal maps; when the facet has more values than the answer shows, the shown ones are the largest and exact. */
    private static void assertCounts(Map<String, Long> answered, Map<String, Long> expected, String what) {
        if (expected.size() <= Limits.FACET_VALUES) {
            assertThat(answered).as(what).isEqualTo(expected);
            return;
        }
        assertThat(answered).as(what).hasSize(Limits.FACET_VALUES);
        long smallestShown = answered.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        answered.forEach((v, n) -> assertThat(n).as(what + " " + v).isEqualTo(expected.get(v)));
        assertThat(expected.entrySet().stream().filter(x -> !answered.containsKey(x.getKey())))
                .as(what + ": values left out count no more than the shown ones")
                .allMatch(x -> x.getValue() <= smallestShown);
    }

    private static Map<String, List<String>> withSize(Map<String, List<String>> params, int size) {
        Map<String, List<String>> out = new LinkedHashMap<>(params);
        out.put("size", List.of(Integer.toString(size)));
        return out;
    }
}
