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
 *
 * <p>Before a read starts, the thread gathers: it waits until no new request came for {@code gather}
 * (at most {@link #MAX_GATHER_GAPS} such gaps in all). Sources resumed together do not ask at the same
 * instant: on a restart the first asked a few milliseconds before the other four, was read alone, and
 * the others waited for that read to end before theirs began (1.4 s of the restart at 100,000 records).
 */
public final class StateReads {

    private static final Logger LOG = Logger.getLogger(StateReads.class);
    /** A read waits at most this many gathering gaps, however often requests keep arriving. */
    static final int MAX_GATHER_GAPS = 10;

    private final Supplier<Consumer<String, byte[]>> consumers;
    private final Duration timeout;
    private final long gatherNanos;
    private final Map<String, CompletableFuture<SourceState>> waiting = new HashMap<>();
    private final AtomicLong reads = new AtomicLong();
    private boolean reading;
    private long lastAsked;

    /**
     * @param timeout how long one read of the topic may take
     * @param gather the quiet gap after the last request that a read waits for before it starts (zero: none)
     */
    public StateReads(Supplier<Consumer<String, byte[]>> consumers, Duration timeout, Duration gather) {
        this.consumers = consumers;
        this.timeout = timeout;
        this.gatherNanos = gather.toNanos();
    }

    /** The state of {@code source} as the topic holds it from now on; completes with what the read threw if it failed. */
    public CompletableFuture<SourceState> read(String source) {
        synchronized (this) {
            CompletableFuture<SourceState> state = waiting.computeIfAbsent(source, s -> new CompletableFuture<>());
            lastAsked = System.nanoTime();
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
                gather();
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

    /** Waits, holding the lock only between sleeps, until no request came for the gathering gap or the cap is reached. */
    private void gather() {
        long deadline = System.nanoTime() + MAX_GATHER_GAPS * gatherNanos;
        long quietUntil;
        while ((quietUntil = Math.min(lastAsked + gatherNanos, deadline)) - System.nanoTime() > 0) {
            try {
                long left = quietUntil - System.nanoTime();
                wait(Math.max(1, left / 1_000_000), 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
