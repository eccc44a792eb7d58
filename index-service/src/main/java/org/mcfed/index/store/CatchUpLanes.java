package org.mcfed.index.store;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Indexes a poll's records on several threads while a replica reads a backlog (a new replica, or one
 * that was down), when nobody searches it and only the rate counts. Alone, the consumer thread parses
 * and analyses every record while the other core only merges; Lucene's writer takes documents from
 * several threads at once, each into a segment of its own.
 * <p>
 * A record goes to the lane of its key's hash, so the writes of one id stay in topic order: within a
 * poll on one lane, and across polls because each poll is finished before the next is read. (A record
 * whose key is not its id, which the indexer warns about, is ordered by its key.) The consumer thread
 * is lane 0; the others run on this class's threads.
 */
final class CatchUpLanes implements AutoCloseable {

    private final int lanes;
    private final ExecutorService helpers;

    /** @param lanes threads indexing at once, the consumer thread included; 1 or less indexes on that thread alone */
    CatchUpLanes(int lanes) {
        this.lanes = Math.max(1, lanes);
        this.helpers = this.lanes == 1 ? null : Executors.newFixedThreadPool(this.lanes - 1, r -> {
            Thread t = new Thread(r, "index-catch-up");
            t.setDaemon(true);
            return t;
        });
    }

    /** The lanes of the service's machine: one per processor. */
    static int forThisMachine() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Applies {@code apply} to every record, the records of one key in their order, and returns once all
     * are done.
     *
     * @throws RuntimeException the first failure of a lane (the others are finished first)
     */
    <K, V> void apply(Iterable<ConsumerRecord<K, V>> records, Consumer<ConsumerRecord<K, V>> apply) {
        if (helpers == null) {
            records.forEach(apply);
            return;
        }
        List<List<ConsumerRecord<K, V>>> byLane = new ArrayList<>(lanes);
        for (int i = 0; i < lanes; i++) {
            byLane.add(new ArrayList<>());
        }
        for (ConsumerRecord<K, V> r : records) {
            byLane.get(lane(r.key())).add(r);
        }
        List<Future<?>> running = new ArrayList<>(lanes - 1);
        for (int i = 1; i < lanes; i++) {
            List<ConsumerRecord<K, V>> lane = byLane.get(i);
            if (!lane.isEmpty()) {
                running.add(helpers.submit(() -> lane.forEach(apply)));
            }
        }
        RuntimeException failure = null;
        try {
            byLane.get(0).forEach(apply);
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error; // as it would end the consumer thread had that lane been its own
                }
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (failure == null) {
                    failure = new IllegalStateException("interrupted while the catch-up lanes finished a poll", e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private int lane(Object key) {
        return key == null ? 0 : Math.floorMod(key.hashCode(), lanes);
    }

    @Override
    public void close() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }
}
