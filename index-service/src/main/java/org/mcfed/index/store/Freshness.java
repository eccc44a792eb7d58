package org.mcfed.index.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * How long records took from their page's fetch to being searchable: for each record a refresh
 * made visible, {@code visible-at − provenance.harvestedAt} (the harvester and this service share
 * a clock on one machine; across machines the figure includes their clock skew). The indexing
 * thread notes each write's sequence number with its harvestedAt ({@link #written}); a refresh
 * that reached sequence number {@code g} turns every write up to {@code g} into a sample
 * ({@link #visible}). The last {@link #SAMPLES} samples are kept in a ring, so the figures for
 * an incremental run of up to that many changes are exact.
 *
 * <p>Each sample is also split by {@link #STAGES stage}, so a slow p99 says where the time went:
 * the harvester (fetch to the raw topic: its poll and transaction), the normaliser (raw topic to
 * records topic, from the {@code mcfed-raw-published} header the normaliser writes), the index queue
 * (records topic to the index writer: the consumer's polls and the backlog before it) and the refresh
 * (written to searchable). A write without the header has the first two stages unknown.
 */
public final class Freshness {

    /** Samples kept (32 bytes each: about 6.4 MB). */
    public static final int SAMPLES = 200_000;

    /** The stages a record's delay is split into, in the order a record passes them. */
    public static final List<String> STAGES = List.of("harvester", "normalizer", "index queue", "refresh");

    /**
     * The delays of the records harvested at or after some instant that became searchable, and the
     * same split by stage ({@link #STAGES}, in order).
     */
    public record Summary(long records, long p50Ms, long p90Ms, long p99Ms, long maxMs, List<Stage> stages) {
    }

    /**
     * One stage's share of the delays: over the {@code records} samples that know it, its p50 and p99,
     * and its mean over the slowest samples (total delay at or above the total's p99), which says
     * what the p99 is made of.
     */
    public record Stage(String stage, long records, long p50Ms, long p99Ms, long slowestMeanMs) {
    }

    private volatile LongConsumer sink = d -> {
    };
    // writes not yet visible, in sequence number order (one writer thread appends, a refresh drains)
    private long[] pendingSeqNo = new long[1024];
    private long[] pendingHarvested = new long[1024];
    // per pending write: when it reached the raw topic, the records topic and the index writer (-1: unknown)
    private long[][] pendingPassed = new long[STAGES.size() - 1][1024];
    private int pendingHead;
    private int pendingTail;
    // the ring of samples: harvestedAt and delay in epoch / plain milliseconds
    private final long[] harvested = new long[SAMPLES];
    private final long[] delay = new long[SAMPLES];
    // per kept sample, the milliseconds of each stage (-1: unknown)
    private final int[][] stage = new int[STAGES.size()][SAMPLES];
    private long samples;

    /** Hands each delay in milliseconds, as it is measured, to {@code sink} too (an operators' timer). */
    public void reportTo(LongConsumer sink) {
        this.sink = sink;
    }

    /** Notes a write of a record fetched at {@code harvestedAtMillis}, with the writer's sequence number; no stage breakdown. */
    void written(long seqNo, long harvestedAtMillis) {
        written(seqNo, harvestedAtMillis, -1, -1, -1);
    }

    /**
     * Notes a write of a record fetched at {@code harvestedAtMillis}, published on the raw topic at
     * {@code rawMillis} and on the records topic at {@code recordsMillis}, and written to the index at
     * {@code writtenMillis} (each -1 when unknown), with the writer's sequence number.
     */
    synchronized void written(long seqNo, long harvestedAtMillis, long rawMillis, long recordsMillis, long writtenMillis) {
        if (pendingTail == pendingSeqNo.length) {
            int live = pendingTail - pendingHead;
            if (live * 2 > pendingSeqNo.length) {
                pendingSeqNo = Arrays.copyOf(pendingSeqNo, pendingSeqNo.length * 2);
                pendingHarvested = Arrays.copyOf(pendingHarvested, pendingHarvested.length * 2);
                for (int k = 0; k < pendingPassed.length; k++) {
                    pendingPassed[k] = Arrays.copyOf(pendingPassed[k], pendingSeqNo.length);
                }
            }
            System.arraycopy(pendingSeqNo, pendingHead, pendingSeqNo, 0, live);
            System.arraycopy(pendingHarvested, pendingHead, pendingHarvested, 0, live);
            for (long[] passed : pendingPassed) {
                System.arraycopy(passed, pendingHead, passed, 0, live);
            }
            pendingHead = 0;
            pendingTail = live;
        }
        pendingSeqNo[pendingTail] = seqNo;
        pendingHarvested[pendingTail] = harvestedAtMillis;
        pendingPassed[0][pendingTail] = rawMillis;
        pendingPassed[1][pendingTail] = recordsMillis;
        pendingPassed[2][pendingTail++] = writtenMillis;
    }

    /** A refresh made every write up to {@code seqNo} searchable at {@code nowMillis}. */
    synchronized void visible(long seqNo, long nowMillis) {
        while (pendingHead < pendingTail && pendingSeqNo[pendingHead] <= seqNo) {
            int at = pendingHead++;
            long h = pendingHarvested[at];
            long d = Math.max(0, nowMillis - h);
            int slot = (int) (samples++ % SAMPLES);
            harvested[slot] = h;
            delay[slot] = d;
            // the instants the record passed, fetch to visible; a stage is known when both its ends are
            long from = h;
            for (int k = 0; k < STAGES.size(); k++) {
                long to = k < pendingPassed.length ? pendingPassed[k][at] : nowMillis;
                stage[k][slot] = from < 0 || to < 0 ? -1 : (int) Math.min(Integer.MAX_VALUE, Math.max(0, to - from));
                from = to;
            }
            sink.accept(d);
        }
        if (pendingHead == pendingTail) {
            pendingHead = pendingTail = 0;
            if (pendingSeqNo.length > 1 << 16) {
                pendingSeqNo = new long[1024];
                pendingHarvested = new long[1024];
                pendingPassed = new long[STAGES.size() - 1][1024];
            }
        }
    }

    /** The delays of the kept samples whose record was harvested at or after {@code since}, in total and by stage. */
    public synchronized Summary since(Instant since) {
        long from = since.toEpochMilli();
        int kept = (int) Math.min(samples, SAMPLES);
        int[] slots = new int[kept];
        long[] picked = new long[kept];
        int n = 0;
        for (int i = 0; i < kept; i++) {
            if (harvested[i] >= from) {
                slots[n] = i;
                picked[n++] = delay[i];
            }
        }
        long[] sorted = Arrays.copyOf(picked, n);
        Arrays.sort(sorted);
        long p99 = quantile(sorted, n, 0.99);
        List<Stage> stages = new ArrayList<>(STAGES.size());
        for (int k = 0; k < STAGES.size(); k++) {
            long[] known = new long[n];
            int m = 0;
            long slowSum = 0;
            int slowCount = 0;
            for (int j = 0; j < n; j++) {
                int ms = stage[k][slots[j]];
                if (ms < 0) {
                    continue;
                }
                known[m++] = ms;
                if (picked[j] >= p99) {
                    slowSum += ms;
                    slowCount++;
                }
            }
            Arrays.sort(known, 0, m);
            stages.add(new Stage(STAGES.get(k), m, quantile(known, m, 0.50), quantile(known, m, 0.99),
                    slowCount == 0 ? 0 : Math.round((double) slowSum / slowCount)));
        }
        return new Summary(n, quantile(sorted, n, 0.50), quantile(sorted, n, 0.90), p99, n == 0 ? 0 : sorted[n - 1], List.copyOf(stages));
    }

    /** Nearest-rank quantile of the first {@code n} sorted values (0 for none). */
    private static long quantile(long[] sorted, int n, double q) {
        return n == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(q * n) - 1)];
    }
}
