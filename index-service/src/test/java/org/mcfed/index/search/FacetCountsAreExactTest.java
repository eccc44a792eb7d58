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

/**
 * The total and every facet count of a search equal what counting its hits one by one gives: the
 * hits of the search walked page by page through its cursors, and, for a facet with a filter, the
 * hits of the same search without that facet's filter (drill-sideways). Ranking only the shown page
 * and counting without scores must not change a single count. Queries of the benchmark's log (text,
 * filters, ranges, browsing) on 1,500 of the benchmark's catalogue records.
 */
class FacetCountsAreExactTest {

    private static final int RECORDS = 1_500;
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
