package org.mcfed.normalizer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.pipeline.Reject;
import org.mcfed.col.pipeline.Topics;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Test-side Kafka access: write raw values, read a whole topic from the beginning. */
public final class KafkaTestIO {

    private KafkaTestIO() {
    }

    public static void send(String bootstrap, String topic, Map<String, byte[]> values) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            values.forEach((k, v) -> acks.add(producer.send(new ProducerRecord<>(topic, k, v))));
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(60, TimeUnit.SECONDS); // a test input that was not written must fail the test here
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not write test input to " + topic + ": " + e, e);
        }
    }

    /** Harvested records on {@code mcfed.raw.v1}, as the harvester writes them (key = source:localId); returns the keys. */
    public static java.util.Set<String> sendRaw(String bootstrap, List<org.mcfed.connector.RawRecord> raws) {
        Map<String, byte[]> values = new java.util.LinkedHashMap<>();
        raws.forEach(r -> values.put(r.key(), RawRecordJson.write(r)));
        send(bootstrap, org.mcfed.col.pipeline.Topics.RAW, values);
        return values.keySet();
    }

    /** Every record of the topic, in the order the consumer read them (each partition's in offset order). */
    public static List<ConsumerRecord<String, byte[]>> readAll(String bootstrap, String topic) {
        List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = reader(bootstrap)) {
            List<TopicPartition> tps = partitions(c, topic);
            c.assign(tps);
            c.seekToBeginning(tps);
            Map<TopicPartition, Long> end = c.endOffsets(tps);
            while (tps.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                c.poll(Duration.ofMillis(200)).forEach(all::add);
            }
        }
        return all;
    }

    /** The next offset of each partition of the topic, by partition number: what {@link #writtenSince} reads from. */
    public static Map<Integer, Long> endOffsets(String bootstrap, String topic) {
        Map<Integer, Long> next = new HashMap<>();
        try (KafkaConsumer<String, byte[]> c = reader(bootstrap)) {
            c.endOffsets(partitions(c, topic)).forEach((tp, offset) -> next.put(tp.partition(), offset));
        }
        return next;
    }

    /** The records written to the topic at or after {@code endOffsets} (from {@link #endOffsets}), in the order read. */
    public static List<ConsumerRecord<String, byte[]>> writtenSince(String bootstrap, String topic, Map<Integer, Long> endOffsets) {
        return readAll(bootstrap, topic).stream().filter(r -> r.offset() >= endOffsets.getOrDefault(r.partition(), 0L)).toList();
    }

    private static KafkaConsumer<String, byte[]> reader(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> c, String topic) {
        List<TopicPartition> tps = new ArrayList<>();
        for (PartitionInfo i : c.partitionsFor(topic, Duration.ofSeconds(10))) {
            tps.add(new TopicPartition(topic, i.partition()));
        }
        return tps;
    }

    /** The compacted view: the last value per key (null = tombstone), keys in first-seen order. */
    public static Map<String, byte[]> latest(String bootstrap, String topic) {
        Map<String, byte[]> latest = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> r : readAll(bootstrap, topic)) {
            latest.put(r.key(), r.value());
        }
        return latest;
    }

    /** The last reject per key on {@code mcfed.rejects.v1}, read as {@link Reject}s. */
    public static Map<String, Reject> latestRejects(String bootstrap) throws IOException {
        Map<String, Reject> rejects = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : latest(bootstrap, Topics.REJECTS).entrySet()) {
            rejects.put(e.getKey(), ColJson.mapper().readValue(e.getValue(), Reject.class));
        }
        return rejects;
    }

    public static Admin admin(String bootstrap) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return Admin.create(p);
    }
}
