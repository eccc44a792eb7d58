package org.mcfed.normalizer;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mcfed.col.json.ColJson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Normalises one batch of raw values on several threads and hands back the outcomes in the batch's
 * order. {@link RawRecordNormalizer} is pure and thread-safe, so mapping, standardisation,
 * validation, scoring and the record's JSON (most of a record's CPU) spread over the cores, while
 * {@code sameAs} linking, which is stateful and order-dependent, stays on the loop thread: the writes
 * are the same bytes in the same order as with one thread. The loop thread normalises the first slice
 * itself, so one thread means no pool at all.
 */
final class ParallelNormalizing implements AutoCloseable {

    /** Below this many values per thread a hand-off costs more than it saves. */
    private static final int MIN_SLICE = 64;

    private final RawRecordNormalizer normalizer;
    private final int threads;
    private final ExecutorService pool;

    ParallelNormalizing(RawRecordNormalizer normalizer, int threads) {
        this.normalizer = normalizer;
        this.threads = Math.max(1, threads);
        if (this.threads == 1) {
            this.pool = null;
        } else {
            AtomicInteger n = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(this.threads - 1, r -> {
                Thread t = new Thread(r, "mcfed-normalizer-worker-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
    }

    /**
     * One raw value normalised: its outcome and that outcome's JSON as normalised (a published record
     * before linking, which the linker writes as is when linking changes nothing; a reject), null for a tombstone.
     */
    record Normalized(Outcome outcome, byte[] json) {
    }

    /** The outcome of each record, in order. */
    List<Normalized> normalize(List<ConsumerRecord<String, byte[]>> records) {
        Normalized[] outcomes = new Normalized[records.size()];
        int slices = pool == null ? 1 : Math.max(1, Math.min(threads, records.size() / MIN_SLICE));
        int size = (records.size() + slices - 1) / Math.max(1, slices);
        List<Future<?>> others = new ArrayList<>(slices);
        for (int s = 1; s < slices; s++) {
            int from = s * size;
            int to = Math.min(records.size(), from + size);
            others.add(pool.submit(() -> normalizeSlice(records, outcomes, from, to)));
        }
        normalizeSlice(records, outcomes, 0, Math.min(records.size(), size));
        for (Future<?> f : others) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r; // as if the loop thread had normalised that record itself
                }
                throw new IllegalStateException("normalising a slice of the batch failed: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while normalising a batch", e);
            }
        }
        return Arrays.asList(outcomes);
    }

    private void normalizeSlice(List<ConsumerRecord<String, byte[]>> records, Normalized[] outcomes, int from, int to) {
        for (int i = from; i < to; i++) {
            ConsumerRecord<String, byte[]> rec = records.get(i);
            JsonNode[] validated = new JsonNode[1];
            Outcome outcome = normalizer.normalize(rec.key(), rec.value(), validated);
            byte[] json = null;
            if (outcome instanceof Outcome.Published p) {
                json = validated[0] != null ? ColJson.writeBytes(validated[0]) : ColJson.writeBytes(p.record());
            } else if (outcome instanceof Outcome.Rejected r) {
                json = ColJson.writeBytes(r.reject());
            }
            outcomes[i] = new Normalized(outcome, json);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
