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
import org.mcfed.sandbox.truth.TruthRecord;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole normalizer on a real broker with real connector output: the NZQA, MQA, HKQR and
 * Microcred Seeker connectors harvest the registry sandbox (a quarter of the pages served
 * malformed: some without a title), the NZQA connector also reads a registry page it cannot parse,
 * the raw records go to mcfed.raw.v1 as the harvester writes them, and the normalizer's consumer
 * loop turns them into records and rejects; then a deletion, then replays from the start of mcfed.raw.v1: one that
 * writes only what changed, one that writes every record again.
 */
class RawToRecordsIT {

    private static final List<String> SOURCES = List.of("nzqa", "mqa", "hkqr", "microcred-seeker");
    private static final Map<String, Double> HOURS_PER_CREDIT = Map.of("NZQCF", 10.0, "MQF", 40.0, "HKQF", 10.0);

    private static KraftBroker broker;
    private static RegistrySandbox sandbox;
    private static LoopbackRegistry unreadable;

    @BeforeAll
    static void start() {
        broker = KraftBroker.onFreePorts().start();
        sandbox = RegistrySandbox.builder().seed(11).scale(0.03).port(0).build().start();
        SOURCES.forEach(s -> sandbox.faults(s, FaultSpec.malformed(0.25)));
        unreadable = new LoopbackRegistry()
                .fixture("/nzqa/micro-credentials/register?page=1", "nzqa/listing-last-page.html")
                .fixture("/nzqa/micro-credentials/3750-4", "nzqa/no-details.html");
    }

    @AfterAll
    static void stop() {
        if (unreadable != null) {
            unreadable.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void harvestedRecordsBecomeRecordsOrRejectsThenDeletionsTombstonesAndReplayIsByteEqual() throws IOException {
        List<RawRecord> raws = new ArrayList<>();
        Set<String> expectedRejected = new HashSet<>();
        Set<String> expectedPublished = new HashSet<>();
        Set<String> expectedInvalid = new HashSet<>();
        for (String source : SOURCES) {
            List<RawRecord> harvested = RegistryHarvest.harvest(source, source, sandbox.baseUrl(source));
            SourceTruth truth = sandbox.truth(source).source(source);
            assertThat(harvested).extracting(RawRecord::localId).as(source)
                    .containsExactlyInAnyOrderElementsOf(truth.liveIds());
            truth.liveIds().forEach(id -> (truth.expectedPipelineRejects().contains(id) ? expectedRejected : expectedPublished)
                    .add(source + ":" + id));
            truth.live().stream().filter(TruthRecord::expectInvalid).forEach(r -> expectedInvalid.add(source + ":" + r.id()));
            raws.addAll(harvested);
        }
        assertThat(expectedRejected).as("the fault plan serves some pages without a title").isNotEmpty();
        List<RawRecord> unreadablePages = RegistryHarvest.harvest("nzqa-mirror", "nzqa", unreadable.base("nzqa"));
        assertThat(unreadablePages).singleElement().satisfies(r -> assertThat(r.problems()).isNotEmpty());
        raws.addAll(unreadablePages);
        expectedRejected.add("nzqa-mirror:3750-4");

        NormalizerSettings settings = NormalizerSettings.defaults(broker.bootstrapServers()).withGroupId("flow-it");
        TopicSetup.ensureTopics(settings); // as in production: raw has several partitions, records is compacted
        Map<String, byte[]> values = new LinkedHashMap<>();
        raws.forEach(r -> values.put(r.key(), RawRecordJson.write(r)));
        values.put("nzqa:not-json", "{\"source\": ".getBytes());
        expectedRejected.add("nzqa:not-json");
        KafkaTestIO.send(broker.bootstrapServers(), Topics.RAW, values);

        CountingEvents events = new CountingEvents();
        try (RawTopicNormalizer normalizer = new RawTopicNormalizer(settings, new RawRecordNormalizer(), events).start()) {
            await().atMost(Duration.ofSeconds(180)).until(() -> events.consumed.get() >= values.size()); // a retried batch counts twice

            Map<String, byte[]> records = KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS);
            Map<String, Reject> rejects = KafkaTestIO.latestRejects(broker.bootstrapServers());
            assertThat(records.keySet()).containsExactlyInAnyOrderElementsOf(expectedPublished);
            assertThat(rejects.keySet()).containsExactlyInAnyOrderElementsOf(expectedRejected);

            Map<String, RawRecord> rawByKey = new LinkedHashMap<>();
            raws.forEach(r -> rawByKey.put(r.key(), r));
            for (Map.Entry<String, Reject> e : rejects.entrySet()) {
                Reject reject = e.getValue();
                RawRecord raw = rawByKey.get(e.getKey());
                if (raw == null) {
                    assertThat(reject.reasons()).singleElement()
                            .satisfies(r -> assertThat(r.problem()).startsWith("value is not a raw record"));
                } else if (!raw.problems().isEmpty()) {
                    // a page the connector could not read: rejected with exactly the connector's problems
                    assertThat(reject.reasons()).extracting(Reject.Reason::problem).containsExactlyElementsOf(raw.problems());
                    assertThat(reject.reasons()).extracting(Reject.Reason::element).containsOnly("page");
                } else if (expectedInvalid.contains(e.getKey())) {
                    // an MQR page whose validity holds no dates: mapped without a status, which COL requires
                    assertThat(reject.rejectClass()).isEqualTo(RejectClass.INVALID_RECORD.label());
                    assertThat(reject.reasons()).contains(new Reject.Reason("status", "must not be null"));
                } else {
                    // an untitled page: rejected with a reason naming the title
                    assertThat(reject.reasons()).as(e.getKey())
                            .anySatisfy(r -> assertThat(r.element() + " " + r.problem()).containsIgnoringCase("title"));
                }
                assertThat(reject.rejectClass()).as("every reject names its class").isNotNull();
                if (raw != null) {
                    assertThat(reject.raw()).as("the raw record is kept whole").isEqualTo(RawRecordJson.tree(raw));
                    assertThat(reject.rejectedAt()).isEqualTo(raw.fetchedAt());
                }
            }

            Set<String> frameworks = new HashSet<>();
            for (Map.Entry<String, byte[]> e : records.entrySet()) {
                ColRecord r = ColJson.read(e.getValue());
                RawRecord raw = rawByKey.get(e.getKey());
                assertThat(ColValidator.validate(r)).as(e.getKey()).isEmpty();
                assertThat(r.provenance().harvestedAt()).isEqualTo(raw.fetchedAt());
                assertThat(r.updatedAt()).isEqualTo(raw.fetchedAt());
                assertThat(r.provenance().checksum()).isEqualTo(raw.checksum());
                assertThat(r.quality().completeness()).isBetween(0.0, 1.0);
                assertThat(r.sameAs()).isEmpty();
                if (r.nqfLevel() != null) {
                    frameworks.add(r.nqfLevel().framework());
                    boolean referencedToAqrf = r.nqfLevel().framework().equals("MQF");
                    if (HOURS_PER_CREDIT.containsKey(r.nqfLevel().framework())) {
                        assertThat(r.iscedLevel()).as("ISCED from the NQF level, " + e.getKey()).isNotNull();
                    }
                    if (!referencedToAqrf) {
                        assertThat(r.aqrfLevel()).as(e.getKey()).isNull();
                    } else {
                        assertThat(r.aqrfLevel()).as("MQF is referenced to the AQRF level for level").isEqualTo(r.nqfLevel().level());
                    }
                }
                if (r.credit() != null && r.credit().value() != null && HOURS_PER_CREDIT.containsKey(r.credit().system())
                        && r.quality().derived().contains("workloadHours")) {
                    assertThat(r.workloadHours()).as(e.getKey())
                            .isEqualTo(r.credit().value() * HOURS_PER_CREDIT.get(r.credit().system()));
                }
            }
            assertThat(frameworks).contains("NZQCF", "MQF", "HKQF");
            assertThat(events.rejected.get(RejectClass.MALFORMED_RAW).get()).isPositive();
            assertThat(events.rejected.get(RejectClass.UNREADABLE_PAGE).get()).isPositive();
            assertThat(events.rejectedTotal()).isGreaterThanOrEqualTo(rejects.size());
            assertThat(events.published.get()).isGreaterThanOrEqualTo(records.size());

            // a deletion, as the harvester's sweep writes it: a tombstone under Mapper.idOf
            RawRecord gone = rawByKey.get(expectedPublished.iterator().next());
            RawRecord deletion = new RawRecord(gone.source(), gone.connector(), gone.localId(), gone.url(),
                    Instant.parse("2026-11-23T07:00:00Z"), null, null, Map.of(), null, List.of(), true, gone.position());
            KafkaTestIO.send(broker.bootstrapServers(), Topics.RAW, Map.of(deletion.key(), RawRecordJson.write(deletion)));
            await().atMost(Duration.ofSeconds(60)).until(() -> events.tombstones.get() >= 1);
            List<ConsumerRecord<String, byte[]>> log = KafkaTestIO.readAll(broker.bootstrapServers(), Topics.RECORDS);
            ConsumerRecord<String, byte[]> last = log.stream().filter(c -> c.key().equals(gone.key()))
                    .reduce((a, b) -> b).orElseThrow();
            assertThat(last.value()).isNull();

            // replay from the beginning: every record comes out as the topic holds it, so none is written again,
            // but the deleted one, which comes back from its first raw value and goes again with its deletion
            Map<String, byte[]> before = KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS);
            Map<Integer, Long> endBefore = KafkaTestIO.endOffsets(broker.bootstrapServers(), Topics.RECORDS);
            RawProgress.Replay changedOnly = Replays.requestAndAwait(normalizer, false, values.size() + 1, Duration.ofSeconds(180));
            assertThat(changedOnly.republishAll()).isFalse();
            assertThat(changedOnly.recordsUnchanged()).isGreaterThanOrEqualTo(expectedPublished.size() - 1);
            assertThat(events.unchanged.get()).isGreaterThanOrEqualTo(expectedPublished.size() - 1);
            List<ConsumerRecord<String, byte[]>> writtenAgain = KafkaTestIO.writtenSince(broker.bootstrapServers(), Topics.RECORDS, endBefore);
            assertThat(writtenAgain).as("written again").extracting(ConsumerRecord::key).containsOnly(gone.key());
            assertThat(changedOnly.recordsWritten()).isEqualTo(writtenAgain.stream().filter(c -> c.value() != null).count());
            assertThat(KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS).get(gone.key()))
                    .as("the replayed deletion still wins").isNull();

            // republish=all: every value is written again, byte-equal to the one before
            Map<Integer, Long> endAtAll = KafkaTestIO.endOffsets(broker.bootstrapServers(), Topics.RECORDS);
            RawProgress.Replay all = Replays.requestAndAwait(normalizer, true, values.size() + 1, Duration.ofSeconds(180));
            assertThat(all.republishAll()).isTrue();
            assertThat(all.recordsUnchanged()).isZero();
            List<ConsumerRecord<String, byte[]>> replayed = KafkaTestIO.writtenSince(broker.bootstrapServers(), Topics.RECORDS, endAtAll);
            assertThat(replayed).extracting(ConsumerRecord::key).containsAll(expectedPublished);
            assertThat(all.recordsWritten()).isEqualTo(replayed.stream().filter(c -> c.value() != null).count());
            for (ConsumerRecord<String, byte[]> rewritten : replayed) {
                if (rewritten.value() != null) {
                    assertThat(rewritten.value()).as(rewritten.key()).isEqualTo(firstValue(log, rewritten.key()));
                }
            }
            Map<String, byte[]> after = KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS);
            assertThat(after.keySet()).isEqualTo(before.keySet());
            before.forEach((key, value) -> assertThat(after.get(key)).as(key).isEqualTo(value));
            assertThat(after.get(gone.key())).as("the replayed deletion still wins").isNull();

            // after the replay has caught up, a record normalised to the same bytes is not written again
            long publishedBefore = events.published.get();
            long unchangedBefore = events.unchanged.get();
            String keptKey = before.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey)
                    .findFirst().orElseThrow();
            RawRecord kept = rawByKey.get(keptKey);
            KafkaTestIO.send(broker.bootstrapServers(), Topics.RAW, Map.of(kept.key(), RawRecordJson.write(kept)));
            await().atMost(Duration.ofSeconds(60)).until(() -> events.unchanged.get() > unchangedBefore);
            assertThat(events.published.get()).isEqualTo(publishedBefore);
        }
    }

    private static byte[] firstValue(List<ConsumerRecord<String, byte[]>> log, String key) {
        return log.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().value();
    }
}
