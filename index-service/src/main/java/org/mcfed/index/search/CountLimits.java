package org.mcfed.index.search;

/**
 * When a search counts exactly and how much of the index an estimate samples ({@link SearchConfig}).
 *
 * @param exactCount matches up to which totals and facet counts are exact
 * @param sample share of the index (0 to 1] whose matches an estimate counts
 */
public record CountLimits(int exactCount, double sample) {

    /** The defaults of {@link SearchConfig}. */
    public static final CountLimits DEFAULT = new CountLimits(10_000, 0.125);
    /** Every count exact whatever the size (the benchmark's match counts, comparisons with an exact tally). */
    public static final CountLimits ALWAYS_EXACT = new CountLimits(Integer.MAX_VALUE - 1, 1.0);

    public CountLimits {
        if (exactCount < 0) {
            throw new IllegalArgumentException("mcfed.search.exact-count-limit must be 0 or more, was " + exactCount);
        }
        if (!(sample > 0 && sample <= 1)) {
            throw new IllegalArgumentException("mcfed.search.count-sample must be above 0 and at most 1, was " + sample);
        }
    }

    static CountLimits of(SearchConfig config) {
        return new CountLimits(config.exactCountLimit(), config.countSample());
    }
}
