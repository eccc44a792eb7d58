package org.mcfed.index.limits;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The exports that may stream at once: each holds a slot from its start until its response has
 * ended, completed or broken off, so a few slow downloads cannot tie up every core and disk.
 */
final class ExportSlots {

    private final Semaphore slots;

    ExportSlots(int concurrency) {
        this.slots = new Semaphore(Math.max(1, concurrency));
    }

    /** A slot, or empty when all are taken. */
    Optional<Slot> take() {
        return slots.tryAcquire() ? Optional.of(new Slot()) : Optional.empty();
    }

    int free() {
        return slots.availablePermits();
    }

    /** One export's slot; giving it back twice (ended and closed both fire) frees it once. */
    final class Slot {
        private final AtomicBoolean held = new AtomicBoolean(true);

        void giveBack() {
            if (held.compareAndSet(true, false)) {
                slots.release();
            }
        }
    }
}
