package org.mcfed.normalizer;

import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.connector.RawRecord;
import org.mcfed.kafka.KraftBroker;
import org.mcfed.sandbox.RegistrySandbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two normalizers in one consumer group split mcfed.raw.v1 by partitions and together publish every record once,
 * and link records across their shares; a normalizer holding every partition does not read the records topic's end
 * before each batch.
 */
class NormalizersShareRawPartitionsIT {

    private static final int RAW_PARTITIONS = Topics.declaration(Topics.RAW).partitions();

    @Test
    void twoInstancesOfOneGroupShareTheWork() {
        try (KraftBroker broker = KraftBroker.onFreePorts().start();
             RegistrySandbox sandbox = RegistrySandbox.builder().seed(31).scale(0.05).port(0).build().start()) {
            NormalizerSettings settings = NormalizerSettings.defaults(broker.bootstrapServers()).withGroupId("shared-it");
            TopicSetup.ensureTopics(settings);
            try (TwoInstances both = TwoInstances.start(settings)) {
                List<RawRecord> raws = RegistryHarvest.harvest("mqa", "mqa", sandbox.baseUrl("mqa"));
                KafkaTestIO.sendRaw(broker.bootstrapServers(), raws);
                await().atMost(Duration.ofSeconds(120)).until(() -> both.consumed() >= raws.size());
                assertThat(both.one().consumed.get()).as("first instance's share").isPositive();
                assertThat(both.two().consumed.get()).as("second instance's share").isPositive();

                assertThat(KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS).keySet())
                        .containsExactlyInAnyOrderElementsOf(RegistryHarvest.expectedRecords(sandbox, "mqa"));
            }
        }
    }

    /**
     * The loop links and sends a batch while the one before it is still being acknowledged. An instance that gives
     * partitions up to one joining mid-stream completes that batch and commits its offsets first, so the newcomer
     * starts right after it: no raw value is processed twice.
     */
    @Test
    void anInstanceGivingPartitionsUpCompletesItsBatchInFlightFirst() {
        try (KraftBroker broker = KraftBroker.onFreePorts().start();
             RegistrySandbox sandbox = RegistrySandbox.builder().seed(31).scale(0.05).port(0).build().start()) {
            // small batches, so that a batch is in flight nearly all the time
            NormalizerSettings settings = NormalizerSettings.defaults(broker.bootstrapServers()).withGroupId("handover-it")
                    .withPolling(Duration.ofMillis(500), 20);
            TopicSetup.ensureTopics(settings);
            List<RawRecord> raws = RegistryHarvest.harvest("mqa", "mqa", sandbox.baseUrl("mqa"));
            CountingEvents one = new CountingEvents();
            CountingEvents two = new CountingEvents();
            long sent = 0;
            try (RawTopicNormalizer first = new RawTopicNormalizer(settings, new RawRecordNormalizer(), one).start()) {
                await().atMost(Duration.ofSeconds(60)).until(() -> first.assignedRawPartitions().size() == RAW_PARTITIONS);
                KafkaTestIO.sendRaw(broker.bootstrapServers(), raws);
                sent += raws.size();
                await().atMost(Duration.ofSeconds(60)).until(() -> one.consumed.get() > 0);
                try (RawTopicNormalizer second = new RawTopicNormalizer(settings, new RawRecordNormalizer(), two).start()) {
                    // the raw values (the same ones again: each is processed again) keep coming while the second joins
                    Instant deadline = Instant.now().plusSeconds(60);
                    while (second.assignedRawPartitions().isEmpty() && Instant.now().isBefore(deadline)) {
                        KafkaTestIO.sendRaw(broker.bootstrapServers(), raws);
                        sent += raws.size();
                    }
                    assertThat(second.assignedRawPartitions()).as("the second instance's partitions").isNotEmpty();
                    KafkaTestIO.sendRaw(broker.bootstrapServers(), raws);
                    long all = sent + raws.size();
                    await().atMost(Duration.ofSeconds(120)).until(() -> one.consumed.get() + two.consumed.get() >= all);
                    await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                            .untilAsserted(() -> assertThat(one.consumed.get() + two.consumed.get())
                                    .as("raw values processed (%d sent)", all).isEqualTo(all));
                    assertThat(two.consumed.get()).as("second instance's share").isPositive();
                    assertThat(KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS).keySet())
                            .containsExactlyInAnyOrderElementsOf(RegistryHarvest.expectedRecords(sandbox, "mqa"));
                }
            }
        }
    }

    @Test
    void aSoleInstanceCatchesUpWithTheRecordsTopicOnlyAfterTakingItsPartitions() {
        try (KraftBroker broker = KraftBroker.onFreePorts().start();
             RegistrySandbox sandbox = RegistrySandbox.builder().seed(31).scale(0.05).port(0).build().start()) {
            NormalizerSettings settings = NormalizerSettings.defaults(broker.bootstrapServers()).withGroupId("sole-it");
            TopicSetup.ensureTopics(settings);
            List<RawRecord> raws = RegistryHarvest.harvest("mqa", "mqa", sandbox.baseUrl("mqa"));
            CountingEvents events = new CountingEvents();
            try (RawTopicNormalizer sole = new RawTopicNormalizer(settings, new RawRecordNormalizer(), events).start()) {
                await().atMost(Duration.ofSeconds(60)).until(() -> sole.assignedRawPartitions().size() == RAW_PARTITIONS);
                int chunk = (raws.size() + 2) / 3;
                for (int from = 0; from < raws.size(); from += chunk) {
                    List<RawRecord> part = raws.subList(from, Math.min(raws.size(), from + chunk));
                    KafkaTestIO.sendRaw(broker.bootstrapServers(), part);
                    long expected = from + part.size();
                    // each chunk after the last is consumed: at least three batches
                    await().atMost(Duration.ofSeconds(60)).until(() -> events.consumed.get() >= expected);
                }
                assertThat(sole.catchUpsBeforeBatches()).as("one catch-up, after the partitions arrived").isEqualTo(1);
                assertThat(KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS)).hasSizeGreaterThan(raws.size() / 2);
            }
        }
    }

    @Test
    void aRecordIsLinkedToOneTheOtherInstanceNormalised() {
        try (KraftBroker broker = KraftBroker.onFreePorts().start();
             RegistrySandbox sandbox = RegistrySandbox.builder().seed(5).scale(0.03).port(0).build().start();
             LoopbackRegistry peer = new LoopbackRegistry()) {
            NormalizerSettings settings = NormalizerSettings.defaults(broker.bootstrapServers()).withGroupId("link-it");
            TopicSetup.ensureTopics(settings);
            try (TwoInstances both = TwoInstances.start(settings)) {
                List<RawRecord> nzqa = RegistryHarvest.harvest("nzqa", "nzqa", sandbox.baseUrl("nzqa"));
                KafkaTestIO.sendRaw(broker.bootstrapServers(), nzqa);
                await().atMost(Duration.ofSeconds(120)).until(() -> both.consumed() >= nzqa.size());

                // the peer's listing goes to one instance; its partner is a record the other instance normalised
                String peerKey = "peer:pqr:000001"; // RawRecord.key(): source and local id
                Set<Integer> peerSide = both.first().assignedRawPartitions().contains(partitionOf(peerKey))
                        ? both.first().assignedRawPartitions() : both.second().assignedRawPartitions();
                Set<String> rawKeys = nzqa.stream().map(RawRecord::key).collect(Collectors.toSet());
                ColRecord partner = KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS).values().stream()
                        .filter(v -> v != null).map(ColJson::read)
                        .filter(r -> r.awardingBody() != null && r.awardingBody().name() != null)
                        .filter(r -> rawKeys.contains(r.id()) && !peerSide.contains(partitionOf(r.id())))
                        .findFirst().orElseThrow();

                ColRecord sameOffering = ColRecord.builder().id("pqr:000001")
                        .title(Map.of("en", partner.title().values().iterator().next().toUpperCase(Locale.ROOT)))
                        .description(Map.of("en", "Listed by a peer registry.")).issuerCountry("NZ")
                        .awardingBody(AwardingBody.named(partner.awardingBody().name())).status("active")
                        .languages(List.of("eng")).updatedAt(Instant.parse("2026-11-20T10:00:00Z")).build();
                peer.feed("peer", List.of(sameOffering), Map.of());
                List<RawRecord> feed = RegistryHarvest.harvest("peer", "col-feed", peer.base("peer"));
                assertThat(feed).extracting(RawRecord::key).containsExactly(peerKey);
                KafkaTestIO.sendRaw(broker.bootstrapServers(), feed);

                // until the peer's record is written, its value is absent: asserted, so that the wait goes on
                // (ColJson.read of a missing value throws IllegalArgumentException, which ended the wait at once)
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    Map<String, byte[]> now = KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS);
                    assertThat(now.get("pqr:000001")).as("the peer's record on %s", Topics.RECORDS).isNotNull();
                    assertThat(ColJson.read(now.get("pqr:000001")).sameAs()).containsExactly(partner.id());
                    assertThat(ColJson.read(now.get(partner.id())).sameAs()).containsExactly("pqr:000001");
                });
            }
        }
    }

    /** Two instances of one group, each with its own event counts; {@link #start} returns once they share every raw partition. */
    private record TwoInstances(RawTopicNormalizer first, CountingEvents one, RawTopicNormalizer second, CountingEvents two)
            implements AutoCloseable {

        static TwoInstances start(NormalizerSettings settings) {
            CountingEvents one = new CountingEvents();
            CountingEvents two = new CountingEvents();
            RawTopicNormalizer first = new RawTopicNormalizer(settings, new RawRecordNormalizer(), one).start();
            RawTopicNormalizer second = null;
            try {
                second = new RawTopicNormalizer(settings, new RawRecordNormalizer(), two).start();
                TwoInstances both = new TwoInstances(first, one, second, two);
                await().atMost(Duration.ofSeconds(60)).until(() -> !both.first.assignedRawPartitions().isEmpty()
                        && !both.second.assignedRawPartitions().isEmpty()
                        && both.first.assignedRawPartitions().size() + both.second.assignedRawPartitions().size() == RAW_PARTITIONS);
                return both;
            } catch (RuntimeException e) {
                if (second != null) {
                    second.close();
                }
                first.close();
                throw e;
            }
        }

        /** Raw values both instances processed. */
        long consumed() {
            return one.consumed.get() + two.consumed.get();
        }

        @Override
        public void close() {
            try {
                second.close();
            } finally {
                first.close();
            }
        }
    }

    /** The raw partition Kafka's producer gives a key (murmur2 of its bytes, as the pipeline's producers send it). */
    private static int partitionOf(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % RAW_PARTITIONS;
    }
}
