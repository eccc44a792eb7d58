package org.mcfed.normalizer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.connector.RawRecord;
import org.mcfed.kafka.KraftBroker;
import org.mcfed.sandbox.RegistrySandbox;
import org.mcfed.sandbox.truth.SourceTruth;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * At-least-once under restarts: a running normalizer survives a broker restart and loses nothing
 * published afterwards; a new instance of the same consumer group started with
 * {@code replay-from-start} reprocesses the whole raw topic and rewrites the same bytes.
 */
class NormalizerRecoveryIT {

    private static KraftBroker broker;
    private static RegistrySandbox sandbox;

    @BeforeAll
    static void start() {
        broker = KraftBroker.onFreePorts().start();
        sandbox = RegistrySandbox.builder().seed(23).scale(0.03).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void brokerRestartLosesNothingAndReplayFromStartRewritesTheSameBytes() {
        NormalizerSettings settings = NormalizerSettings.defaults(broker.bootstrapServers()).withGroupId("recovery-it");
        TopicSetup.ensureTopics(settings);
        List<RawRecord> nzqa = RegistryHarvest.harvest("nzqa", "nzqa", sandbox.baseUrl("nzqa"));
        List<RawRecord> mqa = RegistryHarvest.harvest("mqa", "mqa", sandbox.baseUrl("mqa"));
        Set<String> expected = new HashSet<>();
        expected.addAll(expectedIds("nzqa"));
        expected.addAll(expectedIds("mqa"));

        CountingEvents first = new CountingEvents();
        try (RawTopicNormalizer normalizer = new RawTopicNormalizer(settings, new RawRecordNormalizer(), first).start()) {
            send(nzqa);
            await().atMost(Duration.ofSeconds(120)).until(() -> first.consumed.get() >= nzqa.size());

            broker.stop();
            broker.start();
            send(mqa);
            await().atMost(Duration.ofSeconds(180)).until(() -> first.consumed.get() >= nzqa.size() + mqa.size());
            assertThat(normalizer.isRunning()).isTrue();
        }
        Map<String, byte[]> records = KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS);
        assertThat(records.keySet()).as("nothing lost across the broker restart").containsExactlyInAnyOrderElementsOf(expected);

        CountingEvents replay = new CountingEvents();
        try (RawTopicNormalizer again = new RawTopicNormalizer(settings.withReplayFromStart(true),
                new RawRecordNormalizer(), replay).start()) {
            await().atMost(Duration.ofSeconds(120)).until(() -> replay.consumed.get() >= nzqa.size() + mqa.size());
            assertThat(again.knownRecords()).isEqualTo(expected.size());
        }
        Map<String, byte[]> rebuilt = KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS);
        assertThat(rebuilt.keySet()).isEqualTo(records.keySet());
        records.forEach((id, value) -> assertThat(rebuilt.get(id)).as(id).isEqualTo(value));
    }

    private static Set<String> expectedIds(String source) {
        SourceTruth truth = sandbox.truth(source).source(source);
        Set<String> ids = new HashSet<>();
        truth.liveIds().stream().filter(id -> !truth.expectedPipelineRejects().contains(id)).forEach(id -> ids.add(source + ":" + id));
        return ids;
    }

    private static void send(List<RawRecord> raws) {
        Map<String, byte[]> values = new LinkedHashMap<>();
        raws.forEach(r -> values.put(r.key(), RawRecordJson.write(r)));
        KafkaTestIO.send(broker.bootstrapServers(), Topics.RAW, values);
    }
}
