package org.mcfed.connector.http;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Keeps the requests to one host within {@code requestsPerSecond}, so a harvest stays polite however
 * many pages it walks. Each caller reserves the next slot of its host under a short lock and then waits
 * outside it; hosts do not slow each other down.
 * <p>
 * Up to 1,000 requests a second, requests are spaced at least {@code 1 / requestsPerSecond} apart. Above
 * that, a slot is shorter than a thread can wait for: a parked thread wakes 50 µs or more late on Linux
 * (its timer slack), so strict spacing at 20,000 a second made a thread that found the next slot 10 µs
 * away lose 60 or more, and HKQR's harvest threads waited 205 seconds in all in a million-record run in
 * which they sent 4,000 requests a second (BENCHMARKS.md, twenty-eighth session). So the limit is kept
 * over each millisecond instead: as many requests as the rate allows in a millisecond may go out
 * together, and in any span no more than that many plus the rate's share of the span (the generic cell
 * rate algorithm, with a burst tolerance of one millisecond).
 */
public final class HostRateLimiter {

    /** The span over which a limit above 1,000 a second is kept: requests within it are not spaced. */
    private static final long WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final long intervalNanos;
    /** How far ahead of now a request's slot may lie and the request still go at once: (burst - 1) intervals. */
    private final long toleranceNanos;
    /** Each host's next slot: the theoretical time of its next request were they all spaced. */
    private final Map<String, Long> nextFreeSlot = new HashMap<>();

    /** @param requestsPerSecond the ceiling per host; zero or less means unlimited */
    public HostRateLimiter(double requestsPerSecond) {
        this.intervalNanos = requestsPerSecond <= 0 ? 0 : (long) (TimeUnit.SECONDS.toNanos(1) / requestsPerSecond);
        this.toleranceNanos = intervalNanos == 0 ? 0 : (Math.max(1, WINDOW_NANOS / intervalNanos) - 1) * intervalNanos;
    }

    /** Requests that may go out to one host at once: 1 up to 1,000 requests a second, the rate's share of a millisecond above. */
    public long burst() {
        return intervalNanos == 0 ? Long.MAX_VALUE : toleranceNanos / intervalNanos + 1;
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
        long goAt;
        synchronized (nextFreeSlot) {
            long slot = Math.max(now, nextFreeSlot.getOrDefault(host, now));
            nextFreeSlot.put(host, slot + intervalNanos);
            goAt = slot - toleranceNanos;
        }
        long wait;
        while ((wait = goAt - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted while waiting for the rate limit of " + host);
            }
        }
        return goAt > now ? System.nanoTime() - now : 0;
    }
}
