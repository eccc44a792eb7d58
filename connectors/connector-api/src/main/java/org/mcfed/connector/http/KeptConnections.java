package org.mcfed.connector.http;

import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;

/**
 * The idle connections of {@link SocketTransport}, by route, for the next request to the same origin.
 * The most recently used is taken first (the likeliest still open at the server); one idle longer than
 * {@link #IDLE_MILLIS} is closed, by the {@link Watchdog}'s chore or when it is met, as the JDK's own
 * keep-alive cache does when a server names no timeout. There is no cap: a route never has more
 * connections than requests in flight to it at once.
 */
final class KeptConnections {

    /** How long an idle connection is kept: the JDK's keep-alive cache's default. */
    static final long IDLE_MILLIS = 5_000;

    private final Map<SocketConnection.Route, Deque<SocketConnection>> idle = new ConcurrentHashMap<>();
    private final long idleNanos;

    KeptConnections(long idleMillis) {
        this.idleNanos = TimeUnit.MILLISECONDS.toNanos(idleMillis);
        Watchdog.everyTick(this::closeExpired);
    }

    /** An idle connection of {@code route} kept less than the idle time, or null. */
    SocketConnection take(SocketConnection.Route route) {
        Deque<SocketConnection> kept = idle.get(route);
        if (kept == null) {
            return null;
        }
        long now = System.nanoTime();
        SocketConnection c;
        while ((c = kept.pollLast()) != null) {
            if (now - c.idleSinceNanos < idleNanos && !c.isClosed()) {
                return c;
            }
            c.close();
        }
        return null;
    }

    /** Keeps a connection whose last answer was read to its end. */
    void keep(SocketConnection c) {
        c.idleSinceNanos = System.nanoTime();
        idle.computeIfAbsent(c.route, r -> new ConcurrentLinkedDeque<>()).addLast(c);
    }

    /** Closes the connections idle longer than the idle time: the oldest are first in each route's queue. */
    void closeExpired() {
        long now = System.nanoTime();
        for (Deque<SocketConnection> kept : idle.values()) {
            SocketConnection oldest;
            while ((oldest = kept.peekFirst()) != null && now - oldest.idleSinceNanos >= idleNanos) {
                if (kept.removeFirstOccurrence(oldest)) {
                    oldest.close();
                }
            }
        }
    }
}
