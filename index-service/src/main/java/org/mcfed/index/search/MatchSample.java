package org.mcfed.index.search;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

import java.io.IOException;

/**
 * The matches of a query in a fixed sample of the index, for estimated counts of large result sets.
 * The sample is a window at the start of every {@value #WINDOW} documents of each segment, the same
 * for every search, so an answer does not change from one request to the next. The query is scored
 * only inside the windows (Lucene's bulk scorer over a range of doc ids, its postings skipping
 * between them), so the cost falls with the share, unlike Lucene's {@code RandomSamplingFacetsCollector},
 * which visits every match and samples afterwards. Records are spread over doc ids by when they were
 * indexed, not by what they say, so every window holds a fair mix.
 *
 * @param matches the matches inside the windows (facet counts of the sample)
 * @param scale documents of the index per document of the sample
 */
record MatchSample(FacetsCollector matches, double scale) {

    static final int WINDOW = 4096;

    /** Counts {@code query}'s matches in {@code share} (0 to 1] of every segment. */
    static MatchSample of(IndexSearcher searcher, Query query, double share) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        int take = Math.max(1, (int) Math.round(share * WINDOW));
        FacetsCollector matches = new FacetsCollector(false);
        long docs = 0;
        long sampled = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int maxDoc = leaf.reader().maxDoc();
            docs += maxDoc;
            for (int start = 0; start < maxDoc; start += WINDOW) {
                sampled += Math.min(take, maxDoc - start);
            }
            LeafCollector collector = matches.getLeafCollector(leaf);
            BulkScorer scorer = weight.bulkScorer(leaf);
            int next = 0;
            for (int start = 0; scorer != null && start < maxDoc && next != DocIdSetIterator.NO_MORE_DOCS; start += WINDOW) {
                int end = Math.min(start + take, maxDoc);
                if (next < end) {
                    next = scorer.score(collector, leaf.reader().getLiveDocs(), Math.max(start, next), end);
                }
            }
            collector.finish();
        }
        return new MatchSample(matches, sampled == 0 ? 1 : (double) docs / sampled);
    }

    /** Whether the windows covered the whole index (small segments), so that the counts are exact. */
    boolean whole() {
        return scale == 1;
    }

    /** Matches in the sample. */
    long sampled() {
        return matches.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
    }

    /** The estimated matches in the whole index. */
    long estimate() {
        return scaled(sampled());
    }

    /** A count scaled from the sample to the whole index, rounded as "about" reads. */
    long scaled(long sampledCount) {
        return whole() ? sampledCount : about(sampledCount * scale);
    }

    /** Rounded to three significant digits (12,345 to 12,300; below 1,000 to the unit): no more is known. */
    static long about(double estimate) {
        long n = Math.round(estimate);
        long unit = 1;
        while (n / unit >= 1000) {
            unit *= 10;
        }
        return Math.round((double) n / unit) * unit;
    }
}
