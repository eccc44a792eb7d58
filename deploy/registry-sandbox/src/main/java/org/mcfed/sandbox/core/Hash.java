package org.mcfed.sandbox.core;

import java.nio.charset.StandardCharsets;

/**
 * Stateless hashing (SplitMix64 finaliser) from which every generated value is derived, so a
 * record is a pure function of (seed, source, index, revision) and nothing is stored per page.
 */
public final class Hash {
    private Hash() {
    }

    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    public static long of(long a, long b) {
        return mix(mix(a + 0x9e3779b97f4a7c15L) ^ b);
    }

    public static long of(long a, long b, long c) {
        return of(of(a, b), c);
    }

    public static long of(long a, long b, long c, long d) {
        return of(of(of(a, b), c), d);
    }

    /** A stable 64-bit hash of a string (FNV-1a then mixed), for source names and URLs. */
    public static long of(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** FNV-1a over bytes, for ETags of rendered pages. */
    public static long ofBytes(byte[] b) {
        long h = 0xcbf29ce484222325L;
        for (byte x : b) {
            h ^= x & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** A uniform double in [0,1) from a hash. */
    public static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }

    /** A uniform int in [0,n) from a hash. */
    public static int below(long h, int n) {
        return (int) ((h >>> 1) % n);
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
