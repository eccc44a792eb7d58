package org.mcfed.index.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * How long records took from their page's fetch to being searchable: for each record a refresh
 * made visible, {@code visible-at − provenance.harvestedAt} (the harvester and this service share
 * a clock on one machine; across machines the figure includes their clock skew). The indexing
 * thread notes each write's sequence number with its harvestedAt ({@link #written}); a refresh
 * that reached sequence number {@code g} turns every write up to {@code g} into a sample
 * ({@link #visible}). The last {@link #SAMPLES} samples are kept in a ring, so the figures for
 * an incremental run of up to that many changes are exact.
 */
public final class Freshness {

    /** Samples kept (16 bytes each: about 3.2 MB). */
    public static final int SAMPLES = 200_000;

    /** The delays of the records harvested at or after some instant that became searchable. */
    public record Summary(long records, long p50Ms, long p90Ms, long p99Ms, long maxMs) {
    }

    private volatile LongConsumer sink = d -> {
    };
    // writes not yet visible, in sequence number order (one writer thread appends, a refresh drains)
    private long[] pendingSeqNo = new long[1024];
    private long[] pendingHarvested = new long[1024];
    private int pendingHead;
    private int pendingTail;
    // the ring of samples: harvestedAt and delay in epoch / plain milliseconds
    private final long[] harvested = new long[SAMPLES];
    private final long[] delay = new long[SAMPLES];
    private long samples;

    /** Hands each delay in milliseconds, as it is measured, to {@code sink} too (an operators' timer). */
    public void reportTo(LongConsumer sink) {
        this.sink = sink;
    }

    /** Notes a write of a record fetched at {@code harvestedAtMillis}, with the writer's sequence number. */
    synchronized void written(long seqNo, long harvestedAtMillis) {
        if (pendingTail == pendingSeqNo.length) {
            int live = pendingTail - pendingHead;
            if (live * 2 > pendingSeqNo.length) {
                pendingSeqNo = Arrays.copyOf(pendingSeqNo, pendingSeqNo.length * 2);
                pendingHarvested = Arrays.copyOf(pendingHarvested, pendingHarvested.length * 2);
            }
            System.arraycopy(pendingSeqNo, pendingHead, pendingSeqNo, 0, live);
            System.arraycopy(pendingHarvested, pendingHead, pendingHarvested, 0, live);
            pendingHead = 0;
            pendingTail = live;
        }
        pendingSeqNo[pendingTail] = seqNo;
        pendingHarvested[pendingTail++] = harvestedAtMillis;
    }

    /** A refresh made every write up to {@code seqNo} searchable at {@code nowMillis}. */
    synchronized void visible(long seqNo, long nowMillis) {
        while (pendingHead < pendingTail && pendingSeqNo[pendingHead] <= seqNo) {
            long h = pendingHarvested[pendingHead++];
            long d = Math.max(0, nowMillis - h);
            int slot = (int) (samples++ % SAMPLES);
            harvested[slot] = h;
            delay[slot] = d;
            sink.accept(d);
        }
        if (pendingHead == pendingTail) {
            pendingHead = pendingTail = 0;
            if (pendingSeqNo.length > 1 << 16) {
                pendingSeqNo = new long[1024];
                pendingHarvested = new long[1024];
            }
        }
    }

    /** The delays of the kept samples whose record was harvested at or after {@code since}. */
    public synchronized Summary since(Instant since) {
        long from = since.toEpochMilli();
        int kept = (int) Math.min(samples, SAMPLES);
        long[] picked = new long[kept];
        int n = 0;
        for (int i = 0; i < kept; i++) {
            if (harvested[i] >= from) {
                picked[n++] = delay[i];
            }
        }
        Arrays.sort(picked, 0, n);
        return new Summary(n, quantile(picked, n, 0.50), quantile(picked, n, 0.90), quantile(picked, n, 0.99), n == 0 ? 0 : picked[n - 1]);
    }

    /** Nearest-rank quantile of the first {@code n} sorted values (0 for none). */
    private static long quantile(long[] sorted, int n, double q) {
        return n == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(q * n) - 1)];
    }
}
