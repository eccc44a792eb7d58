package org.mcfed.normalizer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.pipeline.Reject;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Cost;
import org.mcfed.col.validate.ColValidator;
import org.mcfed.connector.RawRecord;
import org.mcfed.kafka.KraftBroker;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nothing invalid is published, end to end: a peer registry's COL JSON feed over HTTP holds a
 * valid record, one without a status, one with a status and supervision outside COL's vocabularies,
 * and one whose only fault is an optional cost in a lower-case currency. The col-feed connector
 * harvests it, the raw records go through a real broker, and the normalizer's loop puts the two
 * invalid ones on mcfed.rejects.v1 with every reason and class {@code invalid-record}, nothing of
 * them on mcfed.records.v1, and publishes the fourth without its cost.
 */
class InvalidRecordsReachOnlyRejectsIT {

    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

    private static KraftBroker broker;
    private static LoopbackRegistry peer;

    @BeforeAll
    static void start() {
        broker = KraftBroker.onFreePorts().start();
        peer = new LoopbackRegistry();
    }

    @AfterAll
    static void stop() {
        if (peer != null) {
            peer.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void invalidFeedRecordsLandOnRejectsWithTheirReasonsAndNeverOnRecords() throws IOException {
        peer.feed("peer", List.of(
                record("pqr:000010").build(),
                record("pqr:000011").status(null).build(),
                record("pqr:000012").status("withdrawn").supervision("proctored").build(),
                record("pqr:000013").cost(new Cost(250.0, "php")).build()), Map.of());
        List<RawRecord> raws = RegistryHarvest.harvest("peer", "col-feed", peer.base("peer"));
        assertThat(raws).hasSize(4);

        NormalizerSettings settings = NormalizerSettings.defaults(broker.bootstrapServers()).withGroupId("invalid-it");
        TopicSetup.ensureTopics(settings);
        KafkaTestIO.sendRaw(broker.bootstrapServers(), raws);

        CountingEvents events = new CountingEvents();
        try (RawTopicNormalizer normalizer = new RawTopicNormalizer(settings, new RawRecordNormalizer(), events).start()) {
            await().atMost(Duration.ofSeconds(120)).until(() -> events.consumed.get() >= raws.size());
            await().atMost(Duration.ofSeconds(30)).until(() -> events.rejectedTotal() + events.published.get() >= raws.size());

            Map<String, byte[]> records = KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS);
            assertThat(records.keySet()).containsExactlyInAnyOrder("pqr:000010", "pqr:000013");
            records.forEach((id, value) -> assertThat(ColValidator.validate(ColJson.read(value))).as(id).isEmpty());
            ColRecord repaired = ColJson.read(records.get("pqr:000013"));
            assertThat(repaired.cost()).isNull();
            assertThat(repaired.quality().derived()).contains("cost");
            assertThat(repaired.quality().compliance()).containsKeys("col-mandatory", "eu-annex-i");

            Map<String, Reject> rejects = KafkaTestIO.latestRejects(broker.bootstrapServers());
            assertThat(rejects.keySet()).containsExactlyInAnyOrder("peer:pqr:000011", "peer:pqr:000012");
            assertThat(rejects.values()).allSatisfy(r -> {
                assertThat(r.rejectClass()).isEqualTo("invalid-record");
                assertThat(r.source()).isEqualTo("peer");
                assertThat(r.raw().get("payload").asText()).contains(r.localId());
            });
            assertThat(rejects.get("peer:pqr:000011").reasons()).containsExactly(new Reject.Reason("status", "must not be null"));
            assertThat(rejects.get("peer:pqr:000012").reasons()).extracting(Reject.Reason::element)
                    .containsExactlyInAnyOrder("status", "supervision");
            assertThat(events.rejected.get(RejectClass.INVALID_RECORD).get()).isEqualTo(2);
        }
    }

    private static ColRecord.Builder record(String id) {
        return ColRecord.builder().id(id).title(Map.of("en", "Community health data " + id))
                .description(Map.of("en", "Listed by a peer registry.")).issuerCountry("PH")
                .awardingBody(AwardingBody.named("Peer Polytechnic")).status("active").languages(List.of("eng"))
                .updatedAt(AT);
    }
}
