package org.mcfed.normalizer;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mcfed.col.json.ColJson;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Normalises batches of raw values on several threads and hands back each batch's outcomes in its order.
 * {@link RawRecordNormalizer} is pure and thread-safe, so mapping, standardisation, validation, scoring and the
 * record's JSON (most of a record's CPU) spread over the cores, while {@code sameAs} linking, which is stateful and
 * order-dependent, stays on the loop thread: the writes are the same bytes in the same order as with one thread.
 *
 * <p>A batch is {@link #submit submitted} as soon as it is polled: the pool's workers normalise it while the loop
 * thread links and sends the batch before it. When the loop {@link Job#join joins} it, the loop thread takes the
 * slices no worker has started yet itself, so one thread means no pool at all, and a busy worker never holds the loop
 * up by more than one slice.
 */
final class ParallelNormalizing implements AutoCloseable {

    /** Values per slice: a small share of a batch, so that the threads finish together; each is a hand-off. */
    static final int SLICE = 64;

    private final RawRecordNormalizer normalizer;
    private final int workers;
    private final ExecutorService pool;

    ParallelNormalizing(RawRecordNormalizer normalizer, int threads) {
        this.normalizer = normalizer;
        this.workers = Math.max(1, threads) - 1;
        if (workers == 0) {
            this.pool = null;
        } else {
            AtomicInteger n = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(workers, r -> {
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

    /** Starts normalising {@code records} on the pool's workers; returns at once. */
    Job submit(List<ConsumerRecord<String, byte[]>> records) {
        Job job = new Job(records);
        for (int i = 0; i < Math.min(workers, job.slices); i++) {
            pool.execute(job::work);
        }
        return job;
    }

    /** One batch being normalised, slice by slice, by whichever thread takes each slice first. */
    final class Job {

        private final List<ConsumerRecord<String, byte[]>> records;
        private final Normalized[] outcomes;
        private final int slices;
        private final AtomicInteger next = new AtomicInteger();
        private final CountDownLatch done;
        private final long submitted = System.nanoTime();
        private volatile long finished;
        private volatile Throwable failure;

        private Job(List<ConsumerRecord<String, byte[]>> records) {
            this.records = records;
            this.outcomes = new Normalized[records.size()];
            this.slices = (records.size() + SLICE - 1) / SLICE;
            this.done = new CountDownLatch(slices);
        }

        /** Normalises slices until none is left to take. */
        private void work() {
            for (int s = next.getAndIncrement(); s < slices; s = next.getAndIncrement()) {
                try {
                    if (failure == null) {
                        normalizeSlice(records, outcomes, s * SLICE, Math.min(records.size(), (s + 1) * SLICE));
                    }
                } catch (RuntimeException | Error e) {
                    failure = e;
                } finally {
                    finished = System.nanoTime(); // before the count: the last slice's time is seen once all are done
                    done.countDown();
                }
            }
        }

        /**
         * On the loop thread: normalises the slices not taken yet, waits for the others, and returns the outcomes in
         * the batch's order. A failure is thrown as if the loop thread had normalised that record itself.
         */
        List<Normalized> join() {
            work();
            awaitDone();
            Throwable f = failure;
            if (f instanceof RuntimeException r) {
                throw r;
            }
            if (f != null) {
                throw new IllegalStateException("normalising a slice of the batch failed: " + f, f);
            }
            return Arrays.asList(outcomes);
        }

        /** Waits until no thread works on this batch any more, whatever the outcome: a batch given up. */
        void abandon() {
            for (int s = next.getAndIncrement(); s < slices; s = next.getAndIncrement()) {
                done.countDown(); // a slice no thread took: counted as done, never normalised
            }
            awaitDone();
        }

        /** From submission until its last slice was done (once joined). */
        long nanos() {
            return slices == 0 ? 0 : finished - submitted;
        }

        private void awaitDone() {
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while normalising a batch", e);
            }
        }
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
