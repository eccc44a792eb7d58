package org.mcfed.connector.listing;

/**
 * Notices a registry redesign during a run: when more than {@code maxShare} of at least {@code minPages}
 * detail pages read lack the labels the connector expects (its parser found none of its page structure),
 * the page shape changed and the run must fail rather than publish emptied records. Thread-safe: detail
 * pages are read concurrently.
 */
final class PageShapeWatch {

    private final int minPages;
    private final double maxShare;
    private int read;
    private int unlabelled;
    private String example;

    PageShapeWatch(int minPages, double maxShare) {
        if (minPages < 1 || !(maxShare >= 0 && maxShare < 1)) {
            throw new IllegalArgumentException("page shape watch needs minPages >= 1 and a share within 0..1, was "
                    + minPages + " and " + maxShare);
        }
        this.minPages = minPages;
        this.maxShare = maxShare;
    }

    /** Counts one detail page read; {@code labelled} is false when the parser found none of its labels. */
    synchronized void read(String url, boolean labelled) {
        read++;
        if (!labelled) {
            unlabelled++;
            // the smallest URL, not the first to finish: concurrent fetches end in any order, a report should not
            if (example == null || url.compareTo(example) < 0) {
                example = url;
            }
        }
    }

    /** Whether enough pages were read to judge the shape. */
    synchronized boolean decided() {
        return read >= minPages;
    }

    /** Whether the pages read so far show a changed shape. */
    synchronized boolean changed() {
        return decided() && unlabelled > maxShare * read;
    }

    /** The run's failure reason once {@link #changed()}. */
    synchronized String reason() {
        return "page shape changed: " + unlabelled + " of " + read + " detail pages lack the expected labels (e.g. "
                + example + ")";
    }
}
