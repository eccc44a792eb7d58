package org.mcfed.launcher.eval;

/** The two searches compared on every query: with the cross-lingual path, and without it (the baseline). */
public enum SearchMode {
    CROSS_LINGUAL("true"),
    BASELINE("false");

    private final String translateParam;

    SearchMode(String translateParam) {
        this.translateParam = translateParam;
    }

    /** The value of the search API's {@code translate} parameter. */
    public String translateParam() {
        return translateParam;
    }
}
