package org.mcfed.connector.http;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Spaces requests to one host at least {@code 1 / requestsPerSecond} apart, so a harvest stays
 * polite however many pages it walks. Each caller reserves the next free slot of its host under a
 * short lock and then waits outside it; hosts do not slow each other down.
 */
public final class HostRateLimiter {

    private final long intervalNanos;
    private final Map<String, Long> nextFreeSlot = new HashMap<>();

    /** @param requestsPerSecond the ceiling per host; zero or less means unlimited */
    public HostRateLimiter(double requestsPerSecond) {
        this.intervalNanos = requestsPerSecond <= 0 ? 0 : (long) (TimeUnit.SECONDS.toNanos(1) / requestsPerSecond);
    }

    /**
     * Blocks until a request to {@code url}'s host may go out.
     *
     * @return how long it waited, in nanoseconds (0 when the host's slot was free)
     */
    public long acquire(URI url) throws InterruptedException {
        if (intervalNanos == 0) {
            return 0;
        }
        String host = url.getHost() + ":" + url.getPort();
        long now = System.nanoTime();
        long slot;
        synchronized (nextFreeSlot) {
            slot = Math.max(now, nextFreeSlot.getOrDefault(host, now));
            nextFreeSlot.put(host, slot + intervalNanos);
        }
        long wait;
        while ((wait = slot - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted while waiting for the rate limit of " + host);
            }
        }
        return slot > now ? System.nanoTime() - now : 0;
    }
}
