package org.mcfed.normalizer;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.kafka.KraftBroker;
import org.mcfed.pipeline.kafka.KafkaClients;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A save reads the records topic on to its end first, so a restart reads only what came after it; when the broker
 * does not say where the end is in time, the save is made where the reader stands, and a restart reads the rest.
 * A save passes over this instance's own writes, but a state made again from the snapshot reads those after it.
 */
class SameAsStateIT {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    private static KraftBroker broker;

    @BeforeAll
    static void start() {
        broker = KraftBroker.onFreePorts().start();
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void aSaveWithoutTheEndInTimeIsExactWhereItsReaderStoodAndARestartReadsTheRest(@TempDir Path dir) throws IOException {
        NormalizerSettings settings = NormalizerSettings.defaults(broker.bootstrapServers()).withGroupId("state-it")
                .withStateDirectory(dir, Duration.ofSeconds(10));
        TopicSetup.ensureTopics(settings);
        write(0, 20);

        // never told the end in time (no wait at all): the 5 values written after the state was made stay unread
        try (SameAsSnapshot snapshots = SameAsSnapshot.open(dir);
             SameAsLinker linker = new SameAsLinker(ValueStore.kept(dir));
             SameAsState state = new SameAsState(linker, settings, snapshots, Duration.ZERO)) {
            state.restoreOrRebuild();
            assertThat(linker.size()).isEqualTo(20);
            write(20, 25);
            state.writing();
            state.batchDone(); // the first save
        }

        // a restart reads those 5 from the saved positions; then a save that learns the end reads 3 more first
        try (SameAsSnapshot snapshots = SameAsSnapshot.open(dir);
             SameAsLinker linker = new SameAsLinker(ValueStore.kept(dir));
             SameAsState state = new SameAsState(linker, settings, snapshots)) {
            state.restoreOrRebuild();
            assertThat(state.made()).isEqualTo(new SameAsState.Made(true, 20, 5, state.made().millis()));
            assertThat(linker.size()).isEqualTo(25);
            write(25, 28);
            state.saveNow();
        }
        try (SameAsSnapshot snapshots = SameAsSnapshot.open(dir);
             SameAsLinker linker = new SameAsLinker(ValueStore.kept(dir));
             SameAsState state = new SameAsState(linker, settings, snapshots)) {
            state.restoreOrRebuild();
            assertThat(state.made()).isEqualTo(new SameAsState.Made(true, 28, 0, state.made().millis()));
            assertThat(linker.sameAsOf("nzqa:27")).isEmpty();
        }
    }

    @Test
    void ownWritesAfterTheLastSaveAreReadWhenTheStateIsMadeAgainFromTheSnapshot(@TempDir Path dir) throws Exception {
        // a broker of its own: the other test counts what the records topic holds
        try (KraftBroker own = KraftBroker.onFreePorts().start()) {
            ownWritesReadAfterARestore(own.bootstrapServers(), dir);
        }
    }

    private static void ownWritesReadAfterARestore(String bootstrap, Path dir) throws Exception {
        NormalizerSettings settings = NormalizerSettings.defaults(bootstrap).withGroupId("state-own-it")
                .withStateDirectory(dir, Duration.ofSeconds(10));
        TopicSetup.ensureTopics(settings);
        try (SameAsSnapshot snapshots = SameAsSnapshot.open(dir);
             SameAsLinker linker = new SameAsLinker(ValueStore.kept(dir));
             SameAsState state = new SameAsState(linker, settings, snapshots)) {
            state.restoreOrRebuild();
            int before = linker.size();
            writeOwn(bootstrap, state, linker, 0, 20);
            state.writing();
            state.batchDone(); // the first save passes over those 20
            assertThat(state.readBeforeSaves()).isZero();
            assertThat(state.skippedBeforeSaves()).isEqualTo(20);

            // 5 more acknowledged, then a failed write: the state is made again from the snapshot, and the 5 read
            writeOwn(bootstrap, state, linker, 20, 25);
            state.restoreOrRebuild();
            assertThat(state.made()).isEqualTo(new SameAsState.Made(true, before + 20, 5, state.made().millis()));
            assertThat(linker.size()).isEqualTo(before + 25);
            assertThat(linker.sameAsOf("mqa:24")).isEmpty();
        }
    }

    /**
     * Records mqa:{from} to mqa:{to - 1} written as this instance writes its own: on the records topic, in the state,
     * and acknowledged to its {@link OwnWrites}.
     */
    private static void writeOwn(String bootstrap, SameAsState state, SameAsLinker linker, int from, int to) throws Exception {
        Properties p = KafkaClients.writer(bootstrap, "state-it-own");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
            for (int i = from; i < to; i++) {
                String id = "mqa:" + i;
                byte[] value = ColJson.writeBytes(SameAsLinkerTest.record("mqa", id, "Open University Malaysia", "Module " + i, AT));
                RecordMetadata landed = producer.send(new ProducerRecord<>(Topics.RECORDS, id, value)).get();
                linker.load(id, value);
                state.ownWrites().acknowledged(landed.partition(), landed.offset());
            }
        }
        linker.settle();
    }

    /** Records nzqa:{from} to nzqa:{to - 1} on the records topic, as another instance would write them. */
    private static void write(int from, int to) {
        Map<String, byte[]> values = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            values.put("nzqa:" + i, ColJson.writeBytes(SameAsLinkerTest.record("nzqa", "nzqa:" + i, "Unitec", "Course " + i, AT)));
        }
        KafkaTestIO.send(broker.bootstrapServers(), Topics.RECORDS, values);
    }
}
