package org.mcfed.normalizer;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The changes a {@link SameAsSnapshot} appends between two whole saves, one frame per save: the records whose
 * linking state changed since the save before ({@link SameAsLinker#writeChanges}), the value file's end and
 * garbage, and the topic positions the state is exact at then. A save so costs what changed since the last
 * one, not the whole state again (at 98,496 records the whole state written every 10 s was 8.7 % of the
 * pipeline's CPU samples).
 *
 * <p>A frame is its length, its content and a CRC-32C of the content; the content starts with the number of the
 * whole snapshot it applies to. Frames are applied in order up to the first that is cut short, damaged or of
 * another snapshot (a kill during an append, or a whole save that replaced the snapshot before this file was
 * emptied): the state restored is then the last whole frame's, exact at that frame's own positions, and the
 * records topic is read on from there.
 */
final class SameAsChanges {

    static final String FILE = "sameas.changes";
    /** The length a frame has until its append is done: read as a frame cut short. */
    private static final int CUT_SHORT = -1;

    /** What a frame says besides its changes: when it was taken, the value file's end and garbage, the positions. */
    record Frame(Instant takenAt, long valueEnd, long garbage, Map<Integer, Long> positions) {
    }

    /** The frames a restore can apply: how many, and the last one (null when none). */
    record Usable(int frames, Frame last) {
    }

    /** Reads one frame's changes (after its header). */
    private interface FrameReader {
        void read(Frame frame, DataInputStream changes) throws IOException;
    }

    /** The bytes of one frame's content, no more: a frame is read as it is checked, never held whole. */
    private static final class FrameContent extends FilterInputStream {
        private long left;

        FrameContent(InputStream in, long length) {
            super(in);
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        /** Reads what the frame's reader left of it through {@code checked} (the checksum must see every byte); false when the file ends first. */
        boolean drain(InputStream checked) throws IOException {
            byte[] scratch = new byte[8192];
            while (checked.read(scratch, 0, scratch.length) >= 0) {
                // read to the frame's end
            }
            return left == 0;
        }
    }

    private final Path file;

    SameAsChanges(Path directory) {
        this.file = directory.resolve(FILE);
    }

    /**
     * Appends what changed in {@code linker} since its last saved state, as a frame of snapshot {@code snapshot};
     * {@code force} writes it to disk (where a machine's restart cannot be told). Returns the bytes appended.
     */
    long append(long snapshot, Frame frame, SameAsLinker linker, boolean force) throws IOException {
        // Streamed to the file, not built in memory first: during a replay every record changes between two
        // saves, and a frame of 330,000 records held whole ran a million-record normaliser out of heap. The
        // length goes in last, over a placeholder that reads as a frame cut short until then.
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            long start = channel.size();
            channel.position(start);
            channel.write(ByteBuffer.allocate(Integer.BYTES).putInt(0, CUT_SHORT));
            CRC32C crc = new CRC32C();
            // the checksum below the buffer, so it is computed over 64 KB at a time, not over each small write
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    new CheckedOutputStream(Channels.newOutputStream(channel), crc), 1 << 16));
            out.writeLong(snapshot);
            out.writeLong(frame.takenAt().toEpochMilli());
            out.writeLong(frame.valueEnd());
            out.writeLong(frame.garbage());
            SnapshotFormat.writePositions(out, frame.positions());
            linker.writeChanges(out);
            out.flush();
            int length = out.size();
            channel.write(ByteBuffer.allocate(Long.BYTES).putLong(0, crc.getValue()));
            channel.write(ByteBuffer.allocate(Integer.BYTES).putInt(0, length), start);
            if (force) {
                channel.force(true);
            }
            return length + 12L;
        }
    }

    /** Forgets every frame, once a whole snapshot holds what they said. */
    void clear() throws IOException {
        Files.deleteIfExists(file);
    }

    /** The frames of snapshot {@code snapshot} that a restore can apply, checked without applying them. */
    Usable usable(long snapshot) throws IOException {
        return read(snapshot, Integer.MAX_VALUE, (frame, changes) -> { });
    }

    /** Applies the first {@code frames} frames of snapshot {@code snapshot} to {@code linker}, in order. */
    void apply(long snapshot, int frames, SameAsLinker linker) throws IOException {
        int applied = read(snapshot, frames, (frame, changes) -> linker.readChanges(changes)).frames();
        if (applied != frames) {
            throw new IOException(file + " changed while it was read: " + applied + " of " + frames + " frames");
        }
    }

    /**
     * Reads up to {@code max} frames of {@code snapshot}, each handed to {@code reader} as it is read and counted once
     * its checksum is found right; {@link #apply} therefore only reads frames {@link #usable} checked.
     */
    private Usable read(long snapshot, int max, FrameReader reader) throws IOException {
        if (max == 0 || !Files.exists(file)) {
            return new Usable(0, null);
        }
        int frames = 0;
        Frame last = null;
        long size = Files.size(file);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            DataInputStream in = new DataInputStream(raw);
            while (frames < max) {
                CRC32C crc = new CRC32C();
                Frame read;
                try {
                    int length = in.readInt();
                    if (length < 0 || length > size) {
                        break;
                    }
                    FrameContent content = new FrameContent(in, length);
                    CheckedInputStream checked = new CheckedInputStream(content, crc);
                    // the checksum below the buffer, as when written: over chunks, not over each small read
                    // (what the buffer holds unread has been checked; drain reads the rest through the checksum)
                    DataInputStream frame = new DataInputStream(new BufferedInputStream(checked, 1 << 16));
                    if (frame.readLong() != snapshot) {
                        break;
                    }
                    Instant takenAt = Instant.ofEpochMilli(frame.readLong());
                    long end = frame.readLong();
                    long garbage = frame.readLong();
                    read = new Frame(takenAt, end, garbage, SnapshotFormat.readPositions(frame));
                    reader.read(read, frame);
                    if (!content.drain(checked) || in.readLong() != crc.getValue()) {
                        break;
                    }
                } catch (EOFException e) {
                    break; // the last append was cut short
                }
                last = read;
                frames++;
            }
        }
        return new Usable(frames, last);
    }
}
