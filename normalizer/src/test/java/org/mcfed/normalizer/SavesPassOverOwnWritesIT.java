package org.mcfed.normalizer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.connector.RawRecord;
import org.mcfed.kafka.KraftBroker;
import org.mcfed.sandbox.RegistrySandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A sole normaliser's {@code sameAs} saves do not read its own writes back from the records topic ({@link OwnWrites}),
 * and are still exact: a restart reads no tail. Values another writer put on the topic, between its writes or after
 * them, are read before the next save, and the state holds them. Each test has a broker of its own, so the records
 * topic holds only what the test wrote.
 */
class SavesPassOverOwnWritesIT {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    private static RegistrySandbox sandbox;
    private KraftBroker broker;

    @BeforeAll
    static void startSandbox() {
        sandbox = RegistrySandbox.builder().seed(23).scale(0.03).port(0).build().start();
    }

    @AfterAll
    static void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @BeforeEach
    void startBroker() {
        broker = KraftBroker.onFreePorts().start();
    }

    @AfterEach
    void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void aSoleInstanceSavesWithoutReadingItsWritesBackAndARestartReadsNoTail(@TempDir Path dir) {
        NormalizerSettings settings = settings(dir, "own-writes-it");
        List<RawRecord> nzqa = RegistryHarvest.harvest("nzqa", "nzqa", sandbox.baseUrl("nzqa"));
        Set<String> expected = RegistryHarvest.expectedRecords(sandbox, "nzqa");

        RawTopicNormalizer normalizer = new RawTopicNormalizer(settings).start();
        try {
            KafkaTestIO.sendRaw(broker.bootstrapServers(), nzqa.subList(0, nzqa.size() / 2));
            await().atMost(Duration.ofSeconds(60)).until(() -> normalizer.readAndSkippedBeforeSaves()[1] > 0);
            KafkaTestIO.sendRaw(broker.bootstrapServers(), nzqa.subList(nzqa.size() / 2, nzqa.size()));
            awaitRecords(normalizer, expected);
            assertThat(normalizer.knownRecords()).isEqualTo(expected.size());
        } finally {
            normalizer.close(); // the stop saves once more, after the last batch
        }
        long written = valuesOnRecordsTopic();
        assertThat(written).isGreaterThanOrEqualTo(expected.size());
        assertThat(normalizer.readAndSkippedBeforeSaves()).as("values read back before saves, own writes passed over")
                .containsExactly(0, written);

        assertRestartReadsNoTail(settings, expected.size());
    }

    @Test
    void anotherWritersValuesAreReadBeforeTheNextSaveBetweenAndAfterOwnWrites(@TempDir Path dir) {
        NormalizerSettings settings = settings(dir, "other-writer-it");
        List<RawRecord> nzqa = RegistryHarvest.harvest("nzqa", "nzqa", sandbox.baseUrl("nzqa"));
        Set<String> expected = RegistryHarvest.expectedRecords(sandbox, "nzqa");
        int others = 24;

        RawTopicNormalizer normalizer = new RawTopicNormalizer(settings).start();
        try {
            List<RawRecord> first = nzqa.subList(0, nzqa.size() / 2);
            KafkaTestIO.sendRaw(broker.bootstrapServers(), first);
            await().atMost(Duration.ofSeconds(60)).until(() -> normalizer.readAndSkippedBeforeSaves()[1] >= first.size());
            // between this instance's writes: its next writes to these partitions land after another writer's
            writeOthers(0, others / 2);
            KafkaTestIO.sendRaw(broker.bootstrapServers(), nzqa.subList(nzqa.size() / 2, nzqa.size()));
            awaitRecords(normalizer, expected); // the state may hold some of the other writer's values by now
            // after its last writes: nothing of its own follows them
            writeOthers(others / 2, others);
            // a sole instance reads what others wrote before a save, and saves after a batch: give it batches
            // (harvested again, unchanged, so they write nothing)
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                KafkaTestIO.sendRaw(broker.bootstrapServers(), nzqa.subList(0, 1));
                assertThat(normalizer.knownRecords()).as("records in the sameAs state").isEqualTo(expected.size() + others);
            });
        } finally {
            normalizer.close();
        }
        long[] readAndSkipped = normalizer.readAndSkippedBeforeSaves();
        assertThat(readAndSkipped[0]).as("values read before saves").isGreaterThanOrEqualTo(others);
        assertThat(readAndSkipped[0] + readAndSkipped[1]).as("every value read or passed over once").isEqualTo(valuesOnRecordsTopic());

        assertRestartReadsNoTail(settings, expected.size() + others);
    }

    /** Waits until the records topic and the state hold every expected record. */
    private void awaitRecords(RawTopicNormalizer normalizer, Set<String> expected) {
        await().atMost(Duration.ofSeconds(60)).until(() -> normalizer.knownRecords() >= expected.size()
                && KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS).keySet().containsAll(expected));
    }

    /** A restart loads the last snapshot, which was exact at the topic's end: it reads nothing after it. */
    private static void assertRestartReadsNoTail(NormalizerSettings settings, int known) {
        try (RawTopicNormalizer again = new RawTopicNormalizer(settings).start()) {
            await().atMost(Duration.ofSeconds(60)).until(again::isReady);
            SameAsState.Made made = again.sameAsStateMade();
            assertThat(made.fromSnapshot()).isTrue();
            assertThat(made.topicValues()).as("values of the tail read after the snapshot").isZero();
            assertThat(again.knownRecords()).isEqualTo(known);
        }
    }

    private NormalizerSettings settings(Path dir, String group) {
        NormalizerSettings settings = NormalizerSettings.defaults(broker.bootstrapServers()).withGroupId(group)
                .withStateDirectory(dir, Duration.ofMillis(300));
        TopicSetup.ensureTopics(settings);
        return settings;
    }

    /** Every value written to the records topic: the sum of its partitions' end offsets. */
    private long valuesOnRecordsTopic() {
        return KafkaTestIO.endOffsets(broker.bootstrapServers(), Topics.RECORDS).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Records other:{from} to other:{to - 1} written to the records topic directly, as another writer would. */
    private void writeOthers(int from, int to) {
        Map<String, byte[]> values = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            values.put("other:" + i, ColJson.writeBytes(SameAsLinkerTest.record("other", "other:" + i, "Elsewhere", "Other course " + i, AT)));
        }
        KafkaTestIO.send(broker.bootstrapServers(), Topics.RECORDS, values);
    }
}
