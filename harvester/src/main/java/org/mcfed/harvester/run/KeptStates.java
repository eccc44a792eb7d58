package org.mcfed.harvester.run;

import org.mcfed.harvester.state.SourceState;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The state each source's last run on this instance left, kept for its next run, which then starts
 * without reading the state topic again: at a million records that read took longer than the rest of
 * an incremental run. A run's state is exact when it finishes: it was read from the topic, and every
 * transaction the run committed was applied to it after the commit and nothing else (an abort, or a
 * commit whose outcome is unknown, ends the run as broken, and a broken run's state is not kept).
 * Only this instance writes a source's entries while it holds the source's lease, so the state stays
 * exact until the lease moves: a state is kept only if this instance's lease slots did not change
 * while the run went on, and used only if they have not changed since.
 */
final class KeptStates {

    private record Kept(SourceState state, long leaseChanges) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    /** The lease changes counted when each source's current run was opened (before its state was read). */
    private final Map<String, Long> openedAt = new ConcurrentHashMap<>();
    private final LongSupplier leaseChanges;

    /** @param leaseChanges how many times this instance's lease slots were given or taken so far */
    KeptStates(LongSupplier leaseChanges) {
        this.leaseChanges = leaseChanges;
    }

    /**
     * A run of {@code source} opens: the state its last run left if it is still exact, else null (read the
     * topic). The state now belongs to the new run, which changes it.
     */
    SourceState open(String source) {
        long now = leaseChanges.getAsLong();
        openedAt.put(source, now);
        Kept k = kept.remove(source);
        return k != null && k.leaseChanges() == now ? k.state() : null;
    }

    /** A run that finished (its last transaction committed) leaves {@code state}: kept if the leases held still meanwhile. */
    void finished(String source, SourceState state) {
        Long opened = openedAt.remove(source);
        if (opened != null && opened == leaseChanges.getAsLong()) {
            kept.put(source, new Kept(state, opened));
        }
    }

    /** A run that stopped or broke: the next one reads the topic. */
    void discard(String source) {
        openedAt.remove(source);
        kept.remove(source);
    }

    /** Whether a state of {@code source} is kept (for tests). */
    boolean holds(String source) {
        return kept.containsKey(source);
    }
}
