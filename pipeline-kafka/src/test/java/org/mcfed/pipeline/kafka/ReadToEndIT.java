package org.mcfed.pipeline.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.kafka.KraftBroker;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading a topic to its end against a real (in-process KRaft) broker, on topics created as declared. */
class ReadToEndIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static KraftBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KraftBroker.onFreePorts().start();
        try (Admin admin = Admin.create(KafkaClients.admin(broker.bootstrapServers(), "read-to-end-it"))) {
            List<String> names = List.of(Topics.RECORDS, Topics.RAW);
            assertThat(DeclaredTopics.ensure(admin, names, (short) 1, TIMEOUT)).hasSize(2);
            assertThat(DeclaredTopics.ensure(admin, names, (short) 1, TIMEOUT)).as("existing topics are left alone").isEmpty();
            assertThat(DeclaredTopics.awaitWritable(admin, names, TIMEOUT)).isTrue();
        }
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void declaredTopicsHaveThePartitionsAndCleanupPolicyOfTopicsCsv() throws Exception {
        try (Admin admin = Admin.create(KafkaClients.admin(broker.bootstrapServers(), "declared-check"))) {
            TopicDescription records = admin.describeTopics(Set.of(Topics.RECORDS)).allTopicNames().get().get(Topics.RECORDS);
            assertThat(records.partitions()).hasSize(Topics.declaration(Topics.RECORDS).partitions());
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.RECORDS);
            assertThat(admin.describeConfigs(Set.of(resource)).all().get().get(resource)
                    .get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("compact");
        }
    }

    @Test
    void fromStartReadsEveryPartitionToItsEndAndFromPositionThenOnlyWhatCameAfter() {
        List<String> first = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            first.add("first-" + i);
        }
        write(Topics.RECORDS, first);
        try (KafkaConsumer<String, byte[]> reader = KafkaClients.newReader(broker.bootstrapServers(), "records-reader")) {
            List<String> seen = new ArrayList<>();
            long read = ReadToEnd.fromStart(reader, Topics.RECORDS, TIMEOUT, r -> seen.add(r.key()));
            assertThat(read).isEqualTo(40);
            assertThat(seen).containsExactlyInAnyOrderElementsOf(first);
            assertThat(reader.assignment()).hasSize(Topics.declaration(Topics.RECORDS).partitions());

            write(Topics.RECORDS, List.of("later-1", "later-2"));
            List<String> later = new ArrayList<>();
            assertThat(ReadToEnd.fromPosition(reader, TIMEOUT, r -> later.add(r.key()))).isEqualTo(2);
            assertThat(later).containsExactlyInAnyOrder("later-1", "later-2");
            assertThat(ReadToEnd.fromPosition(reader, TIMEOUT, r -> later.add(r.key()))).as("at the end already").isZero();
        }
    }

    @Test
    void liveValuesAreEachKeysLastValueWithoutTheKeysDeletedSince() throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(KafkaClients.writer(broker.bootstrapServers(), "live-writer"))) {
            producer.send(new ProducerRecord<>(Topics.RECORDS, "live-a", bytes("a1"))).get();
            producer.send(new ProducerRecord<>(Topics.RECORDS, "live-b", bytes("b1"))).get();
            producer.send(new ProducerRecord<>(Topics.RECORDS, "live-a", bytes("a2"))).get();
            producer.send(new ProducerRecord<String, byte[]>(Topics.RECORDS, "live-b", null)).get();
        }
        try (KafkaConsumer<String, byte[]> reader = KafkaClients.newReader(broker.bootstrapServers(), "live-reader")) {
            Map<String, byte[]> live = ReadToEnd.liveValues(reader, Topics.RECORDS, TIMEOUT);
            assertThat(live).containsKey("live-a").doesNotContainKey("live-b");
            assertThat(new String(live.get("live-a"), StandardCharsets.UTF_8)).isEqualTo("a2");
        }
    }

    @Test
    void anOpenTransactionDoesNotHoldTheReadUpAndAnAbortedOneIsNeverRead() {
        write(Topics.RAW, List.of("committed"));
        Properties p = KafkaClients.writer(broker.bootstrapServers(), "transactional-writer");
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "read-to-end-it");
        try (KafkaProducer<String, byte[]> tx = new KafkaProducer<>(p);
             KafkaConsumer<String, byte[]> reader = KafkaClients.newReader(broker.bootstrapServers(), "raw-reader")) {
            tx.initTransactions();
            tx.beginTransaction();
            tx.send(new ProducerRecord<>(Topics.RAW, "open", bytes("open")));
            tx.flush();
            List<String> seen = new ArrayList<>();
            ReadToEnd.fromStart(reader, Topics.RAW, TIMEOUT, r -> seen.add(r.key()));
            assertThat(seen).containsExactly("committed");

            tx.abortTransaction();
            write(Topics.RAW, List.of("after-abort"));
            ReadToEnd.fromPosition(reader, TIMEOUT, r -> seen.add(r.key()));
            assertThat(seen).containsExactly("committed", "after-abort");
        }
    }

    @Test
    void aTopicThatDoesNotExistIsNamed() {
        try (KafkaConsumer<String, byte[]> reader = KafkaClients.newReader(broker.bootstrapServers(), "missing-reader")) {
            assertThatThrownBy(() -> ReadToEnd.fromStart(reader, "mcfed.nowhere.v1", Duration.ofSeconds(5), r -> { }))
                    .isInstanceOf(UnknownTopicOrPartitionException.class).hasMessageContaining("mcfed.nowhere.v1");
        }
    }

    @Test
    void topicsJustCreatedTakeTheFirstWritesOfEveryPartitionOnceWritable() throws Exception {
        // Many small batches in flight per partition, written the moment each topic is writable: without
        // the wait, most such topics lost a batch (27 of 30 in a probe, 26 of 30 waiting for leaders only).
        int topics = 5;
        int partitions = 6;
        int perPartition = 40;
        Properties p = KafkaClients.writer(broker.bootstrapServers(), "fresh-writer");
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, "300");
        try (Admin admin = Admin.create(KafkaClients.admin(broker.bootstrapServers(), "fresh-admin"));
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
            for (int t = 0; t < topics; t++) {
                String topic = "fresh-" + t;
                admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
                assertThat(DeclaredTopics.awaitWritable(admin, List.of(topic), TIMEOUT)).isTrue();
                List<Future<RecordMetadata>> sent = new ArrayList<>();
                for (int i = 0; i < partitions * perPartition; i++) {
                    sent.add(producer.send(new ProducerRecord<>(topic, i % partitions, "k" + i, new byte[100])));
                }
                Map<Integer, Integer> written = new HashMap<>();
                for (Future<RecordMetadata> f : sent) {
                    written.merge(f.get().partition(), 1, Integer::sum);
                }
                assertThat(written).as(topic).hasSize(partitions).allSatisfy((partition, n) -> assertThat(n).isEqualTo(perPartition));
            }
        }
    }

    @Test
    void aTopicNobodyCreatedIsNotWritable() throws Exception {
        try (Admin admin = Admin.create(KafkaClients.admin(broker.bootstrapServers(), "nowhere-admin"))) {
            long start = System.nanoTime();
            assertThat(DeclaredTopics.awaitWritable(admin, List.of("mcfed.nowhere.v1"), Duration.ofSeconds(2))).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        }
    }

    private static void write(String topic, List<String> keys) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(KafkaClients.writer(broker.bootstrapServers(), "test-writer"))) {
            for (String key : keys) {
                producer.send(new ProducerRecord<>(topic, key, bytes(key))).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("test input not written to " + topic, e);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
