package org.mcfed.index.validate;

import java.time.Duration;

/** What one check may still spend: time until its deadline, bytes and pages fetched from the URL, records read. */
final class CheckBudget {

    private final long deadline;
    private final Duration timeout;
    private long bytesLeft;
    private int pagesLeft;
    private int recordsLeft;

    CheckBudget(ValidateConfig config) {
        this.timeout = config.timeout();
        this.deadline = System.nanoTime() + timeout.toNanos();
        this.bytesLeft = config.maxBytesPerUrl();
        this.pagesLeft = config.maxPages();
        this.recordsLeft = config.maxRecords();
    }

    Duration timeout() {
        return timeout;
    }

    long millisLeft() {
        return Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
    }

    boolean expired() {
        return System.nanoTime() >= deadline;
    }

    long bytesLeft() {
        return bytesLeft;
    }

    void spendBytes(long n) {
        bytesLeft -= n;
    }

    /** Takes a page; false when the page limit is reached. */
    boolean takePage() {
        if (pagesLeft <= 0) {
            return false;
        }
        pagesLeft--;
        return true;
    }

    /** Takes a record; false when the record limit is reached. */
    boolean takeRecord() {
        if (recordsLeft <= 0) {
            return false;
        }
        recordsLeft--;
        return true;
    }
}
