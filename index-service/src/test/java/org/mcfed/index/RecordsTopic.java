package org.mcfed.index;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.mcfed.pipeline.kafka.DeclaredTopics;
import org.mcfed.pipeline.kafka.NewRecord;
import org.mcfed.pipeline.kafka.RawPublished;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

/** Test access to a records topic on a real broker: create it compacted, publish records and tombstones as the normalizer does. */
public final class RecordsTopic implements AutoCloseable {

    private final String bootstrap;
    private final String topic;
    private final KafkaProducer<String, byte[]> producer;
    private final java.util.concurrent.atomic.AtomicReference<Exception> failure = new java.util.concurrent.atomic.AtomicReference<>();

    public RecordsTopic(String bootstrap, String topic, int partitions) {
        this.bootstrap = bootstrap;
        this.topic = topic;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            try {
                admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1).configs(Map.of("cleanup.policy", "compact"))))
                        .all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException(e);
                }
            }
            // written at once, a partition this new can drop the producer's first batch (DeclaredTopics.awaitWritable)
            if (!DeclaredTopics.awaitWritable(admin, List.of(topic), Duration.ofSeconds(60))) {
                throw new IllegalStateException(topic + " is not writable on every partition after 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        // on a machine loaded 15 deep a batch can wait past the default 2 minutes; a record lost then stalled a benchmark silently
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "900000");
        this.producer = new KafkaProducer<>(p);
    }

    public void publish(ColRecord r) {
        send(r.id(), ColJson.writeBytes(r));
    }

    /** Publishes {@code r} as the normaliser does: with the header saying when its raw value was published. */
    public void publishNormalised(ColRecord r, long rawPublishedMillis) {
        send(new ProducerRecord<>(topic, null, r.id(), ColJson.writeBytes(r), List.of(RawPublished.header(rawPublishedMillis))));
    }

    /** Publishes {@code r} as the normaliser publishes a record new to the topic: with the {@link NewRecord} header. */
    public void publishNewRecord(ColRecord r) {
        send(new ProducerRecord<>(topic, null, r.id(), ColJson.writeBytes(r), List.of(NewRecord.header())));
    }

    public void publishAll(List<ColRecord> records) {
        records.forEach(this::publish);
        flush();
    }

    public void tombstone(String id) {
        send(id, null);
        flush();
    }

    public void send(String key, byte[] value) {
        send(new ProducerRecord<>(topic, key, value));
    }

    /** Sends {@code record}; a failure to deliver it is thrown by the next {@link #flush()}. */
    private void send(ProducerRecord<String, byte[]> record) {
        producer.send(record, (metadata, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            }
        });
    }

    /** Waits until every record sent is on the broker; throws if one could not be delivered. */
    public void flush() {
        producer.flush();
        Exception e = failure.get();
        if (e != null) {
            throw new IllegalStateException("a record was not delivered to " + topic + ": " + e.getMessage(), e);
        }
    }

    /** End offset of every partition, keyed as the index commits them ({@code topic-partition}). */
    public Map<String, Long> endOffsets() {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("key.deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer");
        p.put("value.deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer");
        try (var c = new org.apache.kafka.clients.consumer.KafkaConsumer<byte[], byte[]>(p)) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            Map<String, Long> out = new HashMap<>();
            c.endOffsets(parts).forEach((tp, o) -> out.put(tp.topic() + "-" + tp.partition(), o));
            return out;
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
