package org.mcfed.index.search;

import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.store.IndexSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs searches of the API on a Lucene index: free text ({@link TextQuery}), facet filters with
 * drill-sideways counts ({@link FacetCounting}, estimated above {@link CountLimits#exactCount()}
 * matches), ranges, sorts and cursor paging. Works on any searcher source: the
 * service's near-real-time one, or a read-only one (the benchmark's in-process baseline).
 */
public final class RecordSearch {

    private static final Query RECORDS = new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_RECORD));
    private static final Query DELETION_MARKERS = new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DELETED));

    private final ReferenceManager<IndexSearcher> searchers;
    private final FacetStates facetStates = new FacetStates();
    private final CrossLingualLexicon lexicon = CrossLingualLexicon.bundled();
    private final CountLimits limits;

    /** Searches with the default {@link CountLimits}. */
    public RecordSearch(ReferenceManager<IndexSearcher> searchers) {
        this(searchers, CountLimits.DEFAULT);
    }

    /** Searches that count exactly up to {@code limits.exactCount()} matches and estimate above it. */
    public RecordSearch(ReferenceManager<IndexSearcher> searchers, CountLimits limits) {
        this.searchers = searchers;
        this.limits = limits;
    }

    /**
     * Answers one search.
     *
     * @throws BadRequest for a query or cursor that cannot be answered
     */
    public SearchResult search(SearchRequest request) {
        UserQuery userQuery = UserQuery.parse(request.q());
        QueryTranslation translation = request.translate() ? QueryTranslation.of(userQuery, lexicon) : QueryTranslation.off(userQuery);
        SearchCursor cursor = request.cursor() == null ? null : SearchCursor.decode(request.cursor(), request);
        boolean strict = cursor == null || cursor.strict();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                SearchResult result = run(searcher, request, userQuery, translation, strict, cursor);
                if (result.total() == 0 && strict && cursor == null && TextQuery.canRelax(translation, userQuery.phrases())) {
                    result = run(searcher, request, userQuery, translation, false, null);
                }
                return result;
            } finally {
                searchers.release(searcher);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadRequest("q expands to too many terms; use fewer or longer words");
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    private SearchResult run(IndexSearcher searcher, SearchRequest request, UserQuery userQuery, QueryTranslation translation,
                             boolean strict, SearchCursor cursor) throws IOException {
        Query text = TextQuery.withExactId(TextQuery.build(translation, userQuery.phrases(), strict, KnownWords.of(searcher.getIndexReader())), request.q());
        BooleanQuery.Builder baseQuery = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        // Every document is a record or a deletion marker. A text search leaves out the few markers
        // instead of requiring the record kind, whose postings (nearly every document) it would
        // otherwise decode at each match (BENCHMARKS.md, issue 12). Browsing, with no text, keeps the filter.
        if (text instanceof MatchAllDocsQuery) {
            baseQuery.add(RECORDS, BooleanClause.Occur.FILTER);
        } else {
            baseQuery.add(DELETION_MARKERS, BooleanClause.Occur.MUST_NOT);
        }
        if (request.hoursMin() != null || request.hoursMax() != null) {
            baseQuery.add(DoublePoint.newRangeQuery(IndexSchema.HOURS,
                    request.hoursMin() == null ? Double.NEGATIVE_INFINITY : request.hoursMin(),
                    request.hoursMax() == null ? Double.POSITIVE_INFINITY : request.hoursMax()), BooleanClause.Occur.FILTER);
        }
        if (request.costMax() != null) {
            baseQuery.add(DoublePoint.newRangeQuery(IndexSchema.COST, Double.NEGATIVE_INFINITY, request.costMax()), BooleanClause.Occur.FILTER);
        }
        Query base = baseQuery.build();
        DrillDownQuery query = FacetCounting.drillDown(base, request.filters(), null);

        int maxDoc = searcher.getIndexReader().maxDoc();
        // Sort values end with the unique id, so the doc id only breaks the tie with the cursor's own hit: exclude it.
        FieldDoc after = cursor == null || maxDoc == 0 ? null : new FieldDoc(maxDoc - 1, Float.NaN, cursor.after().fields);
        int wanted = request.size() + 1;
        SortedSetDocValuesReaderState state = facetStates.of(searcher.getIndexReader());
        RankedMatches.Result ranked = searcher.search(query, new RankedMatches(request.sort().sort(), wanted, after, limits.exactCount()));
        TopDocs hits = ranked.page();
        FacetCounting.Counts counts;
        if (state == null) {
            long total = hits.totalHits.relation == TotalHits.Relation.EQUAL_TO ? hits.totalHits.value : searcher.count(query);
            counts = new FacetCounting.Counts(total, true, FacetCounting.none(), true);
        } else {
            counts = FacetCounting.of(searcher, state, base, query, request.filters(), ranked, limits, text instanceof MatchAllDocsQuery);
        }

        List<Map<String, Object>> results = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        int shown = Math.min(request.size(), hits.scoreDocs.length);
        Highlights highlights = userQuery.isEmpty() ? null : Highlights.of(text);
        for (int i = 0; i < shown; i++) {
            BytesRef json = stored.document(hits.scoreDocs[i].doc, Set.of(IndexSchema.JSON)).getBinaryValue(IndexSchema.JSON);
            ColRecord record = ColJson.read(java.util.Arrays.copyOfRange(json.bytes, json.offset, json.offset + json.length));
            results.add(SearchHit.of(record, highlights == null ? Map.of() : highlights.mark(record)));
        }
        String next = null;
        if (hits.scoreDocs.length > request.size()) {
            FieldDoc last = (FieldDoc) hits.scoreDocs[request.size() - 1];
            next = new SearchCursor(request.fingerprint(), strict, last).encode(request.sort());
        }
        return new SearchResult(counts.total(), counts.totalExact(), results, counts.facets(), counts.facetsExact(), next, !strict,
                translation.translations());
    }
}
