package org.mcfed.pipeline.kafka;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.Properties;

/**
 * The client settings every service of the pipeline shares, so a setting that matters (read
 * committed only, acknowledged writes) is decided once. Keys are strings, values JSON bytes
 * ({@link org.mcfed.col.json.ColJson}). Each method returns fresh {@link Properties} that a caller
 * extends with what is its own (a group's session timeout, a poll size).
 */
public final class KafkaClients {

    private KafkaClients() {
    }

    /**
     * A consumer outside any group that positions itself ({@code assign}/{@code seek}): no
     * auto-commit, from the earliest offset, and never a record of an aborted transaction (the
     * harvester writes raw records in transactions), topics never auto-created.
     */
    public static Properties reader(String bootstrap, String clientId) {
        Properties p = common(bootstrap, clientId);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return p;
    }

    /** A {@link #reader} in consumer group {@code groupId}; offsets are committed by the caller, after its work is done. */
    public static Properties groupMember(String bootstrap, String groupId, String clientId) {
        Properties p = reader(bootstrap, clientId);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        return p;
    }

    /** A producer whose writes count only once every in-sync replica has them, without duplicates on retry. */
    public static Properties writer(String bootstrap, String clientId) {
        Properties p = common(bootstrap, clientId);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return p;
    }

    /** An admin client (topic creation and checks). */
    public static Properties admin(String bootstrap, String clientId) {
        return common(bootstrap, clientId);
    }

    /** A new {@link #reader}, for reading a topic to its end ({@link ReadToEnd}). */
    public static KafkaConsumer<String, byte[]> newReader(String bootstrap, String clientId) {
        return new KafkaConsumer<>(reader(bootstrap, clientId));
    }

    private static Properties common(String bootstrap, String clientId) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId);
        // While a broker restarts, Kafka's default backoffs grow to 1 s between attempts, so each client
        // found it back up to a second late, and a write that waits on a read (normaliser, index) paid
        // that more than once. A quarter of a second costs a refused connection four times a second.
        p.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "250");
        p.put(AdminClientConfig.RETRY_BACKOFF_MAX_MS_CONFIG, "250");
        return p;
    }
}
