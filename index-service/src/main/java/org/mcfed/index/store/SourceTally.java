package org.mcfed.index.store;

import java.time.Instant;

/**
 * The operators' figures of one source's live records, as {@link SourceTallies} sums them from doc
 * values: counts by status, the completeness sum, the newest and oldest times, and per COL element
 * ({@link ColElements#ALL}, by position) how many records publish it, how many have it derived, and
 * how many lack it, and the compliance flags ({@link ComplianceTally}). Tallies of index segments add up ({@link #add(SourceTally)}).
 */
public final class SourceTally {

    private long records;
    private long active;
    private long archived;
    private double completenessSum;
    private long completenessCount;
    private long newestUpdatedNanos = Long.MIN_VALUE;
    private long newestHarvestedNanos = Long.MIN_VALUE;
    private long oldestHarvestedNanos = Long.MAX_VALUE;
    private boolean anyUpdated;
    private boolean anyHarvested;
    private final long[] stated = new long[ColElements.ALL.size()];
    private final long[] derived = new long[ColElements.ALL.size()];
    private final ComplianceTally compliance = new ComplianceTally();

    /** One record. {@code elements} as {@link SourceTallies} encodes them: bit i stated, bit 32 + i derived. */
    void addRecord(int status, long elements) {
        records++;
        if (status == SourceTallies.STATUS_ACTIVE) {
            active++;
        } else if (status == SourceTallies.STATUS_ARCHIVED) {
            archived++;
        }
        for (long bits = elements & 0xFFFF_FFFFL; bits != 0; bits &= bits - 1) {
            stated[Long.numberOfTrailingZeros(bits)]++;
        }
        for (long bits = elements >>> 32; bits != 0; bits &= bits - 1) {
            derived[Long.numberOfTrailingZeros(bits)]++;
        }
    }

    void addCompleteness(double completeness) {
        completenessSum += completeness;
        completenessCount++;
    }

    void addUpdated(long nanos) {
        anyUpdated = true;
        newestUpdatedNanos = Math.max(newestUpdatedNanos, nanos);
    }

    void addHarvested(long nanos) {
        anyHarvested = true;
        newestHarvestedNanos = Math.max(newestHarvestedNanos, nanos);
        oldestHarvestedNanos = Math.min(oldestHarvestedNanos, nanos);
    }

    /** Adds another tally of the same source (another segment) into this one. */
    public void add(SourceTally o) {
        records += o.records;
        active += o.active;
        archived += o.archived;
        completenessSum += o.completenessSum;
        completenessCount += o.completenessCount;
        if (o.anyUpdated) {
            addUpdated(o.newestUpdatedNanos);
        }
        if (o.anyHarvested) {
            anyHarvested = true;
            newestHarvestedNanos = Math.max(newestHarvestedNanos, o.newestHarvestedNanos);
            oldestHarvestedNanos = Math.min(oldestHarvestedNanos, o.oldestHarvestedNanos);
        }
        for (int i = 0; i < stated.length; i++) {
            stated[i] += o.stated[i];
            derived[i] += o.derived[i];
        }
        compliance.add(o.compliance);
    }

    public long records() {
        return records;
    }

    public long active() {
        return active;
    }

    public long archived() {
        return archived;
    }

    /** The mean of the records' {@code quality.completeness}, null when none states one. */
    public Double averageCompleteness() {
        return completenessCount == 0 ? null : completenessSum / completenessCount;
    }

    public Instant newestUpdatedAt() {
        return anyUpdated ? SourceTallies.instant(newestUpdatedNanos) : null;
    }

    public Instant newestHarvestedAt() {
        return anyHarvested ? SourceTallies.instant(newestHarvestedNanos) : null;
    }

    public Instant oldestHarvestedAt() {
        return anyHarvested ? SourceTallies.instant(oldestHarvestedNanos) : null;
    }

    /** Records stating element {@code i} of {@link ColElements#ALL} as the registry published it. */
    public long published(int i) {
        return stated[i] - derived[i];
    }

    /** Records whose element {@code i} the aggregator derived ({@code quality.derived}). */
    public long derived(int i) {
        return derived[i];
    }

    /** The records' compliance flags ({@code quality.compliance}) summed. */
    public ComplianceTally compliance() {
        return compliance;
    }

    /** Records lacking element {@code i}. */
    public long missing(int i) {
        return records - stated[i];
    }
}
