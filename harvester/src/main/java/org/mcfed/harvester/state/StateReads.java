package org.mcfed.harvester.state;

import org.apache.kafka.clients.consumer.Consumer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Reads of {@value StateTopic#NAME} for runs that start together, served by one read of the topic: the
 * topic holds every source's entries, so when a restarted harvester resumes its five sources at once,
 * five reads of the whole topic (8 s at 15,000 records on a loaded machine) become one.
 *
 * <p>A read's end is taken after every request it serves was made (requests that arrive while a read is
 * under way wait for the next one), so each run still sees everything committed before it asked, exactly
 * as with a read of its own. One thread reads at a time, started when a request finds none.
 */
public final class StateReads {

    private static final Logger LOG = Logger.getLogger(StateReads.class);

    private final Supplier<Consumer<String, byte[]>> consumers;
    private final Duration timeout;
    private final Map<String, CompletableFuture<SourceState>> waiting = new HashMap<>();
    private final AtomicLong reads = new AtomicLong();
    private boolean reading;

    public StateReads(Supplier<Consumer<String, byte[]>> consumers, Duration timeout) {
        this.consumers = consumers;
        this.timeout = timeout;
    }

    /** The state of {@code source} as the topic holds it from now on; completes with what the read threw if it failed. */
    public CompletableFuture<SourceState> read(String source) {
        synchronized (this) {
            CompletableFuture<SourceState> state = waiting.computeIfAbsent(source, s -> new CompletableFuture<>());
            if (!reading) {
                reading = true;
                Thread t = new Thread(this::readWhileAsked, "harvest-state-read");
                t.setDaemon(true);
                t.start();
            }
            return state;
        }
    }

    /** Reads of the topic so far, each serving one or more sources. */
    public long reads() {
        return reads.get();
    }

    private void readWhileAsked() {
        while (true) {
            Map<String, CompletableFuture<SourceState>> asked;
            synchronized (this) {
                if (waiting.isEmpty()) {
                    reading = false;
                    return;
                }
                asked = new HashMap<>(waiting);
                waiting.clear();
            }
            long started = System.nanoTime();
            try {
                Map<String, SourceState> states = StateTopic.loadAll(consumers, asked.keySet(), timeout);
                reads.incrementAndGet();
                LOG.debugf("%s read for %s in %d ms", StateTopic.NAME, asked.keySet(), (System.nanoTime() - started) / 1_000_000);
                asked.forEach((source, state) -> state.complete(states.get(source)));
            } catch (RuntimeException | Error e) {
                reads.incrementAndGet();
                asked.values().forEach(state -> state.completeExceptionally(e));
            }
        }
    }
}
