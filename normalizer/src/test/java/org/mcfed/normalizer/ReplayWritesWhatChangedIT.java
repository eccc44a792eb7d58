package org.mcfed.normalizer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.connector.Connector;
import org.mcfed.connector.Mapper;
import org.mcfed.connector.SourceTask;
import org.mcfed.connector.RawRecord;
import org.mcfed.kafka.KraftBroker;
import org.mcfed.sandbox.RegistrySandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A replay after a crosswalk change, on a real broker with real connector output: NZQA's and MQA's sandbox
 * records are normalised, then a new instance whose MQA mapping changed replays the raw topic. Only the MQA
 * records come out changed, so only they are written again; the NZQA records stay the bytes they were.
 */
class ReplayWritesWhatChangedIT {

    private static final String CHANGED = "Crosswalk v2: ";

    private static KraftBroker broker;
    private static RegistrySandbox sandbox;

    @BeforeAll
    static void start() {
        broker = KraftBroker.onFreePorts().start();
        sandbox = RegistrySandbox.builder().seed(23).scale(0.02).port(0).build().start();
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
    void aReplayAfterOneSourcesMappingChangedWritesThatSourcesRecordsOnly() {
        NormalizerSettings settings = NormalizerSettings.defaults(broker.bootstrapServers()).withGroupId("replay-changed-it");
        TopicSetup.ensureTopics(settings);
        List<RawRecord> raws = new ArrayList<>(RegistryHarvest.harvest("nzqa", "nzqa", sandbox.baseUrl("nzqa")));
        raws.addAll(RegistryHarvest.harvest("mqa", "mqa", sandbox.baseUrl("mqa")));
        Set<String> keys = KafkaTestIO.sendRaw(broker.bootstrapServers(), raws);

        try (RawTopicNormalizer first = new RawTopicNormalizer(settings).start()) {
            await().atMost(Duration.ofSeconds(120)).until(() -> first.progress().caughtUp() && first.consumedCount() >= keys.size());
        }
        Map<String, byte[]> before = KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS);
        Set<String> mqa = before.keySet().stream().filter(id -> id.startsWith("mqa:")).collect(Collectors.toSet());
        Set<String> nzqa = before.keySet().stream().filter(id -> id.startsWith("nzqa:")).collect(Collectors.toSet());
        assertThat(mqa).isNotEmpty();
        assertThat(nzqa).isNotEmpty();

        CountingEvents events = new CountingEvents();
        try (RawTopicNormalizer changed = new RawTopicNormalizer(settings, new RawRecordNormalizer(withChangedMqaMapping()), events).start()) {
            await().atMost(Duration.ofSeconds(60)).until(changed::isReady);
            Map<Integer, Long> end = KafkaTestIO.endOffsets(broker.bootstrapServers(), Topics.RECORDS);
            RawProgress.Replay replay = Replays.requestAndAwait(changed, false, keys.size(), Duration.ofSeconds(120));

            List<ConsumerRecord<String, byte[]>> written = KafkaTestIO.writtenSince(broker.bootstrapServers(), Topics.RECORDS, end);
            assertThat(written).extracting(ConsumerRecord::key).as("written in the replay").containsExactlyInAnyOrderElementsOf(mqa);
            assertThat(replay.recordsWritten()).isEqualTo(mqa.size());
            assertThat(replay.recordsUnchanged()).isEqualTo(nzqa.size());
            assertThat(events.unchanged.get()).isEqualTo(nzqa.size());
        }
        Map<String, byte[]> after = KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (String id : nzqa) {
            assertThat(after.get(id)).as(id).isEqualTo(before.get(id));
        }
        for (String id : mqa) {
            assertThat(ColJson.read(after.get(id)).prerequisites()).as(id).startsWith(CHANGED);
            assertThat(String.valueOf(ColJson.read(before.get(id)).prerequisites())).as(id).doesNotStartWith(CHANGED);
        }
    }

    /** Every connector on the class path, MQA's mapping changed: each record's prerequisites now carry a prefix. */
    private static Map<String, Connector> withChangedMqaMapping() {
        Map<String, Connector> connectors = new HashMap<>(ConnectorCatalog.onClassPath().byName());
        Connector mqa = connectors.get("mqa");
        Mapper mapper = raw -> {
            var r = mqa.mapper().map(raw);
            return r.toBuilder().prerequisites(CHANGED + (r.prerequisites() == null ? "none stated" : r.prerequisites())).build();
        };
        connectors.put("mqa", new Connector() {
            @Override
            public String name() {
                return mqa.name();
            }

            @Override
            public SourceTask newTask() {
                return mqa.newTask();
            }

            @Override
            public Mapper mapper() {
                return mapper;
            }
        });
        return connectors;
    }
}
