package org.mcfed.normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mcfed.normalizer.SameAsLinkerTest.record;

class SameAsSnapshotTest {

    private static final String TOPIC = "mcfed.records.v1";
    private static final Instant T1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2026-01-02T00:00:00Z");
    private static final Map<Integer, Long> POSITIONS = Map.of(0, 5L, 1, 7L);

    /** Links by shared key (nzqa/mqa), a stated link (col-feed names hkqr), and a record updated twice. */
    private static void history(SameAsLinker linker) {
        linker.apply(new Outcome.Published(record("nzqa", "nzqa:1-1", "Open Polytechnic", "Data Literacy", T1)));
        linker.apply(new Outcome.Published(record("mqa", "mqa:1", "OPEN POLYTECHNIC", "Data literacy!", T1)));
        linker.apply(new Outcome.Published(record("hkqr", "hkqr:9", "HKU Space", "Cantonese for work", T1)));
        linker.apply(new Outcome.Published(record("col-feed", "pqr:2", "Peer", "Something else", T1, "hkqr:9")));
        linker.apply(new Outcome.Published(record("nzqa", "nzqa:2-1", "Unitec", "Welding", T1)));
        linker.apply(new Outcome.Published(record("nzqa", "nzqa:2-1", "Unitec", "Welding basics", T2)));
    }

    /** What happens next: mqa:1 renamed (nzqa:1-1 republished from the value file) and hkqr:9 changed (its stated partner too). */
    private static final List<Outcome> NEXT = List.of(
            new Outcome.Published(record("mqa", "mqa:1", "Open Polytechnic", "Data literacy for managers", T2)),
            new Outcome.Published(record("hkqr", "hkqr:9", "HKU Space", "Cantonese at work", T2)));

    @Test
    void aRestoredStateLinksAndRepublishesExactlyLikeTheStateItSaved(@TempDir Path dir) throws IOException {
        SameAsSnapshot first = SameAsSnapshot.open(dir);
        SameAsLinker killed = new SameAsLinker(ValueStore.kept(dir));
        history(killed);
        first.save(killed, TOPIC, POSITIONS);
        // written after the snapshot, then the process dies: the file holds values the snapshot does not know
        killed.apply(new Outcome.Published(record("nzqa", "nzqa:3-1", "Unitec", "Plumbing", T2)));
        first.close();

        SameAsSnapshot again = SameAsSnapshot.open(dir);
        SameAsLinker restored = new SameAsLinker(ValueStore.kept(dir));
        SameAsSnapshot.Taken taken = again.restore(restored, TOPIC, positions -> null);
        assertThat(taken).isNotNull();
        assertThat(taken.positions()).isEqualTo(POSITIONS);
        assertThat(taken.records()).isEqualTo(5);
        assertThat(restored.sameAsOf("nzqa:3-1")).isNull();
        assertThat(restored.sameAsOf("mqa:1")).containsExactly("nzqa:1-1");
        assertThat(restored.sameAsOf("hkqr:9")).containsExactly("pqr:2");

        try (SameAsLinker control = new SameAsLinker()) {
            history(control);
            for (Outcome next : NEXT) {
                List<RecordWrite> expected = control.apply(next);
                List<RecordWrite> actual = restored.apply(next);
                assertThat(actual).extracting(RecordWrite::id).containsExactlyElementsOf(expected.stream().map(RecordWrite::id).toList());
                for (int i = 0; i < expected.size(); i++) {
                    assertThat(new String(actual.get(i).value())).isEqualTo(new String(expected.get(i).value()));
                }
                assertThat(actual).hasSizeGreaterThan(1); // a partner was republished, its value read back from the file
            }
        }
        restored.close();
        again.close();
    }

    /** Every id the tests' histories use. */
    private static final List<String> IDS = List.of("nzqa:1-1", "mqa:1", "hkqr:9", "pqr:2", "nzqa:2-1", "nzqa:3-1");
    private static final Map<Integer, Long> LATER = Map.of(0, 9L, 1, 7L);
    private static final Map<Integer, Long> LATEST = Map.of(0, 9L, 1, 12L);
    /** Changes after {@link #history}: a rename, a deletion and a new record, then (second) another rename. */
    private static final List<Outcome> FIRST_CHANGES = List.of(NEXT.get(0), new Outcome.Tombstone("nzqa:2-1"),
            new Outcome.Published(record("nzqa", "nzqa:3-1", "Unitec", "Plumbing", T2)));
    private static final List<Outcome> SECOND_CHANGES = List.of(NEXT.get(1));

    @Test
    void laterSavesAppendOnlyWhatChangedAndRestoreTheStateTheyDescribe(@TempDir Path dir) throws IOException {
        List<SameAsSnapshot.Taken> saves = savedWithChanges(dir);
        SameAsSnapshot.Taken whole = saves.get(0);
        SameAsSnapshot.Taken changed = saves.get(1);
        SameAsSnapshot.Taken changedAgain = saves.get(2);
        assertThat(whole.whole()).isTrue();
        assertThat(changed.whole()).isFalse();
        assertThat(changedAgain.whole()).isFalse();
        // the second change touches hkqr:9 and the partner that names it, not the five records' state again
        assertThat(changedAgain.bytes()).isLessThan(changed.bytes()).isLessThan(whole.bytes());

        try (SameAsLinker control = new SameAsLinker()) {
            history(control);
            FIRST_CHANGES.forEach(control::apply);
            SECOND_CHANGES.forEach(control::apply);
            assertRestoredLike(dir, control, LATEST);
        }
    }

    @Test
    void changesCutShortAreLeftOutWithAllAfterThem(@TempDir Path dir) throws IOException {
        // killed while appending the last
        assertLastFrameLeftOutAfter(dir, bytes -> java.util.Arrays.copyOf(bytes, bytes.length - 3));
    }

    @Test
    void changesWhoseLengthWasNeverWrittenAreLeftOutWithAllAfterThem(@TempDir Path dir) throws IOException {
        // killed after streaming the second frame but before its length went over the placeholder (-1)
        assertLastFrameLeftOutAfter(dir, bytes -> {
            int second = Integer.BYTES + java.nio.ByteBuffer.wrap(bytes).getInt(0) + Long.BYTES;
            java.nio.ByteBuffer.wrap(bytes).putInt(second, -1);
            return bytes;
        });
    }

    @Test
    void aFrameWithAWrongChecksumIsLeftOutWithAllAfterThem(@TempDir Path dir) throws IOException {
        assertLastFrameLeftOutAfter(dir, bytes -> {
            bytes[bytes.length - 1] ^= 1; // the last frame's checksum
            return bytes;
        });
    }

    /** After {@code damage} to the changes file of {@link #savedWithChanges}, a restore applies its first frame only. */
    private static void assertLastFrameLeftOutAfter(Path dir, java.util.function.UnaryOperator<byte[]> damage) throws IOException {
        savedWithChanges(dir);
        Path changes = dir.resolve(SameAsChanges.FILE);
        Files.write(changes, damage.apply(Files.readAllBytes(changes)));
        try (SameAsLinker control = new SameAsLinker()) {
            history(control);
            FIRST_CHANGES.forEach(control::apply);
            assertRestoredLike(dir, control, LATER);
        }
    }

    @Test
    void aRestoredStateIsSavedWholeFirstAndChangesOfAnEarlierSnapshotAreNotApplied(@TempDir Path dir) throws IOException {
        try (SameAsSnapshot first = SameAsSnapshot.open(dir)) {
            SameAsLinker killed = new SameAsLinker(ValueStore.kept(dir));
            history(killed);
            first.save(killed, TOPIC, POSITIONS);
            FIRST_CHANGES.forEach(killed::apply);
            first.save(killed, TOPIC, LATER);
        }
        Path changes = dir.resolve(SameAsChanges.FILE);
        byte[] earlier = Files.readAllBytes(changes);
        try (SameAsSnapshot again = SameAsSnapshot.open(dir); SameAsLinker restored = new SameAsLinker(ValueStore.kept(dir))) {
            assertThat(again.restore(restored, TOPIC, positions -> null).positions()).isEqualTo(LATER);
            SameAsSnapshot.Taken taken = again.save(restored, TOPIC, LATEST);
            assertThat(taken.whole()).isTrue();
            assertThat(changes).doesNotExist();
        }
        // killed after the new snapshot replaced the old one, before the old one's changes were emptied
        Files.write(changes, earlier);
        try (SameAsLinker control = new SameAsLinker()) {
            history(control);
            FIRST_CHANGES.forEach(control::apply);
            assertRestoredLike(dir, control, LATEST);
        }
    }

    /**
     * Saves {@link #history} at {@link #POSITIONS}, then after {@link #FIRST_CHANGES} at {@link #LATER} and after
     * {@link #SECOND_CHANGES} at {@link #LATEST}, the linker abandoned as by a kill; returns the three saves.
     */
    private static List<SameAsSnapshot.Taken> savedWithChanges(Path dir) throws IOException {
        try (SameAsSnapshot first = SameAsSnapshot.open(dir)) {
            SameAsLinker killed = new SameAsLinker(ValueStore.kept(dir));
            history(killed);
            SameAsSnapshot.Taken whole = first.save(killed, TOPIC, POSITIONS);
            FIRST_CHANGES.forEach(killed::apply);
            SameAsSnapshot.Taken changed = first.save(killed, TOPIC, LATER);
            SECOND_CHANGES.forEach(killed::apply);
            return List.of(whole, changed, first.save(killed, TOPIC, LATEST));
        }
    }

    /** Restores the snapshot in {@code dir} and checks that it is at {@code positions} and links and republishes like {@code control}. */
    private static void assertRestoredLike(Path dir, SameAsLinker control, Map<Integer, Long> positions) throws IOException {
        try (SameAsSnapshot again = SameAsSnapshot.open(dir); SameAsLinker restored = new SameAsLinker(ValueStore.kept(dir))) {
            SameAsSnapshot.Taken taken = again.restore(restored, TOPIC, p -> null);
            assertThat(taken.positions()).isEqualTo(positions);
            assertThat(restored.size()).isEqualTo(control.size());
            for (String id : IDS) {
                assertThat(restored.sameAsOf(id)).as(id).isEqualTo(control.sameAsOf(id));
            }
            Outcome next = new Outcome.Published(record("mqa", "mqa:1", "Unitec", "Plumbing", T2));
            List<RecordWrite> expected = control.apply(next);
            List<RecordWrite> actual = restored.apply(next);
            assertThat(actual).extracting(RecordWrite::id).containsExactlyElementsOf(expected.stream().map(RecordWrite::id).toList());
            for (int i = 0; i < expected.size(); i++) {
                assertThat(new String(actual.get(i).value())).isEqualTo(new String(expected.get(i).value()));
            }
        }
    }

    @Test
    void aDamagedOrCutSnapshotIsRefusedWhole(@TempDir Path dir) throws IOException {
        Path file = saved(dir);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(file, bytes);
        assertThatThrownBy(() -> restore(dir, positions -> null)).isInstanceOf(IOException.class).hasMessageContaining("damaged");

        saved(dir);
        Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), bytes.length - 3));
        assertThatThrownBy(() -> restore(dir, positions -> null)).isInstanceOf(IOException.class);
    }

    @Test
    void offsetsTheTopicNoLongerHasOrAMissingValueFileMeanTheWholeTopicIsRead(@TempDir Path dir) throws IOException {
        saved(dir);
        Path leftover = Files.createFile(dir.resolve(ValueStore.PREFIX + "killed" + ValueStore.SUFFIX));
        assertThat(restore(dir, positions -> "recreated")).isNull();
        assertThat(leftover).doesNotExist();
        try (var values = Files.list(dir)) {
            assertThat(values.filter(f -> f.getFileName().toString().endsWith(ValueStore.SUFFIX))).isEmpty();
        }

        saved(dir);
        try (var values = Files.list(dir)) {
            for (Path v : values.filter(f -> f.getFileName().toString().endsWith(ValueStore.SUFFIX)).toList()) {
                Files.delete(v);
            }
        }
        assertThat(restore(dir, positions -> null)).isNull();
    }

    @Test
    void aSnapshotFromBeforeTheMachineRestartedIsNotUsed(@TempDir Path dir) throws IOException {
        String boot = SameAsSnapshot.bootId();
        assertThat(boot).as("this kernel tells its boot").isNotEmpty();
        Path file = saved(dir);
        // the same snapshot, whole (its checksum made again), but taken in another boot of the machine
        byte[] bytes = Files.readAllBytes(file);
        String content = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = content.indexOf(boot);
        assertThat(at).isPositive();
        bytes[at] = (byte) (bytes[at] == '0' ? '1' : '0');
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, 0, bytes.length - 8);
        java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 8).putLong(crc.getValue());
        Files.write(file, bytes);
        assertThat(restore(dir, positions -> null)).isNull();
    }

    @Test
    void aFolderServesOneNormalizerAtATime(@TempDir Path dir) throws IOException {
        try (SameAsSnapshot first = SameAsSnapshot.open(dir)) {
            assertThat(SameAsSnapshot.open(dir)).isNull();
        }
        SameAsSnapshot.open(dir).close();
    }

    /** Saves {@link #history} in {@code dir}, the linker abandoned as by a kill; returns the snapshot file. */
    private static Path saved(Path dir) throws IOException {
        try (SameAsSnapshot s = SameAsSnapshot.open(dir)) {
            SameAsLinker linker = new SameAsLinker(ValueStore.kept(dir));
            history(linker);
            s.save(linker, TOPIC, POSITIONS);
        }
        return dir.resolve(SameAsSnapshot.FILE);
    }

    private static SameAsSnapshot.Taken restore(Path dir, java.util.function.Function<Map<Integer, Long>, String> refusal) throws IOException {
        try (SameAsSnapshot s = SameAsSnapshot.open(dir); SameAsLinker linker = new SameAsLinker(ValueStore.kept(dir))) {
            return s.restore(linker, TOPIC, refusal);
        }
    }
}
