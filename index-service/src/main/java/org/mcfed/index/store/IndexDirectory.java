package org.mcfed.index.store;

import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.store.NoLockFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * The index's folder as the service reads it: every file memory-mapped ({@link MMapDirectory}: the random reads of
 * search without a system call each), but the stored fields' data ({@code .fdt}), read through a file channel
 * ({@link NIOFSDirectory}), the split Elasticsearch's {@code hybridfs} store makes.
 *
 * <p>Why: the stored fields hold each record's JSON and are about two thirds of the index, yet they are read only for
 * the hits a page shows and for feeds and exports, a compressed block at a time, where a read call costs little next
 * to decompressing it. Mapped, every page of them that a merge read stayed in the process's resident memory until the
 * merged segment was dropped: at a million records the service was 1.5 GiB resident with 0.55 GiB of its own. Read
 * through the channel they are the system's page cache, shared and reclaimable, not the service's memory.
 *
 * <p>Everything but opening inputs (writes, listing, deletes, the write lock) is this {@link NIOFSDirectory}'s, so a
 * file waiting for deletion is known in one place; the mapped directory only opens inputs, after this one's checks.
 */
public final class IndexDirectory extends NIOFSDirectory {

    /** Extensions read through the file channel rather than mapped: stored fields' data. */
    private static final Set<String> READ_THROUGH_CHANNEL = Set.of("fdt");

    private final MMapDirectory mapped;

    /** The index in {@code folder}, as {@link LuceneRecordStore} opens it (and benchmarks that read an index as the service does). */
    public IndexDirectory(Path folder) throws IOException {
        super(folder);
        this.mapped = new MMapDirectory(folder, NoLockFactory.INSTANCE); // never locks: this directory holds the lock
    }

    /** True when the file is read through the channel, not mapped. */
    static boolean readThroughChannel(String fileName) {
        String extension = IndexFileNames.getExtension(fileName);
        return extension != null && READ_THROUGH_CHANNEL.contains(extension);
    }

    @Override
    public IndexInput openInput(String name, IOContext context) throws IOException {
        if (readThroughChannel(name)) {
            return super.openInput(name, context);
        }
        ensureOpen();
        ensureCanRead(name); // files pending deletion are known to this directory only
        return mapped.openInput(name, context);
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            super.close();
        } finally {
            mapped.close();
        }
    }
}
