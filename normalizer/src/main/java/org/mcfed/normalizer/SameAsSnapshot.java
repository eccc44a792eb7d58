package org.mcfed.normalizer;

import org.jboss.logging.Logger;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.OutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The normalizer's {@code sameAs} state saved in its state folder, with the {@code mcfed.records.v1}
 * offsets it is exact at, so that a restarted normalizer loads it and reads only the topic's tail
 * instead of the whole topic (at 87,565 records the full read took 11.2 s of a restart in the fault
 * benchmark, and it grows with the catalogue).
 *
 * <p>What is saved: every record's linking state ({@link SameAsLinker#writeEntries}), the value file's
 * name and length (the values themselves stay in that file), and the topic positions. Written to a
 * temporary file and renamed over the last one, with a CRC-32C of the whole content, so a snapshot is
 * either whole or refused. Later saves append only what changed since the save before ({@link SameAsChanges}),
 * until those changes outgrow the whole snapshot, the value file is replaced (compacted), the snapshot is
 * older than a quarter of {@link #MAX_AGE}, or this instance did not write the snapshot itself (the first
 * save after a start or a rebuild): then the whole state is written again and the changes emptied. Nothing is forced to disk: a killed process leaves its writes in the
 * operating system's cache, and a machine that restarted may have lost them, so a snapshot names the
 * boot it was taken in ({@code /proc/sys/kernel/random/boot_id}) and is refused after another one. (On a
 * busy disk, forcing the value file and the snapshot took seconds a save; where the boot cannot be read,
 * both are forced.) A snapshot is used only when
 * <ul>
 *   <li>it was taken since the machine last started;</li>
 *   <li>its checksum, topic and version match, and its value file is there and at least as long as named;</li>
 *   <li>its partitions are the topic's, and each offset lies between the partition's start and end (a
 *       topic that was deleted, shortened or cleaned by retention past it is read again whole);</li>
 *   <li>it is younger than {@link #MAX_AGE}: past Kafka's {@code delete.retention.ms} (24 h by default)
 *       compaction may have removed a tombstone written after the snapshot, and its deletion would be missed.</li>
 * </ul>
 * Anything else: the reason is logged and the state is rebuilt from the whole topic, as before.
 *
 * <p>One instance per folder: the folder is locked for the life of the process, and an instance that
 * finds it locked (two normalizers given one volume) runs without snapshots, with a warning.
 */
final class SameAsSnapshot implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SameAsSnapshot.class);
    static final String FILE = "sameas.snapshot";
    private static final String LOCK = "sameas.lock";
    private static final int MAGIC = 0x4d435341; // "MCSA"
    private static final int VERSION = 3;
    private static final Path BOOT_ID = Path.of("/proc/sys/kernel/random/boot_id");
    /** This process's boot of the machine, read once: it cannot change while the process lives. */
    private static final String BOOT = bootId();
    /** Half of Kafka's default {@code delete.retention.ms}: a tombstone after the snapshot is still on the topic. */
    static final Duration MAX_AGE = Duration.ofHours(12);
    /** Numbers whole snapshots, so that changes appended to one are never applied to another. */
    private static final Random RANDOM = new SecureRandom();

    /**
     * What a saved or restored snapshot holds: offsets by partition, when it was taken, records; {@code bytes}
     * and {@code whole}: what this save wrote (the whole state, or the changes since the last save), or read.
     */
    record Taken(Map<Integer, Long> positions, Instant takenAt, int records, long bytes, Path valueFile, boolean whole) {
    }

    /** The whole snapshot this instance wrote last, which changes may be appended to. */
    private record Whole(long number, Instant takenAt, long bytes, Path valueFile) {
    }

    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final SameAsChanges changes;
    /** Null until this instance writes a whole snapshot, and after a failed save. */
    private Whole whole;
    /** Bytes of changes appended since {@link #whole} was written. */
    private long changeBytes;

    private SameAsSnapshot(Path directory, FileChannel lockChannel, FileLock lock) {
        this.directory = directory;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.changes = new SameAsChanges(directory);
    }

    /** Snapshots in {@code directory} (created if missing), or null when another process holds it. */
    static SameAsSnapshot open(Path directory) throws IOException {
        Files.createDirectories(directory);
        FileChannel channel = FileChannel.open(directory.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            LOG.warnf("sameAs state folder %s is in use by another normalizer: this one runs without snapshots "
                    + "and rebuilds its state from the whole topic at every start (give each instance its own folder)", directory);
            return null;
        }
        return new SameAsSnapshot(directory, channel, lock);
    }

    Path directory() {
        return directory;
    }

    /**
     * Saves {@code linker}'s state as exact at {@code positions} of {@code topic}. The caller guarantees that
     * every write the state holds was acknowledged and that it read the topic up to those positions.
     */
    Taken save(SameAsLinker linker, String topic, Map<Integer, Long> positions) throws IOException {
        ValueStore values = linker.values();
        String boot = BOOT;
        if (boot.isEmpty()) {
            values.force();
        }
        Instant now = Instant.now();
        try {
            Taken taken = mustSaveWhole(linker, now) ? saveWhole(linker, topic, positions, boot, now)
                    : appendChanges(linker, positions, boot, now);
            linker.changesSaved();
            return taken;
        } catch (IOException | RuntimeException e) {
            whole = null; // a frame may be cut short: the next save starts again from the whole state
            throw e;
        }
    }

    /** True unless the changes since the last save can be appended to a whole snapshot this instance wrote. */
    private boolean mustSaveWhole(SameAsLinker linker, Instant now) {
        return whole == null || linker.allChanged() || changeBytes > whole.bytes()
                || !Objects.equals(whole.valueFile(), linker.values().file())
                || Duration.between(whole.takenAt(), now).compareTo(MAX_AGE.dividedBy(4)) > 0;
    }

    private Taken appendChanges(SameAsLinker linker, Map<Integer, Long> positions, String boot, Instant now) throws IOException {
        ValueStore values = linker.values();
        SameAsChanges.Frame frame = new SameAsChanges.Frame(now, values.sizeBytes(), values.garbageBytes(), positions);
        long bytes = changes.append(whole.number(), frame, linker, boot.isEmpty());
        changeBytes += bytes;
        return new Taken(positions, now, linker.size(), bytes, values.file(), false);
    }

    private Taken saveWhole(SameAsLinker linker, String topic, Map<Integer, Long> positions, String boot, Instant now) throws IOException {
        ValueStore values = linker.values();
        long number = RANDOM.nextLong();
        Path tmp = directory.resolve(FILE + ".tmp");
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE); OutputStream file = Channels.newOutputStream(channel)) {
            CheckedOutputStream checked = new CheckedOutputStream(file, new CRC32C());
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(checked, 1 << 16));
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(topic);
            out.writeUTF(boot);
            out.writeLong(now.toEpochMilli());
            out.writeLong(number);
            out.writeUTF(values.file() == null ? "" : values.file().getFileName().toString());
            out.writeLong(values.sizeBytes());
            out.writeLong(values.garbageBytes());
            SnapshotFormat.writePositions(out, positions);
            linker.writeEntries(out);
            out.flush();
            new DataOutputStream(file).writeLong(checked.getChecksum().getValue());
            if (boot.isEmpty()) {
                channel.force(true);
            }
        }
        Files.move(tmp, directory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        changes.clear(); // a kill before this leaves frames of the last snapshot, which this one refuses by its number
        long bytes = Files.size(directory.resolve(FILE));
        whole = new Whole(number, now, bytes, values.file());
        changeBytes = 0;
        return new Taken(positions, now, linker.size(), bytes, values.file(), true);
    }

    /**
     * Loads the snapshot into {@code linker} if there is a usable one; {@code refusal} gets its positions and
     * answers why they cannot be used (null = usable). Returns null, with the reason logged, when there is none
     * or it is refused; value files of this folder that no snapshot names (left by a killed process) are deleted.
     *
     * @throws IOException when the snapshot was refused after {@code linker} was cleared: the caller rebuilds
     */
    Taken restore(SameAsLinker linker, String topic, Function<Map<Integer, Long>, String> refusal) throws IOException {
        Path file = directory.resolve(FILE);
        if (!Files.exists(file)) {
            LOG.infof("no sameAs snapshot in %s yet", directory);
            deleteValueFilesExcept(null);
            return null;
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            CheckedInputStream checked = new CheckedInputStream(raw, new CRC32C());
            DataInputStream in = new DataInputStream(checked);
            String refused = null;
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                refused = "it is not a snapshot of this version";
            }
            String itsTopic = refused == null ? in.readUTF() : null;
            String itsBoot = refused == null ? in.readUTF() : null;
            Instant takenAt = refused == null ? Instant.ofEpochMilli(in.readLong()) : null;
            if (refused == null && !topic.equals(itsTopic)) {
                refused = "it is of topic " + itsTopic;
            } else if (refused == null && !itsBoot.equals(BOOT)) {
                refused = "the machine restarted since it was taken (values not yet on disk then may be lost)";
            } else if (refused == null && Duration.between(takenAt, Instant.now()).compareTo(MAX_AGE) > 0) {
                refused = "it was taken at " + takenAt + ", more than " + MAX_AGE.toHours() + " h ago";
            }
            if (refused != null) {
                return refuse(refused);
            }
            long number = in.readLong();
            String valueName = in.readUTF();
            long end = in.readLong();
            long garbage = in.readLong();
            Map<Integer, Long> positions = SnapshotFormat.readPositions(in);
            SameAsChanges.Usable usable = changes.usable(number);
            if (usable.last() != null) {
                takenAt = usable.last().takenAt();
                end = usable.last().valueEnd();
                garbage = usable.last().garbage();
                positions = usable.last().positions();
            }
            refused = refusal.apply(positions);
            if (refused != null) {
                return refuse(refused);
            }
            Path valueFile = valueName.isEmpty() ? null : directory.resolve(valueName);
            if (valueFile != null && !Files.exists(valueFile)) {
                return refuse("its value file " + valueName + " is gone (replaced by a compaction since)");
            }
            deleteValueFilesExcept(valueFile);
            ValueStore values = valueFile == null ? ValueStore.kept(directory) : ValueStore.reopen(valueFile, end, garbage);
            linker.readEntries(in, values);
            long computed = checked.getChecksum().getValue();
            long stored = in.readLong();
            if (computed != stored || in.read() >= 0) {
                throw new IOException("snapshot " + file + " is damaged (checksum or length)");
            }
            changes.apply(number, usable.frames(), linker);
            return new Taken(positions, takenAt, linker.size(), Files.size(file), valueFile, true);
        } catch (EOFException e) {
            throw new IOException("snapshot " + file + " is cut short", e);
        }
    }

    /** This boot of the machine, or "" where the kernel does not say (then every save is forced to disk). */
    static String bootId() {
        try {
            return Files.readString(BOOT_ID).trim();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private Taken refuse(String reason) throws IOException {
        LOG.infof("sameAs snapshot in %s not used: %s", directory, reason);
        deleteValueFilesExcept(null);
        return null;
    }

    /** Deletes value files no snapshot can use: each killed process leaves one. */
    private void deleteValueFilesExcept(Path keep) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, ValueStore.PREFIX + "*" + ValueStore.SUFFIX)) {
            for (Path f : files) {
                if (!f.equals(keep)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        lockChannel.close();
    }
}
