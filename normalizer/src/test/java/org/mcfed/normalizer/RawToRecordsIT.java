package org.mcfed.normalizer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.pipeline.Reject;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.validate.ColValidator;
import org.mcfed.connector.RawRecord;
import org.mcfed.kafka.KraftBroker;
import org.mcfed.sandbox.RegistrySandbox;
import org.mcfed.sandbox.fault.FaultSpec;
import org.mcfed.sandbox.truth.SourceTruth;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole normalizer on a real broker with real connector output: the NZQA and HKQR connectors
 * harvest the registry sandbox (some NZQA pages served malformed), the raw records go to
 * mcfed.raw.v1 as the harvester writes them, and the normalizer's consumer loop turns them into
 * records and rejects; then a deletion, then a replay from the start of mcfed.raw.v1.
 */
class RawToRecordsIT {

    private static KraftBroker broker;
    private static RegistrySandbox sandbox;

    @BeforeAll
    static void start() {
        broker = KraftBroker.onFreePorts().start();
        sandbox = RegistrySandbox.builder().seed(11).scale(0.05).port(0).build().start();
        sandbox.faults("nzqa", FaultSpec.malformed(0.25));
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
    void harvestedRecordsBecomeRecordsOrRejectsThenDeletionsTombstonesAndReplayIsByteEqual() throws Exception {
        List<RawRecord> raws = RegistryHarvest.harvest("nzqa", "nzqa", sandbox.baseUrl("nzqa"));
        SourceTruth truth = sandbox.truth("nzqa").source("nzqa");
        assertThat(raws).extracting(RawRecord::localId).containsExactlyInAnyOrderElementsOf(truth.liveIds());
        assertThat(truth.expectedRejects()).as("the fault plan serves some pages without a title").isNotEmpty();

        NormalizerSettings settings = NormalizerSettings.defaults(broker.bootstrapServers()).withGroupId("flow-it");
        TopicSetup.ensureTopics(settings); // as in production: raw has several partitions, records is compacted
        Map<String, byte[]> values = new LinkedHashMap<>();
        raws.forEach(r -> values.put(r.key(), RawRecordJson.write(r)));
        values.put("nzqa:not-json", "{\"source\": ".getBytes());
        KafkaTestIO.send(broker.bootstrapServers(), Topics.RAW, values);

        CountingEvents events = new CountingEvents();
        try (RawTopicNormalizer normalizer = new RawTopicNormalizer(settings, new RawRecordNormalizer(), events).start()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> events.consumed.get() == values.size());

            Map<String, byte[]> records = KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS);
            Map<String, Reject> rejects = rejects();
            Set<String> expectedRejected = truth.expectedRejects().stream().map(id -> "nzqa:" + id).collect(Collectors.toSet());
            Set<String> expectedPublished = truth.liveIds().stream().map(id -> "nzqa:" + id)
                    .filter(id -> !expectedRejected.contains(id)).collect(Collectors.toSet());
            assertThat(records.keySet()).containsExactlyInAnyOrderElementsOf(expectedPublished);
            assertThat(rejects.keySet()).containsExactlyInAnyOrderElementsOf(
                    union(expectedRejected, Set.of("nzqa:not-json")));

            // untitled pages: rejected with a reason naming the title, the raw record kept
            for (String key : expectedRejected) {
                Reject reject = rejects.get(key);
                assertThat(reject.reasons()).as(key).isNotEmpty()
                        .anySatisfy(r -> assertThat(r.element() + " " + r.problem()).containsIgnoringCase("title"));
                assertThat(reject.raw().get("localId").asText()).isEqualTo(reject.localId());
            }
            // pages the connector could not read at all: rejected with exactly the connector's problems
            for (RawRecord raw : raws) {
                if (!raw.problems().isEmpty()) {
                    assertThat(rejects.get(raw.key()).reasons()).extracting(Reject.Reason::problem)
                            .containsExactlyElementsOf(raw.problems());
                }
            }
            assertThat(rejects.get("nzqa:not-json").reasons()).singleElement()
                    .satisfies(r -> assertThat(r.problem()).startsWith("value is not a raw record"));

            Map<String, RawRecord> rawById = raws.stream().collect(Collectors.toMap(RawRecord::key, r -> r));
            for (Map.Entry<String, byte[]> e : records.entrySet()) {
                ColRecord r = ColJson.read(e.getValue());
                RawRecord raw = rawById.get(e.getKey());
                assertThat(ColValidator.validate(r)).as(e.getKey()).isEmpty();
                assertThat(r.provenance().harvestedAt()).isEqualTo(raw.fetchedAt());
                assertThat(r.updatedAt()).isEqualTo(raw.fetchedAt());
                assertThat(r.provenance().checksum()).isEqualTo(raw.checksum());
                assertThat(r.quality().completeness()).isBetween(0.0, 1.0);
                assertThat(r.sameAs()).isEmpty();
                if (r.nqfLevel() != null && r.nqfLevel().level() != null) {
                    assertThat(r.nqfLevel().framework()).isEqualTo("NZQCF");
                    assertThat(r.iscedLevel()).as("ISCED from the NZQCF level, " + e.getKey()).isNotNull();
                    assertThat(r.aqrfLevel()).as("NZQCF is not referenced to the AQRF").isNull();
                }
                if (r.credit() != null && r.credit().value() != null) {
                    assertThat(r.workloadHours()).isEqualTo(r.credit().value() * 10.0);
                    assertThat(r.quality().derived()).contains("workloadHours");
                }
            }
            assertThat(events.rejected.get(RejectClass.MALFORMED_RAW).get()).isEqualTo(1);
            assertThat(events.rejectedTotal()).isEqualTo(rejects.size());
            assertThat(events.published.get()).isEqualTo(records.size());

            // a deletion, as the harvester's sweep writes it: a tombstone under Mapper.idOf
            RawRecord gone = rawById.get(expectedPublished.iterator().next());
            RawRecord deletion = new RawRecord(gone.source(), gone.connector(), gone.localId(), gone.url(),
                    Instant.parse("2026-11-23T07:00:00Z"), null, null, Map.of(), null, List.of(), true, gone.position());
            KafkaTestIO.send(broker.bootstrapServers(), Topics.RAW, Map.of(deletion.key(), RawRecordJson.write(deletion)));
            await().atMost(Duration.ofSeconds(30)).until(() -> events.tombstones.get() == 1);
            List<ConsumerRecord<String, byte[]>> log = KafkaTestIO.readAll(broker.bootstrapServers(), Topics.RECORDS);
            ConsumerRecord<String, byte[]> last = log.stream().filter(c -> c.key().equals(gone.key()))
                    .reduce((a, b) -> b).orElseThrow();
            assertThat(last.value()).isNull();

            // replay from the beginning: the same output, byte for byte
            Map<String, byte[]> before = KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS);
            int logSizeBefore = log.size();
            long consumedBefore = events.consumed.get();
            normalizer.requestReplay();
            await().atMost(Duration.ofSeconds(60)).until(() -> events.consumed.get() == consumedBefore + values.size() + 1);
            List<ConsumerRecord<String, byte[]>> replayed = KafkaTestIO.readAll(broker.bootstrapServers(), Topics.RECORDS);
            assertThat(replayed.size()).isGreaterThan(logSizeBefore);
            Map<String, byte[]> after = KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS);
            assertThat(after.keySet()).isEqualTo(before.keySet());
            for (String key : before.keySet()) {
                assertThat(after.get(key)).as(key).isEqualTo(before.get(key));
            }
            // the replayed record of the deleted id comes before its tombstone again, so the tombstone stands
            assertThat(after.get(gone.key())).isNull();
        }
    }

    private static Map<String, Reject> rejects() throws IOException {
        Map<String, Reject> rejects = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : KafkaTestIO.latest(broker.bootstrapServers(), Topics.REJECTS).entrySet()) {
            rejects.put(e.getKey(), ColJson.mapper().readValue(e.getValue(), Reject.class));
        }
        return rejects;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return u;
    }
}
