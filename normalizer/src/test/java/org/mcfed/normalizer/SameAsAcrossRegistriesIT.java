package org.mcfed.normalizer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.connector.RawRecord;
import org.mcfed.kafka.KraftBroker;
import org.mcfed.pipeline.kafka.NewRecord;
import org.mcfed.sandbox.RegistrySandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The same offering listed by two registries stays two records that name each other: NZQA
 * records harvested from the sandbox, and a peer registry's COL feed (harvested by the real
 * col-feed connector) listing one of them under the same provider and title, and naming another
 * explicitly. Links are made both ways, undone by a deletion, and survive a normalizer restart,
 * whether its state comes from its snapshot and the records topic's tail or from the whole topic.
 */
class SameAsAcrossRegistriesIT {

    private static KraftBroker broker;
    private static RegistrySandbox sandbox;
    private static LoopbackRegistry peer;

    @BeforeAll
    static void start() {
        broker = KraftBroker.onFreePorts().start();
        sandbox = RegistrySandbox.builder().seed(5).scale(0.03).port(0).build().start();
        peer = new LoopbackRegistry();
    }

    @AfterAll
    static void stop() {
        if (peer != null) {
            peer.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void listingsOfOneOfferingNameEachOtherBothWaysAndNeverMerge(@TempDir Path stateDir) {
        NormalizerSettings settings = NormalizerSettings.defaults(broker.bootstrapServers()).withGroupId("same-as-it")
                .withStateDirectory(stateDir, Duration.ofSeconds(30));
        TopicSetup.ensureTopics(settings);
        List<RawRecord> nzqa = RegistryHarvest.harvest("nzqa", "nzqa", sandbox.baseUrl("nzqa"));
        Map<Integer, Long> beforeHarvest = KafkaTestIO.endOffsets(broker.bootstrapServers(), Topics.RECORDS);
        send(nzqa);
        CountingEvents events = new CountingEvents();
        RawTopicNormalizer normalizer = new RawTopicNormalizer(settings, new RawRecordNormalizer(), events).start();
        await().atMost(Duration.ofSeconds(120)).until(() -> events.consumed.get() >= nzqa.size());
        // a registry's first harvest: every write is of a record new to the topic, which the index may refresh less often
        assertThat(newRecordSince(beforeHarvest)).hasSizeGreaterThanOrEqualTo(4).doesNotContainValue(false);

        List<ColRecord> withProvider = records().values().stream().map(ColJson::read)
                .filter(r -> r.awardingBody() != null && r.awardingBody().name() != null).toList();
        assertThat(withProvider).hasSizeGreaterThanOrEqualTo(4);
        ColRecord a = withProvider.get(0);
        ColRecord b = withProvider.get(1);
        ColRecord c = withProvider.get(2);

        Instant at = Instant.parse("2026-11-20T10:00:00Z");
        ColRecord sameOffering = peerRecord("pqr:000001", a.title().values().iterator().next().toUpperCase(Locale.ROOT) + "!",
                a.awardingBody().name().toLowerCase(Locale.ROOT), at, List.of());
        ColRecord named = peerRecord("pqr:000002", "Kaupapa Māori evaluation practice", "Peer Polytechnic", at,
                List.of(b.id()));
        peer.feed("peer", List.of(sameOffering, named), Map.of());
        List<RawRecord> feed = RegistryHarvest.harvest("peer", "col-feed", peer.base("peer"));
        assertThat(feed).hasSize(2);
        Map<Integer, Long> beforeFeed = KafkaTestIO.endOffsets(broker.bootstrapServers(), Topics.RECORDS);
        send(feed);

        await().atMost(Duration.ofSeconds(60)).ignoreExceptionsInstanceOf(NullPointerException.class).untilAsserted(() -> {
            Map<String, ColRecord> now = parsed();
            assertThat(now.get("pqr:000001").sameAs()).containsExactly(a.id());
            assertThat(now.get(a.id()).sameAs()).containsExactly("pqr:000001");
            assertThat(now.get("pqr:000002").sameAs()).containsExactly(b.id());
            assertThat(now.get(b.id()).sameAs()).containsExactly("pqr:000002");
        });
        Map<String, ColRecord> linked = parsed();
        // the NZQA records republished with links to the new listings come from their arrival too
        assertThat(newRecordSince(beforeFeed)).containsOnly(Map.entry("pqr:000001", true), Map.entry("pqr:000002", true),
                Map.entry(a.id(), true), Map.entry(b.id(), true));
        // never merged: each keeps its own id, title, provider and provenance
        ColRecord aNow = linked.get(a.id());
        assertThat(aNow.toBuilder().sameAs(a.sameAs()).updatedAt(a.updatedAt()).build()).isEqualTo(a);
        assertThat(aNow.updatedAt()).isEqualTo(feed.get(0).fetchedAt().isAfter(a.updatedAt())
                ? feed.get(0).fetchedAt() : a.updatedAt());
        assertThat(linked.get("pqr:000001").provenance().source()).isEqualTo("peer");
        assertThat(linked.get("pqr:000001").title()).isEqualTo(sameOffering.title());

        // the peer deletes its listing: tombstone, and the NZQA record no longer names it
        peer.feed("peer", List.of(named), Map.of("pqr:000001", Instant.parse("2026-11-21T10:00:00Z")));
        List<RawRecord> second = RegistryHarvest.harvest("peer", "col-feed", peer.base("peer"));
        assertThat(second).filteredOn(RawRecord::deleted).extracting(RawRecord::localId).containsExactly("pqr:000001");
        Map<Integer, Long> beforeDeletion = KafkaTestIO.endOffsets(broker.bootstrapServers(), Topics.RECORDS);
        send(second.stream().filter(RawRecord::deleted).toList());
        await().atMost(Duration.ofSeconds(60)).ignoreExceptionsInstanceOf(NullPointerException.class).untilAsserted(() -> {
            Map<String, byte[]> now = records();
            assertThat(now.get("pqr:000001")).isNull();
            assertThat(ColJson.read(now.get(a.id())).sameAs()).isEmpty();
        });
        // a deletion, and the partner it unlinks, are changes: the index refreshes them promptly
        assertThat(newRecordSince(beforeDeletion)).containsOnly(Map.entry("pqr:000001", false), Map.entry(a.id(), false));
        normalizer.close();

        // A new instance makes its state from its snapshot and the topic's tail, then (another folder) from the whole
        // topic: either way a later listing links to a record it never normalised, and the explicit link survives.
        Map<String, byte[]> beforeRestart = records();
        restartAndLink(settings, "pqr:000003", c, at.plusSeconds(60), List.of(named), true, beforeRestart.get(b.id()));
        restartAndLink(settings.withStateDirectory(null, null), "pqr:000004", withProvider.get(3), at.plusSeconds(120),
                List.of(named), false, beforeRestart.get(b.id()));
    }

    private static void restartAndLink(NormalizerSettings settings, String id, ColRecord partner, Instant at,
                                       List<ColRecord> alsoListed, boolean fromSnapshot, byte[] explicitLink) {
        String linkedId = alsoListed.get(0).sameAs().get(0);
        CountingEvents restarted = new CountingEvents();
        try (RawTopicNormalizer again = new RawTopicNormalizer(settings, new RawRecordNormalizer(), restarted).start()) {
            await().atMost(Duration.ofSeconds(60)).until(again::isReady);
            SameAsState.Made made = again.sameAsStateMade();
            assertThat(made.fromSnapshot()).as(made.toString()).isEqualTo(fromSnapshot);
            if (fromSnapshot) {
                // the snapshot saved at the last stop: only the last batch's own writes are read again
                assertThat(made.topicValues()).as(made.toString()).isLessThan(made.snapshotRecords() / 4);
            }
            ColRecord later = peerRecord(id, partner.title().values().iterator().next(), partner.awardingBody().name(), at, List.of());
            List<ColRecord> listed = new java.util.ArrayList<>(alsoListed);
            listed.add(later);
            peer.feed("peer", listed, Map.of());
            List<RawRecord> harvested = RegistryHarvest.harvest("peer", "col-feed", peer.base("peer"));
            send(harvested.stream().filter(r -> r.localId().equals(id)).toList());
            await().atMost(Duration.ofSeconds(60)).ignoreExceptionsInstanceOf(NullPointerException.class).untilAsserted(() -> {
                Map<String, ColRecord> now = parsed();
                assertThat(now.get(id).sameAs()).containsExactly(partner.id());
                assertThat(now.get(partner.id()).sameAs()).containsExactly(id);
            });
            assertThat(restarted.consumed.get()).as("committed raw records are not reprocessed").isEqualTo(1);
            assertThat(records().get(linkedId)).as("the explicit link survives the restart untouched").isEqualTo(explicitLink);
        }
    }

    private static ColRecord peerRecord(String id, String title, String provider, Instant at, List<String> sameAs) {
        return ColRecord.builder().id(id).title(Map.of("en", title)).description(Map.of("en", "Listed by a peer registry."))
                .issuerCountry("NZ").awardingBody(AwardingBody.named(provider)).status("active")
                .languages(List.of("eng")).sameAs(sameAs).updatedAt(at).build();
    }

    private static void send(List<RawRecord> raws) {
        KafkaTestIO.sendRaw(broker.bootstrapServers(), raws);
    }

    /** Per id written to the records topic at or after {@code endOffsets}: whether its last write carries {@link NewRecord}. */
    private static Map<String, Boolean> newRecordSince(Map<Integer, Long> endOffsets) {
        Map<String, Boolean> marked = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> r : KafkaTestIO.writtenSince(broker.bootstrapServers(), Topics.RECORDS, endOffsets)) {
            marked.put(r.key(), NewRecord.read(r.headers()));
        }
        return marked;
    }

    private static Map<String, byte[]> records() {
        return KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS);
    }

    private static Map<String, ColRecord> parsed() {
        Map<String, ColRecord> parsed = new LinkedHashMap<>();
        records().forEach((k, v) -> {
            if (v != null) {
                parsed.put(k, ColJson.read(v));
            }
        });
        return parsed;
    }
}
