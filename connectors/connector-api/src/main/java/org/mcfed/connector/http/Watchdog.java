package org.mcfed.connector.http;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ends the HTTP reads that outlive their deadline: one daemon thread looks at every deadline in force
 * each {@link #TICK_MILLIS} and closes what a late one guards, so that the blocked read fails at once.
 * A task scheduled and cancelled per read (the watchdog before) woke its thread at almost every read,
 * since each new deadline became the head of its queue: a few per cent of the harvest's CPU (JFR,
 * BENCHMARKS.md, issue 16). Adding to and removing from a set wakes nobody.
 * <p>
 * The same thread runs the chores registered with {@link #everyTick} (closing connections left idle too
 * long), so that they need no thread of their own.
 */
final class Watchdog {

    /** How often the watchdog looks at the deadlines: one is kept to within this. */
    static final long TICK_MILLIS = 50;

    private static final Set<Deadline> IN_FORCE = ConcurrentHashMap.newKeySet();
    private static final List<Runnable> CHORES = new CopyOnWriteArrayList<>();

    static {
        Thread watchdog = new Thread(Watchdog::watch, "mcfed-http-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private Watchdog() {
    }

    /** A deadline in force until {@link #end}: once it has passed, the watchdog closes what it guards. */
    static final class Deadline {
        private static final int IN_FORCE_STATE = 0;
        private static final int ENDED = 1;
        private static final int EXPIRED = 2;

        private final Closeable guarded;
        private final AtomicInteger state = new AtomicInteger(IN_FORCE_STATE);
        private volatile long atNanos;

        private Deadline(Closeable guarded, long atNanos) {
            this.guarded = guarded;
            this.atNanos = atNanos;
        }

        /** Whether the watchdog found it passed (and closed what it guards). */
        boolean expired() {
            return state.get() == EXPIRED;
        }

        /** Moves the deadline to {@code millis} from now (too late once it has expired). */
        void restart(long millis) {
            atNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        }

        /**
         * Takes the deadline out of force. True unless it expired first: then what it guards is (being)
         * closed, and must not be used again, a connection not kept. Idempotent.
         */
        boolean end() {
            IN_FORCE.remove(this);
            return state.compareAndSet(IN_FORCE_STATE, ENDED) || state.get() == ENDED;
        }

        /** Called by the watchdog's thread: expires the deadline unless it has ended. */
        private boolean expire() {
            return state.compareAndSet(IN_FORCE_STATE, EXPIRED);
        }
    }

    /** Puts a deadline {@code millis} from now in force over {@code guarded}. */
    static Deadline start(Closeable guarded, long millis) {
        Deadline d = new Deadline(guarded, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis));
        IN_FORCE.add(d);
        return d;
    }

    /** Runs {@code chore} on the watchdog's thread at every tick; it must be quick and must not throw. */
    static void everyTick(Runnable chore) {
        CHORES.add(chore);
    }

    /** The watchdog's loop: every tick, closes what each passed deadline guards, then runs the chores. */
    private static void watch() {
        while (true) {
            try {
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Deadline d : IN_FORCE) {
                if (now - d.atNanos >= 0 && d.expire()) {
                    IN_FORCE.remove(d);
                    closeQuietly(d.guarded);
                }
            }
            for (Runnable chore : CHORES) {
                chore.run();
            }
        }
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException | RuntimeException ignored) {
            // the reader sees the closed stream or socket and reports the timeout
        }
    }
}
