package org.mcfed.normalizer;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;
import org.mcfed.pipeline.kafka.ReadToEnd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The {@code sameAs} state as the records topic holds it: made at start and after a failed write,
 * and caught up before a batch when other instances may have written records ({@link RawPartitions#othersMayHaveWritten()}),
 * so that links see those too, and before each save.
 *
 * <p>With a state folder ({@link NormalizerSettings#stateDirectory()}) it is saved there every
 * {@link NormalizerSettings#snapshotInterval()} after a batch whose writes were all acknowledged, and
 * made from the last {@link SameAsSnapshot} plus the topic's tail read from the snapshot's offsets;
 * without one, or when the snapshot cannot be used, by reading the whole topic.
 */
public final class SameAsState implements AutoCloseable {

    /**
     * How the state was last made, for operators (the readiness check shows it) and tests: from a snapshot of
     * {@code snapshotRecords} records plus {@code topicValues} of the topic's tail, or ({@code fromSnapshot}
     * false) from all {@code topicValues} of the topic; {@code millis} in all.
     */
    public record Made(boolean fromSnapshot, int snapshotRecords, long topicValues, long millis) {
        @Override
        public String toString() {
            return fromSnapshot ? "snapshot of " + snapshotRecords + " records + " + topicValues + " values of the tail in " + millis + " ms"
                    : "whole topic, " + topicValues + " values in " + millis + " ms";
        }
    }

    private static final Logger LOG = Logger.getLogger(SameAsState.class);
    /**
     * Longest read of the records topic (a rebuild reads all of it); past it the batch fails and is
     * retried like any Kafka fault.
     */
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(30);
    /**
     * Saves hold the loop thread at most a twentieth of the time: a million records of state take 1.5 s of
     * CPU to write whole (more on a busy disk), and saving must not slow the ingest it protects by more than 5 %.
     */
    private static final int SAVE_SHARE = 20;
    /**
     * Longest wait for the records topic's end offsets before a save. The broker has answered that request 2 to 4 s
     * late at times (a million-record benchmark, the reader idle since the last save), and the loop waits for the
     * save: every change behind it waited too. Past it the state is saved at the positions read so far. That is exact
     * as well: a restart reads the tail from those positions, and this instance's own writes read again change nothing.
     */
    static final Duration END_BEFORE_SAVE = Duration.ofMillis(250);

    private final SameAsLinker linker;
    private final KafkaConsumer<String, byte[]> records;
    private final String topic;
    private final SameAsSnapshot snapshots;
    private final Duration interval;
    private final Duration endBeforeSave;
    /** True from a batch's first write until all its writes are acknowledged: no snapshot may be taken then. */
    private boolean writing;
    private Instant lastSaved;
    /** How long the last save held the loop: the next waits at least {@link #SAVE_SHARE} times that. */
    private Duration lastSaveTook = Duration.ZERO;
    private volatile Made made;
    private Path lastSavedValueFile;
    /** This instance's acknowledged writes after the reader, which a save need not read back. */
    private final OwnWrites ownWrites = new OwnWrites();
    /** Values of the topic read before saves, and own writes passed over instead ({@link OwnWrites}); written by the loop only. */
    private volatile long readBeforeSaves;
    private volatile long skippedBeforeSaves;

    /** {@code snapshots} null = none: the state is always read from the whole topic. */
    SameAsState(SameAsLinker linker, NormalizerSettings settings, SameAsSnapshot snapshots) {
        this(linker, settings, snapshots, END_BEFORE_SAVE);
    }

    /** With another wait for the end offsets before a save (tests). */
    SameAsState(SameAsLinker linker, NormalizerSettings settings, SameAsSnapshot snapshots, Duration endBeforeSave) {
        this.endBeforeSave = endBeforeSave;
        this.linker = linker;
        this.records = NormalizerClients.recordsReader(settings);
        this.topic = settings.recordsTopic();
        this.snapshots = snapshots;
        this.interval = settings.snapshotInterval();
    }

    /**
     * Makes the state from the snapshot and the topic's tail if it can, else from the whole topic.
     *
     * @throws StateStorageException when the value file cannot be written (a full disk); the snapshot is kept for the
     *                               next attempt
     */
    void restoreOrRebuild() {
        writing = false;
        // the state is made again from older positions: own writes counted from the reader's present one vouch for nothing there
        ownWrites.forget();
        if (snapshots != null) {
            try {
                if (restore()) {
                    return;
                }
            } catch (StateStorageException e) {
                throw e; // the whole topic would need more space than the snapshot's tail: wait for space instead
            } catch (IOException | UncheckedIOException e) {
                LOG.warnf("sameAs snapshot in %s not used (%s): reading the whole of %s instead",
                        snapshots.directory(), e.getMessage(), topic);
            }
        }
        rebuild();
    }

    /** Reads the records topic from its beginning into a fresh state. */
    void rebuild() {
        long started = System.nanoTime();
        writing = false;
        ownWrites.forget();
        linker.clear();
        records.seekToBeginning(records.assignment());
        long loaded = catchUp();
        made = new Made(false, 0, loaded, (System.nanoTime() - started) / 1_000_000);
        LOG.infof("sameAs state rebuilt from %s in %d ms: %d values read, %d records known", topic,
                (System.nanoTime() - started) / 1_000_000, loaded, linker.size());
    }

    /** How the state was last made, or null before. */
    Made made() {
        return made;
    }

    /**
     * Reads the records topic on up to its current end, passing over this instance's own writes where nothing else
     * lies between them ({@link OwnWrites}); returns the values read.
     */
    long catchUp() {
        skipOwnWrites(null);
        ownWrites.forget(); // until read: a failed read leaves the positions anywhere
        long loaded = ReadToEnd.fromPosition(records, READ_TIMEOUT, r -> linker.load(r.key(), r.value()));
        linker.settle();
        ownWrites.readTo(positions());
        return loaded;
    }

    /** Where this instance's writes to the records topic were acknowledged, in each partition's order. */
    OwnWrites ownWrites() {
        return ownWrites;
    }

    /** Values of the records topic read before saves, since this instance started. */
    long readBeforeSaves() {
        return readBeforeSaves;
    }

    /** Own writes that saves passed over instead of reading them back ({@link OwnWrites}). */
    long skippedBeforeSaves() {
        return skippedBeforeSaves;
    }

    /** Before a batch's writes: until {@link #batchDone()} the state holds writes that may never land. */
    void writing() {
        writing = true;
    }

    /**
     * After a batch whose writes were all acknowledged: saves the state when the last save is older than the
     * interval (and {@link #SAVE_SHARE} times as old as that save took), or names a value file since replaced.
     * A save first reads the topic on to its end ({@link #saveAtTheEnd}). A failed save is logged and retried
     * after the next batch; the loop goes on either way.
     */
    void batchDone() {
        writing = false;
        if (snapshots == null) {
            return;
        }
        Instant now = Instant.now();
        boolean fileReplaced = !Objects.equals(lastSavedValueFile, linker.values().file());
        if (lastSaved != null && !fileReplaced && Duration.between(lastSaved, now).compareTo(nextWait()) < 0) {
            return;
        }
        saveAtTheEnd(now);
    }

    /**
     * Reads the topic on to its end, then saves. A sole instance does not catch up before its batches
     * ({@link RawTopicNormalizer}), so the reader's positions stay where the last catch-up left them and its own
     * writes since are in the state but not yet read back. The reader passes over those that nothing else lies
     * between ({@link OwnWrites}) and reads the rest, so the snapshot's positions are the topic's end: a restart
     * reads only what was written after the save, not everything since the last catch-up.
     * When the end offsets take longer than {@link #END_BEFORE_SAVE}, the save is made where the reader stands.
     */
    private void saveAtTheEnd(Instant now) {
        long read = 0;
        long skipped = 0;
        try {
            Map<TopicPartition, Long> end = null;
            try {
                end = records.endOffsets(records.assignment(), endBeforeSave);
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                LOG.debugf("%s's end offsets not known within %d ms: the sameAs state is saved where its reader stands",
                        topic, endBeforeSave.toMillis());
            }
            skipped = skipOwnWrites(end);
            if (end != null) {
                read = ReadToEnd.upTo(records, end, READ_TIMEOUT, r -> linker.load(r.key(), r.value()));
            }
        } catch (KafkaException e) {
            ownWrites.forget();
            LOG.warnf("cannot read %s on to its end before saving the sameAs state (%s); saving after a later batch",
                    topic, e.getMessage());
            return;
        } finally {
            linker.settle();
        }
        // the snapshot is exact where the reader stands, and own writes count on from there
        Map<Integer, Long> positions = positions();
        ownWrites.readTo(positions);
        readBeforeSaves += read;
        skippedBeforeSaves += skipped;
        save(now, positions, read, skipped);
    }

    /**
     * Moves the reader past this instance's own writes where nothing else lies between them ({@link OwnWrites}):
     * they are in the state already. Returns how many it passed over. Never past {@code end} when it is known.
     */
    private long skipOwnWrites(Map<TopicPartition, Long> end) {
        long skipped = 0;
        for (TopicPartition tp : records.assignment()) {
            long to = ownWrites.skipTo(tp.partition());
            long at = records.position(tp);
            if (to > at && (end == null || to <= end.getOrDefault(tp, -1L))) {
                skipped += to - at;
                records.seek(tp, to);
            }
        }
        return skipped;
    }

    /** The reader's positions by partition number. */
    private Map<Integer, Long> positions() {
        Map<Integer, Long> positions = new HashMap<>();
        for (TopicPartition tp : records.assignment()) {
            positions.put(tp.partition(), records.position(tp));
        }
        return positions;
    }

    /** The interval, or {@link #SAVE_SHARE} times the last save's duration when that is longer. */
    private Duration nextWait() {
        Duration share = lastSaveTook.multipliedBy(SAVE_SHARE);
        return share.compareTo(interval) > 0 ? share : interval;
    }

    /** Saves the state now (on a clean stop), unless a batch's writes were left unacknowledged. */
    void saveNow() {
        if (snapshots != null && !writing) {
            saveAtTheEnd(Instant.now());
        }
    }

    /** Saves the state as exact at {@code positions}; {@code read} values were read and {@code skipped} own writes passed over first. */
    private void save(Instant now, Map<Integer, Long> positions, long read, long skipped) {
        long started = System.nanoTime();
        try {
            SameAsSnapshot.Taken taken = snapshots.save(linker, topic, positions);
            boolean first = lastSaved == null;
            lastSaved = now;
            lastSavedValueFile = taken.valueFile();
            lastSaveTook = Duration.ofNanos(System.nanoTime() - started);
            // the first save, and any slow one, at INFO: an operator sees the cost and how far apart saves are
            LOG.logf(first || lastSaveTook.toMillis() >= 1000 ? Logger.Level.INFO : Logger.Level.DEBUG,
                    "sameAs state saved to %s in %d ms (%d records, %d KB %s; %d values of %s read first, %d own writes"
                            + " not read again); the next save in %d s at the earliest",
                    snapshots.directory(), lastSaveTook.toMillis(), taken.records(), taken.bytes() >> 10,
                    taken.whole() ? "written whole" : "of changes appended", read, topic, skipped, nextWait().toSeconds());
        } catch (IOException | UncheckedIOException e) {
            LOG.warnf("cannot save the sameAs state to %s (%s); a restart reads the whole of %s until a save succeeds",
                    snapshots.directory(), e.getMessage(), topic);
            lastSaved = now; // not at every batch
        }
    }

    private boolean restore() throws IOException {
        long started = System.nanoTime();
        SameAsSnapshot.Taken taken = snapshots.restore(linker, topic, this::refusal);
        if (taken == null) {
            return false;
        }
        long loadedMs = (System.nanoTime() - started) / 1_000_000;
        taken.positions().forEach((p, offset) -> records.seek(new TopicPartition(topic, p), offset));
        long tail = catchUp();
        made = new Made(true, taken.records(), tail, (System.nanoTime() - started) / 1_000_000);
        LOG.infof("sameAs state restored from its snapshot in %s (%d records, taken %d s ago) in %d ms, "
                        + "then %d values of %s's tail read: %d ms in all, %d records known",
                snapshots.directory(), taken.records(), Duration.between(taken.takenAt(), Instant.now()).toSeconds(),
                loadedMs, tail, topic, (System.nanoTime() - started) / 1_000_000, linker.size());
        lastSaved = taken.takenAt();
        lastSavedValueFile = taken.valueFile();
        return true;
    }

    /** Why a snapshot's offsets cannot be used on the topic as it is now, or null when they can. */
    private String refusal(Map<Integer, Long> positions) {
        Set<Integer> assigned = records.assignment().stream().map(TopicPartition::partition)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!assigned.equals(new TreeSet<>(positions.keySet()))) {
            return "it has partitions " + new TreeSet<>(positions.keySet()) + ", " + topic + " has " + assigned;
        }
        Map<TopicPartition, Long> start = records.beginningOffsets(records.assignment());
        Map<TopicPartition, Long> end = records.endOffsets(records.assignment());
        for (TopicPartition tp : records.assignment()) {
            long at = positions.get(tp.partition());
            if (at < start.get(tp) || at > end.get(tp)) {
                return "its offset " + at + " of " + tp + " is outside " + start.get(tp) + ".." + end.get(tp)
                        + " (the topic was recreated or cleaned past it)";
            }
        }
        return null;
    }

    @Override
    public void close() {
        records.close();
    }
}
