package org.mcfed.sandbox.core;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntBinaryOperator;

/**
 * The only per-record state a registry keeps: revision, updatedAt and deletedAt in primitive
 * arrays (about 20 bytes a record), plus the live indices per listing category, rebuilt after
 * each tick. Everything shown on a page is derived from (seed, source, index, revision).
 * Not thread-safe by itself: {@link org.mcfed.sandbox.RegistrySandbox} reads under a read lock
 * and ticks under the write lock.
 */
public final class RecordLedger {
    private final IntBinaryOperator categoryOf;
    private final int categories;
    private int size;
    private int[] revision;
    private long[] updatedAt;
    private long[] deletedAt;
    private int[][] live;
    private int[] liveCount;
    private long lastChange;
    private int modCount;

    /**
     * @param initial records that exist at time zero
     * @param categories listing categories (e.g. HKQR's current vs archived listings)
     * @param categoryOf (index, revision) to category
     * @param initialUpdatedAt index to its first updatedAt, epoch seconds
     */
    public RecordLedger(int initial, int categories, IntBinaryOperator categoryOf,
                        java.util.function.IntToLongFunction initialUpdatedAt) {
        this.categoryOf = categoryOf;
        this.categories = categories;
        int cap = Math.max(16, initial);
        revision = new int[cap];
        updatedAt = new long[cap];
        deletedAt = new long[cap];
        size = initial;
        for (int i = 0; i < initial; i++) {
            updatedAt[i] = initialUpdatedAt.applyAsLong(i);
            lastChange = Math.max(lastChange, updatedAt[i]);
        }
        rebuildLive();
    }

    public int size() {
        return size;
    }

    public int revision(int index) {
        return revision[index];
    }

    public long updatedAt(int index) {
        return updatedAt[index];
    }

    /** Epoch seconds of deletion, 0 while live. */
    public long deletedAt(int index) {
        return deletedAt[index];
    }

    public boolean exists(int index) {
        return index >= 0 && index < size;
    }

    public boolean isLive(int index) {
        return exists(index) && deletedAt[index] == 0;
    }

    public int liveCount(int category) {
        return liveCount[category];
    }

    public int liveCount() {
        int n = 0;
        for (int c : liveCount) {
            n += c;
        }
        return n;
    }

    /** The index of the pos-th live record of a category, in index order. */
    public int liveAt(int category, int pos) {
        return live[category][pos];
    }

    public int category(int index) {
        return categoryOf.applyAsInt(index, revision[index]);
    }

    /** Incremented by every tick, so derived orderings know when to rebuild. */
    public int modCount() {
        return modCount;
    }

    /** When anything in this registry last changed (epoch seconds). */
    public long lastChange() {
        return lastChange;
    }

    /**
     * Moves time forward: deletes, changes and adds the given fractions of the live records,
     * chosen deterministically from the random stream given.
     *
     * @return counts {changed, added, deleted}
     */
    public int[] tick(double changed, double added, double deleted, long now, SplittableRandom rnd) {
        int[] all = allLive();
        int n = all.length;
        int kDel = count(deleted, n);
        int kChg = Math.min(count(changed, n), n - kDel);
        int kAdd = count(added, n);
        // partial Fisher-Yates: the first kDel go, the next kChg change
        for (int i = 0; i < kDel + kChg; i++) {
            int j = i + rnd.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        for (int i = 0; i < kDel; i++) {
            deletedAt[all[i]] = now;
        }
        for (int i = kDel; i < kDel + kChg; i++) {
            revision[all[i]]++;
            updatedAt[all[i]] = now;
        }
        ensureCapacity(size + kAdd);
        for (int i = 0; i < kAdd; i++) {
            updatedAt[size] = now;
            size++;
        }
        if (kDel + kChg + kAdd > 0) {
            lastChange = now;
        }
        modCount++;
        rebuildLive();
        return new int[] {kChg, kAdd, kDel};
    }

    private static int count(double fraction, int n) {
        if (fraction <= 0 || n == 0) {
            return 0;
        }
        return (int) Math.min(n, Math.max(1, Math.round(fraction * n)));
    }

    private int[] allLive() {
        int n = liveCount();
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < size; i++) {
            if (deletedAt[i] == 0) {
                out[k++] = i;
            }
        }
        return out;
    }

    private void ensureCapacity(int cap) {
        if (cap > revision.length) {
            int c = Math.max(cap, revision.length + (revision.length >> 1));
            revision = Arrays.copyOf(revision, c);
            updatedAt = Arrays.copyOf(updatedAt, c);
            deletedAt = Arrays.copyOf(deletedAt, c);
        }
    }

    private void rebuildLive() {
        int[] counts = new int[categories];
        byte[] cat = new byte[size];
        for (int i = 0; i < size; i++) {
            if (deletedAt[i] == 0) {
                int c = categoryOf.applyAsInt(i, revision[i]);
                cat[i] = (byte) c;
                counts[c]++;
            }
        }
        int[][] lists = new int[categories][];
        for (int c = 0; c < categories; c++) {
            lists[c] = new int[counts[c]];
        }
        int[] fill = new int[categories];
        for (int i = 0; i < size; i++) {
            if (deletedAt[i] == 0) {
                int c = cat[i];
                lists[c][fill[c]++] = i;
            }
        }
        live = lists;
        liveCount = counts;
    }
}
