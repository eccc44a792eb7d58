package org.mcfed.sandbox.core;

/**
 * A bijection of [0, n) (affine map modulo n), so that quotas such as "17 of 455 from
 * universities" or the HKQR level x credit table hold exactly while the records carrying
 * them are spread over the listing instead of bunched together.
 */
public final class Permutation {
    private final long n;
    private final long a;
    private final long b;

    public Permutation(int n, long seed) {
        this.n = Math.max(1, n);
        long candidate = (Hash.mix(seed) >>> 1) % this.n | 1;
        while (gcd(candidate, this.n) != 1) {
            candidate++;
        }
        this.a = candidate;
        this.b = (Hash.mix(seed + 1) >>> 1) % this.n;
    }

    public int size() {
        return (int) n;
    }

    public int apply(int i) {
        return (int) ((a * i + b) % n);
    }

    private static long gcd(long x, long y) {
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return x;
    }
}
