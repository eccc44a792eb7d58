package org.mcfed.harvester.state;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.mcfed.connector.KnownRecord;
import org.mcfed.harvester.kafka.HarvestTopics;
import org.mcfed.harvester.it.TopicContents;
import org.mcfed.harvester.kafka.HarvesterClients;
import org.mcfed.kafka.KraftBroker;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs that start together share one read of the state topic, each still gets exactly its own source's
 * state (records, deletions, watermark; a local id with a colon in it), and a run that asks after a
 * commit sees it. Sources that ask a few milliseconds apart are gathered into one read, and a stream of
 * requests that never pauses still gets its first read after the gathering cap.
 */
class StateReadsIT {

    private static final Instant SINCE = Instant.parse("2026-11-30T00:00:00Z");

    @Test
    void sourcesAskingTogetherShareOneReadAndEachGetsItsOwnState() throws Exception {
        try (KraftBroker broker = KraftBroker.onFreePorts().start()) {
            HarvesterClients kafka = withTopics(broker);
            commit(kafka, List.of(StateTopic.put(entry("nzqa", "1")), StateTopic.put(entry("nzqa", "2")),
                    StateTopic.put(entry("nzqa", "code:with:colons")), StateTopic.put(entry("mqa", "A1")),
                    StateTopic.watermark("mqa", SINCE), StateTopic.put(entry("hkqr", "gone")),
                    StateTopic.put(entry("hkqr", "kept")), StateTopic.forget("hkqr", "gone"),
                    StateTopic.put(entry("nzqa-archive", "9"))));

            CountDownLatch reading = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Supplier<Consumer<String, byte[]>> held = () -> {
                reading.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS); // the first read waits until the others have asked
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return kafka.reader();
            };
            StateReads reads = new StateReads(held, Duration.ofSeconds(60), Duration.ZERO);
            CompletableFuture<SourceState> nzqa = reads.read("nzqa");
            assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<SourceState> mqa = reads.read("mqa");
            CompletableFuture<SourceState> hkqr = reads.read("hkqr");
            release.countDown();

            assertThat(nzqa.get(60, TimeUnit.SECONDS).knownEntries()).containsOnlyKeys("1", "2", "code:with:colons");
            assertThat(mqa.get(60, TimeUnit.SECONDS).knownEntries()).containsOnlyKeys("A1");
            assertThat(mqa.get().watermark()).isEqualTo(SINCE);
            assertThat(hkqr.get(60, TimeUnit.SECONDS).knownEntries()).containsOnlyKeys("kept");
            assertThat(nzqa.get().watermark()).isNull();
            // nzqa asked first and was read alone; mqa and hkqr asked while that read waited, and shared the next
            assertThat(reads.reads()).isEqualTo(2);

            commit(kafka, List.of(StateTopic.put(entry("nzqa", "3"))));
            assertThat(reads.read("nzqa").get(60, TimeUnit.SECONDS).knownEntries()).containsOnlyKeys("1", "2", "3", "code:with:colons");
            assertThat(reads.reads()).isEqualTo(3);
        }
    }

    @Test
    void sourcesAskingMillisecondsApartAreGatheredAndEndlessAskingIsCapped() throws Exception {
        try (KraftBroker broker = KraftBroker.onFreePorts().start()) {
            HarvesterClients kafka = withTopics(broker);
            commit(kafka, List.of(StateTopic.put(entry("nzqa", "1")), StateTopic.put(entry("mqa", "A1")), StateTopic.put(entry("hkqr", "h"))));

            StateReads reads = new StateReads(kafka::reader, Duration.ofSeconds(60), Duration.ofMillis(300));
            CompletableFuture<SourceState> nzqa = reads.read("nzqa");
            Thread.sleep(40);
            CompletableFuture<SourceState> mqa = reads.read("mqa");
            Thread.sleep(40);
            CompletableFuture<SourceState> hkqr = reads.read("hkqr");
            assertThat(nzqa.get(60, TimeUnit.SECONDS).knownEntries()).containsOnlyKeys("1");
            assertThat(mqa.get(60, TimeUnit.SECONDS).knownEntries()).containsOnlyKeys("A1");
            assertThat(hkqr.get(60, TimeUnit.SECONDS).knownEntries()).containsOnlyKeys("h");
            assertThat(reads.reads()).as("three sources asking 40 ms apart, gathered for 300 ms").isEqualTo(1);

            // a request every 20 ms against a 100 ms gap: without the cap the read would never start
            StateReads busy = new StateReads(kafka::reader, Duration.ofSeconds(60), Duration.ofMillis(100));
            CompletableFuture<SourceState> first = busy.read("nzqa");
            long askedUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            CompletableFuture<SourceState> last = first;
            while (!first.isDone() && System.nanoTime() < askedUntil) {
                last = busy.read("mqa");
                Thread.sleep(20);
            }
            assertThat(first).as("first read done while requests kept coming").isDone();
            assertThat(first.get().knownEntries()).containsOnlyKeys("1");
            assertThat(last.get(60, TimeUnit.SECONDS).knownEntries()).containsOnlyKeys("A1");
        }
    }

    /** Clients of {@code broker}, whose harvest topics exist. */
    private static HarvesterClients withTopics(KraftBroker broker) {
        HarvesterClients kafka = new HarvesterClients(broker.bootstrapServers());
        try (Admin admin = kafka.admin()) {
            HarvestTopics.ensure(admin, 4);
        }
        return kafka;
    }

    private static KnownEntry entry(String source, String localId) {
        return new KnownEntry(source, source, new KnownRecord(localId, null, null, "sha256:" + localId), "http://x/" + localId, "run-1");
    }

    /**
     * Commits the records in one transaction and waits until a read-committed reader sees them: the commit returns before
     * the broker has written its markers, and a read started at once could stop short of them (it did in a loaded CI).
     */
    private static void commit(HarvesterClients kafka, List<ProducerRecord<String, byte[]>> records) {
        try (Producer<String, byte[]> producer = kafka.transactionalProducer("state-reads-it")) {
            producer.beginTransaction();
            records.forEach(producer::send);
            producer.commitTransaction();
        }
        TopicContents.awaitCommitted(kafka.bootstrap(), StateTopic.NAME);
    }
}
