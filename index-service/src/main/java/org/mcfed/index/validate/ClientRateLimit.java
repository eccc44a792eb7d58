package org.mcfed.index.validate;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: {@code burst} checks at once, one more back every
 * {@code refill}. Only the {@code clients} most recently seen are remembered (a forgotten client
 * starts again with a full bucket), so a flood of addresses cannot grow memory without bound.
 */
public final class ClientRateLimit {

    private final int burst;
    private final long refillNanos;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets;

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    public ClientRateLimit(int burst, Duration refill, int clients, LongSupplier nanoClock) {
        this.burst = burst;
        this.refillNanos = refill.toNanos();
        this.clock = nanoClock;
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > clients;
            }
        };
    }

    /** Takes one check from the client's bucket: empty when allowed, else the seconds until the next check is. */
    public synchronized OptionalLong take(String client) {
        long now = clock.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        bucket.tokens = Math.min(burst, bucket.tokens + (double) (now - bucket.at) / refillNanos);
        bucket.at = now;
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return OptionalLong.empty();
        }
        long wait = (long) Math.ceil((1 - bucket.tokens) * refillNanos / 1e9);
        return OptionalLong.of(Math.max(1, wait));
    }

    /** Clients currently remembered (for tests of the memory bound). */
    synchronized int clients() {
        return buckets.size();
    }
}
