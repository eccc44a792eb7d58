package org.mcfed.index.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How searches count their matches (keys {@code mcfed.search.*}). Counting every match of a search
 * that matches hundreds of thousands of records costs more than ranking its page: above a size the
 * total and the facet counts are estimated from a fixed sample of the index, and the answer says so
 * ({@code totalExact}, {@code facetsExact}; docs/api.md).
 */
@ConfigMapping(prefix = "mcfed.search")
public interface SearchConfig {

    /**
     * Matches up to which a search's total and facet counts are exact. Above it the ranking pass may
     * skip records that cannot reach the page (block-max WAND), and the counts come from the sample.
     * 10,000 keeps the query log's median search at 1,000,000 records exact (BENCHMARKS.md, issue 12).
     */
    @WithDefault("10000")
    int exactCountLimit();

    /**
     * Share of the index (0 to 1) whose matches an estimated count visits: a window at the start of
     * every 4,096 documents of each segment, the same windows for every search, counts scaled by the
     * inverse share. At 10,000 matches 1/8 counts about 1,250 of them (a few per cent of error).
     */
    @WithDefault("0.125")
    double countSample();
}
