package org.mcfed.sandbox.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Stateless hashing (SplitMix64 finaliser) from which every generated value is derived, so a
 * record is a pure function of (seed, source, index, revision) and nothing is stored per page.
 */
public final class Hash {
    /** {@link #ofBytes} reads a page as little-endian 8-byte words, mixed by xxHash64's two primes. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long P1 = 0x9E3779B185EBCA87L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;

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

    /**
     * A stable 64-bit hash of bytes, for ETags of rendered pages: four lanes of 8-byte words (xxHash64's round, a
     * bijection of each word), the rest word by word and byte by byte, then mixed. Every page is hashed whole for its
     * ETag; FNV-1a, one multiplication a byte in one chain, had 8 % of the sandbox's Java samples in a 90-second profile
     * at a million records (BENCHMARKS.md, thirty-third session).
     */
    public static long ofBytes(byte[] b) {
        long lane0 = P1 + P2;
        long lane1 = P2;
        long lane2 = 0;
        long lane3 = -P1;
        int i = 0;
        for (; i + 32 <= b.length; i += 32) {
            lane0 = round(lane0, (long) LONGS.get(b, i));
            lane1 = round(lane1, (long) LONGS.get(b, i + 8));
            lane2 = round(lane2, (long) LONGS.get(b, i + 16));
            lane3 = round(lane3, (long) LONGS.get(b, i + 24));
        }
        long h = b.length + Long.rotateLeft(lane0, 1) + Long.rotateLeft(lane1, 7) + Long.rotateLeft(lane2, 12) + Long.rotateLeft(lane3, 18);
        for (; i + 8 <= b.length; i += 8) {
            h = round(h, (long) LONGS.get(b, i));
        }
        for (; i < b.length; i++) {
            h = (h ^ (b[i] & 0xff)) * 0x100000001b3L;
        }
        return mix(h);
    }

    private static long round(long acc, long word) {
        return Long.rotateLeft(acc + word * P2, 31) * P1;
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
