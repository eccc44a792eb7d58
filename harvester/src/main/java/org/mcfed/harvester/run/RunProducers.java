package org.mcfed.harvester.run;

import org.apache.kafka.clients.producer.Producer;
import org.mcfed.harvester.kafka.HarvesterClients;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The transactional producers of the runs going on here, one per source: opened for a run, closed
 * after it, and all closed at once when the instance halts as a crash would (their open transactions
 * then stay open until the next owner's producer aborts them).
 */
final class RunProducers {

    private final HarvesterClients kafka;
    private final Set<Producer<String, byte[]>> open = ConcurrentHashMap.newKeySet();
    private volatile boolean halted;

    RunProducers(HarvesterClients kafka) {
        this.kafka = kafka;
    }

    /** A producer for the source's run, {@code initTransactions()} done (which fences an earlier owner). */
    Producer<String, byte[]> open(String source) {
        Producer<String, byte[]> producer = kafka.transactionalProducer(source);
        open.add(producer);
        return producer;
    }

    void release(Producer<String, byte[]> producer) {
        if (producer == null) {
            return;
        }
        open.remove(producer);
        if (!halted) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Closes every open producer at once, committing nothing more. */
    void halt() {
        halted = true;
        for (Producer<String, byte[]> p : open) {
            try {
                p.close(Duration.ZERO);
            } catch (RuntimeException ignored) {
                // already failing: that is the point
            }
        }
    }
}
