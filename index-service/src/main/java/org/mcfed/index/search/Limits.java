package org.mcfed.index.search;

/**
 * Bounds on what one search may ask for, so that the cost of any request is bounded whatever a
 * client sends. Beyond them the answer is a 400 naming the limit.
 */
final class Limits {

    /** Characters of {@code q}. */
    static final int MAX_QUERY_CHARS = 500;
    /** Words and phrases in {@code q}. */
    static final int MAX_QUERY_PARTS = 32;
    /** Page size. */
    static final int MAX_SIZE = 100;
    static final int DEFAULT_SIZE = 20;
    /** Values of one filter parameter, and the length of each. */
    static final int MAX_FILTER_VALUES = 50;
    static final int MAX_FILTER_CHARS = 200;
    /** Characters of a cursor. */
    static final int MAX_CURSOR_CHARS = 1000;
    /** Facet values returned per facet. */
    static final int FACET_VALUES = 100;
    /** Fuzzy expansions per word. */
    static final int FUZZY_EXPANSIONS = 50;
    /** Shortest prefix (before a trailing {@code *}) expanded. */
    static final int MIN_PREFIX = 3;

    private Limits() {
    }

    /** A client value shortened for quoting it back in an error message. */
    static String clip(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
