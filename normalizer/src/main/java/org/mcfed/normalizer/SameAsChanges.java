package org.mcfed.normalizer;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.zip.CRC32C;

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

    /** A frame's content in memory, so that its length and checksum can go before and after it. */
    private static final class Content extends ByteArrayOutputStream {
        Content() {
            super(1 << 16);
        }

        long checksum() {
            CRC32C crc = new CRC32C();
            crc.update(buf, 0, count);
            return crc.getValue();
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
        Content content = new Content();
        DataOutputStream out = new DataOutputStream(content);
        out.writeLong(snapshot);
        out.writeLong(frame.takenAt().toEpochMilli());
        out.writeLong(frame.valueEnd());
        out.writeLong(frame.garbage());
        SnapshotFormat.writePositions(out, frame.positions());
        linker.writeChanges(out);
        out.flush();
        try (FileOutputStream f = new FileOutputStream(file.toFile(), true)) {
            DataOutputStream framed = new DataOutputStream(f);
            framed.writeInt(content.size());
            content.writeTo(framed);
            framed.writeLong(content.checksum());
            if (force) {
                f.getChannel().force(true);
            }
        }
        return content.size() + 12L;
    }

    /** Forgets every frame, once a whole snapshot holds what they said. */
    void clear() throws IOException {
        Files.deleteIfExists(file);
    }

    /** The frames of snapshot {@code snapshot} that a restore can apply, checked without applying them. */
    Usable usable(long snapshot) throws IOException {
        Frame[] last = new Frame[1];
        int frames = read(snapshot, Integer.MAX_VALUE, (frame, changes) -> last[0] = frame);
        return new Usable(frames, last[0]);
    }

    /** Applies the first {@code frames} frames of snapshot {@code snapshot} to {@code linker}, in order. */
    void apply(long snapshot, int frames, SameAsLinker linker) throws IOException {
        int applied = read(snapshot, frames, (frame, changes) -> linker.readChanges(changes));
        if (applied != frames) {
            throw new IOException(file + " changed while it was read: " + applied + " of " + frames + " frames");
        }
    }

    /** Reads up to {@code max} usable frames of {@code snapshot}; returns how many. */
    private int read(long snapshot, int max, FrameReader reader) throws IOException {
        if (max == 0 || !Files.exists(file)) {
            return 0;
        }
        int frames = 0;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            DataInputStream in = new DataInputStream(raw);
            while (frames < max) {
                byte[] content;
                long stored;
                try {
                    int length = in.readInt();
                    if (length < 0 || length > Files.size(file)) {
                        break;
                    }
                    content = in.readNBytes(length);
                    if (content.length < length) {
                        break;
                    }
                    stored = in.readLong();
                } catch (EOFException e) {
                    break; // the last append was cut short
                }
                CRC32C crc = new CRC32C();
                crc.update(content);
                DataInputStream frame = new DataInputStream(new ByteArrayInputStream(content));
                if (crc.getValue() != stored || frame.readLong() != snapshot) {
                    break;
                }
                Instant takenAt = Instant.ofEpochMilli(frame.readLong());
                long end = frame.readLong();
                long garbage = frame.readLong();
                reader.read(new Frame(takenAt, end, garbage, SnapshotFormat.readPositions(frame)), frame);
                frames++;
            }
        }
        return frames;
    }
}
