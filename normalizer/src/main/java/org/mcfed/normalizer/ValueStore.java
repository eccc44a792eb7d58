package org.mcfed.normalizer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The JSON values the {@link SameAsLinker} must be able to re-render, kept out of the heap: an
 * append-only local file, addressed by the offset {@link #append} returned (the caller keeps offset
 * and length). At a million records the values are gigabytes, the heap holds only the links; the
 * operating system's page cache keeps the recent part of the file in memory.
 *
 * <p>Nothing is ever updated in place: a changed value is appended and the old bytes become garbage,
 * counted so the owner can {@link #successor() copy the live values} to a fresh file when garbage
 * outweighs them. The file is scratch state, not a store of record: it is created empty and rebuilt
 * from {@code mcfed.records.v1} like the rest of the linker's state. A temporary store is deleted on
 * {@link #close()} (and at JVM exit); a kept one ({@link #kept}) stays for a {@link SameAsSnapshot} to
 * name, so that a restarted normalizer reopens it ({@link #reopen}) instead of reading the whole topic.
 * It is opened on the first append, so a linker that never links costs no file. A failed write (a full disk) throws
 * {@link StateStorageException}, which the loop waits out; a failed read is not that (a value file shorter than its
 * snapshot says is refused when reopened), and stays a plain {@link java.io.UncheckedIOException}. Not thread-safe.
 */
final class ValueStore implements AutoCloseable {

    /** Garbage below this is never worth a copy. */
    static final long MIN_GARBAGE = 64L << 20;

    /** Name of every value file, so that a snapshot's owner can find those a killed process left. */
    static final String PREFIX = "mcfed-sameas-";
    static final String SUFFIX = ".values";

    private final Path directory;
    private final long minGarbage;
    private final boolean kept;
    private Path file;
    private FileChannel channel;
    private long end;
    private long garbage;

    /** A store whose file will live in {@code directory} (null = the JVM's temporary directory). */
    ValueStore(Path directory) {
        this(directory, MIN_GARBAGE);
    }

    /** With another garbage floor for compaction (tests use 0 to compact at once). */
    ValueStore(Path directory, long minGarbage) {
        this(directory, minGarbage, false);
    }

    private ValueStore(Path directory, long minGarbage, boolean kept) {
        this.directory = directory;
        this.minGarbage = minGarbage;
        this.kept = kept;
    }

    /** A store in {@code directory} whose file outlives {@link #close()} and the JVM, for snapshots to name. */
    static ValueStore kept(Path directory) {
        return new ValueStore(directory, MIN_GARBAGE, true);
    }

    /**
     * The kept file a snapshot named, cut back to the {@code end} it had then: bytes appended after the
     * snapshot belong to writes the snapshot does not know, and will be appended again.
     *
     * @throws IOException when the file is missing or shorter than {@code end}
     */
    static ValueStore reopen(Path file, long end, long garbage) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            if (channel.size() < end) {
                throw new IOException(file + " holds " + channel.size() + " bytes, the snapshot names " + end);
            }
            channel.truncate(end);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        ValueStore store = new ValueStore(file.getParent(), MIN_GARBAGE, true);
        store.file = file;
        store.channel = channel;
        store.end = end;
        store.garbage = garbage;
        return store;
    }

    /** The file, or null before the first append. */
    Path file() {
        return file;
    }

    /** Writes what the operating system still holds of the file to disk, before a snapshot names it. */
    void force() {
        try {
            if (channel != null) {
                channel.force(false);
            }
        } catch (IOException e) {
            throw new StateStorageException("cannot flush the sameAs value store", where(), e);
        }
    }

    /** Appends a value; returns its offset. */
    long append(byte[] value) {
        try {
            if (channel == null) {
                open();
            }
            long at = end;
            ByteBuffer buf = ByteBuffer.wrap(value);
            long pos = at;
            while (buf.hasRemaining()) {
                pos += channel.write(buf, pos);
            }
            end = pos;
            return at;
        } catch (IOException e) {
            throw new StateStorageException("cannot append to the sameAs value store", where(), e);
        }
    }

    /** The value of {@code length} bytes at {@code offset}. */
    byte[] read(long offset, int length) {
        byte[] value = new byte[length];
        ByteBuffer buf = ByteBuffer.wrap(value);
        try {
            while (buf.hasRemaining()) {
                int n = channel.read(buf, offset + buf.position());
                if (n < 0) {
                    throw new IOException("value at " + offset + " (" + length + " bytes) runs past the end " + end);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the sameAs value store " + where(), e);
        }
        return value;
    }

    /** Marks a stored value as no longer referenced. */
    void discard(int length) {
        garbage += length;
    }

    /** Bytes written; {@link #garbageBytes()} of them are unreferenced. */
    long sizeBytes() {
        return end;
    }

    long garbageBytes() {
        return garbage;
    }

    /** True when the garbage is worth a copy: more than the live values, and more than the floor (64 MB). */
    boolean wantsCompaction() {
        return garbage > minGarbage && garbage > end - garbage;
    }

    /** An empty store in the same directory, to copy live values into before closing this one. */
    ValueStore successor() {
        return new ValueStore(directory, minGarbage, kept);
    }

    /**
     * Drops every value: a temporary file is truncated; a kept one is deleted (the next append starts a
     * new file), because a snapshot may name it and must never find other values at its offsets.
     */
    void clear() {
        if (kept) {
            delete();
            return;
        }
        try {
            if (channel != null) {
                channel.truncate(0);
            }
        } catch (IOException e) {
            throw new StateStorageException("cannot truncate the sameAs value store", where(), e);
        }
        end = 0;
        garbage = 0;
    }

    /** Closes the file; a temporary one is deleted, a {@link #kept} one stays for its snapshot. */
    @Override
    public void close() {
        close(!kept);
    }

    /** Closes the file and deletes it, kept or not: no snapshot may name it any more. */
    void delete() {
        close(true);
    }

    private void close(boolean deleteFile) {
        try {
            if (channel != null) {
                channel.close();
                if (deleteFile) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new StateStorageException("cannot delete the sameAs value store", where(), e);
        } finally {
            channel = null;
            end = 0;
            garbage = 0;
        }
    }

    /** The file, or before it exists the folder it goes in: where a failure happened, for its message. */
    private Path where() {
        return file != null ? file : folder();
    }

    /** The folder the file goes in: the one given, else the JVM's temporary folder. */
    private Path folder() {
        return directory != null ? directory : Path.of(System.getProperty("java.io.tmpdir"));
    }

    private void open() throws IOException {
        Path dir = folder();
        Files.createDirectories(dir);
        file = Files.createTempFile(dir, PREFIX, SUFFIX);
        if (!kept) {
            file.toFile().deleteOnExit();
        }
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        end = 0;
        garbage = 0;
    }
}
