package org.mcfed.connector;

import java.nio.charset.StandardCharsets;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A set of record ids held as their UTF-8 bytes in a few arrays, in the order they were added. An incremental run
 * holds the id of every page a sitemap lists until it ends (HKQR's 713,288 at a million records): as a
 * {@code HashSet<String>} each id was a string, its bytes and a node, about 100 bytes in three objects. Young
 * collections copied them while the sitemap was read, and the harvester's pauses in that pass came to about two
 * seconds (BENCHMARKS.md, twenty-fifth session). Here an id costs its bytes and 16 bytes more, in arrays.
 * <p>
 * Not thread-safe. Null is not an id, and ids are never removed. {@link #get} and the iterator make a new string per
 * call.
 */
public final class CompactIdSet extends AbstractSet<String> {

    private static final int FIRST_CAPACITY = 16;

    private byte[] bytes = new byte[FIRST_CAPACITY * 16];
    private int byteCount;
    /** Where id {@code i}'s bytes start; they end where id {@code i + 1}'s start, or at {@link #byteCount}. */
    private int[] starts = new int[FIRST_CAPACITY];
    private int[] hashes = new int[FIRST_CAPACITY];
    private int size;
    /** Open addressing, linear probing: id index + 1 per slot, 0 for an empty slot; never more than half full. */
    private int[] slots = new int[FIRST_CAPACITY * 2];

    @Override
    public boolean add(String id) {
        int hash = spread(id.hashCode());
        int slot = find(id, hash);
        if (slots[slot] != 0) {
            return false;
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        starts[size] = byteCount;
        hashes[size] = hash;
        append(id);
        size++;
        slots[slot] = size;
        if (size * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        return true;
    }

    /**
     * Adds each id of {@code ids}, the arrays grown once beforehand: grown by doubling, a set filled with 706,155 ids
     * left about as much garbage as it held, in arrays large enough for G1 to allocate as humongous.
     */
    @Override
    public boolean addAll(Collection<? extends String> ids) {
        if (ids instanceof CompactIdSet other) {
            return addAll(other);
        }
        ensureCapacity(size + ids.size(), 0);
        return super.addAll(ids);
    }

    /**
     * Adds each id of {@code other} by its bytes and hash, with no string made: a run adds a poll's ids seen unchanged
     * to its own once the poll committed (706,155 at once from HKQR's sitemap), and decoding each to a string to encode
     * it again made 74 MB of garbage there. Into an empty set the arrays are copied whole.
     */
    public boolean addAll(CompactIdSet other) {
        if (other == this || other.size == 0) {
            return false;
        }
        if (size == 0) {
            bytes = Arrays.copyOf(other.bytes, Math.max(other.byteCount, FIRST_CAPACITY * 16));
            byteCount = other.byteCount;
            starts = Arrays.copyOf(other.starts, Math.max(other.size, FIRST_CAPACITY));
            hashes = Arrays.copyOf(other.hashes, starts.length);
            slots = other.slots.clone();
            size = other.size;
            return true;
        }
        ensureCapacity(size + other.size, byteCount + other.byteCount);
        boolean changed = false;
        for (int i = 0; i < other.size; i++) {
            int from = other.starts[i];
            int length = other.end(i) - from;
            int hash = other.hashes[i];
            int slot = find(other.bytes, from, length, hash);
            if (slots[slot] == 0) {
                starts[size] = byteCount;
                hashes[size] = hash;
                ensureBytes(length);
                System.arraycopy(other.bytes, from, bytes, byteCount, length);
                byteCount += length;
                size++;
                slots[slot] = size;
                changed = true;
            }
        }
        return changed;
    }

    /**
     * Makes room for {@code ids} ids in all, and {@code bytes} bytes of them, so that adding up to that many grows no
     * array (a caller that knows how many ids are coming says so; a byte count of 0 leaves the bytes to grow).
     */
    public void ensureCapacity(int ids, int bytes) {
        if (ids > starts.length) {
            starts = Arrays.copyOf(starts, ids);
            hashes = Arrays.copyOf(hashes, ids);
        }
        if (bytes > this.bytes.length) {
            this.bytes = Arrays.copyOf(this.bytes, bytes);
        }
        if (ids * 2 > slots.length) {
            rehash(Integer.highestOneBit(ids * 2 - 1) << 1);
        }
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String id)) {
            return false;
        }
        return slots[find(id, spread(id.hashCode()))] != 0;
    }

    @Override
    public int size() {
        return size;
    }

    /** The {@code i}th id added (from 0). */
    public String get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i + " of " + size);
        }
        return new String(bytes, starts[i], end(i) - starts[i], StandardCharsets.UTF_8);
    }

    /** The ids in the order they were added. */
    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public String next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return get(next++);
            }
        };
    }

    /** The slot that holds {@code id}, or the empty slot where it would go. */
    private int find(String id, int hash) {
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int at = slots[slot] - 1;
            if (at < 0 || hashes[at] == hash && sameId(at, id)) {
                return slot;
            }
        }
    }

    /** The slot that holds the id of these UTF-8 bytes, or the empty slot where it would go (never full: see {@link #addAll(CompactIdSet)}). */
    private int find(byte[] utf8, int from, int length, int hash) {
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int at = slots[slot] - 1;
            if (at < 0 || hashes[at] == hash && Arrays.equals(bytes, starts[at], end(at), utf8, from, from + length)) {
                return slot;
            }
        }
    }

    private boolean sameId(int at, String id) {
        int from = starts[at];
        int length = end(at) - from;
        if (length == id.length()) {
            int i = 0;
            while (i < length && id.charAt(i) < 0x80 && bytes[from + i] == id.charAt(i)) {
                i++;
            }
            if (i == length) {
                return true;
            }
            if (id.charAt(i) < 0x80) {
                return false;
            }
        }
        byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
        return Arrays.equals(bytes, from, from + length, utf8, 0, utf8.length);
    }

    private int end(int i) {
        return i + 1 < size ? starts[i + 1] : byteCount;
    }

    private void append(String id) {
        int length = id.length();
        ensureBytes(length);
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            if (c >= 0x80) {
                byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
                ensureBytes(utf8.length);
                System.arraycopy(utf8, 0, bytes, starts[size], utf8.length);
                byteCount = starts[size] + utf8.length;
                return;
            }
            bytes[byteCount++] = (byte) c;
        }
    }

    private void ensureBytes(int more) {
        if (byteCount + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, byteCount + more));
        }
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < size; i++) {
            int slot = hashes[i] & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
        }
    }

    /** The hash's high bits mixed into the low ones the slots are picked by (as {@code HashMap} does). */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
