package org.mcfed.normalizer;

import org.junit.jupiter.api.Test;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.connector.RawRecord;
import org.mcfed.kafka.KraftBroker;
import org.mcfed.sandbox.RegistrySandbox;
import org.mcfed.sandbox.truth.SourceTruth;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two normalizers in one consumer group split mcfed.raw.v1 by partitions and together publish every record once. */
class NormalizersShareRawPartitionsIT {

    @Test
    void twoInstancesOfOneGroupShareTheWork() {
        try (KraftBroker broker = KraftBroker.onFreePorts().start();
             RegistrySandbox sandbox = RegistrySandbox.builder().seed(31).scale(0.05).port(0).build().start()) {
            NormalizerSettings settings = NormalizerSettings.defaults(broker.bootstrapServers()).withGroupId("shared-it");
            TopicSetup.ensureTopics(settings);
            CountingEvents one = new CountingEvents();
            CountingEvents two = new CountingEvents();
            try (RawTopicNormalizer first = new RawTopicNormalizer(settings, new RawRecordNormalizer(), one).start();
                 RawTopicNormalizer second = new RawTopicNormalizer(settings, new RawRecordNormalizer(), two).start()) {
                await().atMost(Duration.ofSeconds(60)).until(() -> !first.assignedRawPartitions().isEmpty()
                        && !second.assignedRawPartitions().isEmpty()
                        && first.assignedRawPartitions().size() + second.assignedRawPartitions().size() == Topics.declaration(Topics.RAW).partitions());
                List<RawRecord> raws = RegistryHarvest.harvest("mqa", "mqa", sandbox.baseUrl("mqa"));
                Map<String, byte[]> values = new LinkedHashMap<>();
                raws.forEach(r -> values.put(r.key(), RawRecordJson.write(r)));
                KafkaTestIO.send(broker.bootstrapServers(), Topics.RAW, values);
                await().atMost(Duration.ofSeconds(120)).until(() -> one.consumed.get() + two.consumed.get() >= values.size());
                assertThat(one.consumed.get()).as("first instance's share").isPositive();
                assertThat(two.consumed.get()).as("second instance's share").isPositive();

                SourceTruth truth = sandbox.truth("mqa").source("mqa");
                Set<String> expected = truth.liveIds().stream().filter(id -> !truth.expectedPipelineRejects().contains(id))
                        .map(id -> "mqa:" + id).collect(Collectors.toSet());
                assertThat(KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS).keySet())
                        .containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }
}
