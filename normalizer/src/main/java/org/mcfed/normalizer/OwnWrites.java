package org.mcfed.normalizer;

import java.util.Arrays;
import java.util.Map;

/**
 * Where {@code mcfed.records.v1} holds nothing but this instance's own acknowledged writes after the {@code sameAs}
 * state's reader, partition by partition, so that a save need not read them back.
 * <p>
 * Why: before a save the state's reader reads the topic on to its end ({@link SameAsState}), and a sole instance,
 * which does not catch up before its batches, finds there mostly its own writes, already in the state. In a
 * first harvest of a million records that was the whole topic read back once more through the broker, 3.8 % of
 * the normaliser's CPU samples; passing over them, it used about 4.5 % less CPU (BENCHMARKS.md, thirty-eighth
 * session).
 * <p>
 * How it knows: the writer is idempotent, so its acknowledged writes to one partition take consecutive offsets
 * unless another producer wrote between them. Starting where the reader stands, each acknowledged offset must be
 * the next one; the first that is not (another writer's values lie between) marks the partition as unknown until
 * the reader has read it again. Only a partition whose offsets all followed on is skipped; another instance's
 * writes after the last own one lie beyond the position skipped to, and are still read.
 */
final class OwnWrites {

    /** No run of own writes is known for the partition: the reader must read it. */
    private static final long UNKNOWN = -1;

    /** By partition: the offset after the own writes that follow on from the reader's position, or {@link #UNKNOWN}. */
    private long[] next = new long[0];

    /** The reader has read every partition up to these positions (by partition number); own writes count from there. */
    void readTo(Map<Integer, Long> positions) {
        int size = positions.keySet().stream().mapToInt(p -> p + 1).max().orElse(0);
        next = new long[size];
        Arrays.fill(next, UNKNOWN);
        positions.forEach((p, offset) -> {
            if (p >= 0) {
                next[p] = offset;
            }
        });
    }

    /** Forgets every run: until the next {@link #readTo}, every partition is read. */
    void forget() {
        Arrays.fill(next, UNKNOWN);
    }

    /** One of this instance's writes was acknowledged at {@code offset} of {@code partition}. Calls come in each partition's order. */
    void acknowledged(int partition, long offset) {
        if (partition < 0 || partition >= next.length || next[partition] == UNKNOWN) {
            return;
        }
        next[partition] = offset == next[partition] ? offset + 1 : UNKNOWN;
    }

    /**
     * Where the reader of {@code partition} may go on from without reading: the offset after this instance's own
     * writes that follow on from its position, or -1 when it must read from where it stands.
     */
    long skipTo(int partition) {
        return partition >= 0 && partition < next.length ? next[partition] : UNKNOWN;
    }
}
