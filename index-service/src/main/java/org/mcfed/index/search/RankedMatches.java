package org.mcfed.index.search;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One pass that ranks a page and keeps every match for exact counts while there are at most
 * {@code limit} of them. The pass asks for the page collector's score mode (top scores), not for a
 * complete one as a multi-collector with a facets collector would: once more than {@code limit}
 * records matched, Lucene may skip the records that cannot reach the page (block-max WAND, or the
 * sort field's points), and the kept matches are dropped (the counts are then estimated). Before
 * that point nothing is skipped, so at most {@code limit} matches means every match was kept.
 */
final class RankedMatches implements CollectorManager<RankedMatches.Pass, RankedMatches.Result> {

    /**
     * @param page the ranked page (its total hits are exact when their relation is EQUAL_TO)
     * @param matches every match, or null when there were more than the limit
     */
    record Result(TopFieldDocs page, FacetsCollector matches) {
    }

    private final TopFieldCollectorManager top;
    private final int limit;

    RankedMatches(Sort sort, int wanted, FieldDoc after, int limit) {
        this.top = new TopFieldCollectorManager(sort, wanted, after, limit, false);
        this.limit = limit;
    }

    @Override
    public Pass newCollector() {
        return new Pass(top.newCollector(), limit);
    }

    @Override
    public Result reduce(Collection<Pass> passes) throws IOException {
        List<TopFieldCollector> pages = new ArrayList<>();
        List<FacetsCollector> kept = new ArrayList<>();
        boolean complete = true;
        for (Pass p : passes) {
            pages.add(p.page);
            kept.add(p.matches);
            complete &= p.seen <= limit;
        }
        return new Result(top.reduce(pages), complete ? new FacetsCollectorManager(false).reduce(kept) : null);
    }

    /** The page's collector, and every match kept until more than the limit were seen. */
    static final class Pass implements Collector {

        private final TopFieldCollector page;
        private final FacetsCollector matches = new FacetsCollector(false);
        private final int limit;
        private long seen;

        private Pass(TopFieldCollector page, int limit) {
            this.page = page;
            this.limit = limit;
        }

        @Override
        public ScoreMode scoreMode() {
            return page.scoreMode();
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCollector kept = seen <= limit ? matches.getLeafCollector(context) : null;
            return new FilterLeafCollector(page.getLeafCollector(context)) {
                @Override
                public void collect(int doc) throws IOException {
                    if (kept != null && ++seen <= limit) {
                        kept.collect(doc);
                    }
                    in.collect(doc);
                }

                @Override
                public DocIdSetIterator competitiveIterator() throws IOException {
                    return in.competitiveIterator();
                }

                @Override
                public void finish() throws IOException {
                    in.finish();
                    if (kept != null) {
                        kept.finish();
                    }
                }
            };
        }
    }
}
