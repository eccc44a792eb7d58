package org.mcfed.normalizer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counts what the loop reports, for assertions. */
final class CountingEvents implements NormalizerEvents {

    final AtomicLong consumed = new AtomicLong();
    final AtomicLong published = new AtomicLong();
    final AtomicLong unchanged = new AtomicLong();
    final AtomicLong tombstones = new AtomicLong();
    final Map<RejectClass, AtomicLong> rejected = new ConcurrentHashMap<>();

    @Override
    public void consumed() {
        consumed.incrementAndGet();
    }

    @Override
    public void published(String id) {
        published.incrementAndGet();
    }

    @Override
    public void unchanged(String id) {
        unchanged.incrementAndGet();
    }

    @Override
    public void rejected(RejectClass reason) {
        rejected.computeIfAbsent(reason, r -> new AtomicLong()).incrementAndGet();
    }

    @Override
    public void tombstone(String id) {
        tombstones.incrementAndGet();
    }

    long rejectedTotal() {
        return rejected.values().stream().mapToLong(AtomicLong::get).sum();
    }
}
