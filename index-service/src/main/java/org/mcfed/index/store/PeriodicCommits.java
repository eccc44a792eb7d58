package org.mcfed.index.store;

import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Takes the index's periodic commits off the consumer thread. A commit flushes and fsyncs every
 * segment written since the last one, merged ones included, which on a large index held indexing up
 * for as long, and with it every record queued behind (the "index queue" stage of {@link Freshness}).
 * The offsets handed over are those of records already written, so the commit holds at least those
 * records: Lucene commits while writes go on, and a write that lands in the commit too is read again
 * after a crash, harmlessly, since upserts are by id. One commit runs at a time; a failed one
 * surfaces on the consumer thread at its next call, which then reopens from the last good commit.
 */
final class PeriodicCommits implements AutoCloseable {

    private final LuceneRecordStore store;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "index-commit");
        t.setDaemon(true);
        return t;
    });
    private Future<?> running;

    PeriodicCommits(LuceneRecordStore store) {
        this.store = store;
    }

    /**
     * Starts a commit of everything written so far with these offsets, unless the last one is still
     * running; true when it started one.
     *
     * @throws RuntimeException the failure of the last commit
     */
    boolean start(Map<String, Long> nextOffsets) {
        if (running != null && !running.isDone()) {
            return false;
        }
        await();
        Map<String, Long> offsets = Map.copyOf(nextOffsets);
        running = thread.submit(() -> store.commit(offsets));
        return true;
    }

    /**
     * Waits for the running commit, if any.
     *
     * @throws RuntimeException its failure
     */
    void await() {
        Future<?> last = running;
        running = null;
        if (last == null) {
            return;
        }
        try {
            last.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("index commit failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an index commit", e);
        }
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
