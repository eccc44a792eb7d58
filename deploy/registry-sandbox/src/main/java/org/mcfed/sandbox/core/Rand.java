package org.mcfed.sandbox.core;

import java.util.List;

/**
 * A tiny deterministic stream (SplitMix64) seeded from a hash: one per rendered record, so the
 * same (seed, source, index, revision) always draws the same values in the same order.
 */
public final class Rand {
    private long state;

    public Rand(long seed) {
        this.state = seed;
    }

    public long nextLong() {
        state += 0x9e3779b97f4a7c15L;
        return Hash.mix(state);
    }

    public int nextInt(int n) {
        return Hash.below(nextLong(), n);
    }

    /** Uniform in [lo, hi] inclusive. */
    public int between(int lo, int hi) {
        return lo + nextInt(hi - lo + 1);
    }

    public double nextDouble() {
        return Hash.unit(nextLong());
    }

    public boolean chance(double p) {
        return nextDouble() < p;
    }

    public <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }

    public <T> T pick(T[] items) {
        return items[nextInt(items.length)];
    }

    /** Picks an index by weights (need not sum to 1). */
    public int weighted(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
