package org.mcfed.harvester.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.mcfed.pipeline.kafka.KafkaClients;

import java.time.Duration;
import java.util.Properties;

/**
 * The harvester's own Kafka clients (its transactional run producer, the lease group's member),
 * built on the pipeline's shared settings ({@link KafkaClients}) so that what every service agrees
 * on (read committed, acknowledged idempotent writes) is decided once.
 */
public final class HarvesterClients {

    /** The consumer group of the lease topic: every harvester instance is a member. */
    public static final String LEASE_GROUP = "mcfed-harvester";

    private final String bootstrap;

    public HarvesterClients(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    public String bootstrap() {
        return bootstrap;
    }

    /**
     * The producer of one source's runs: idempotent, {@code acks=all}, transactional with
     * {@code transactional.id = mcfed-harvester-<source>} so that the instance now harvesting the
     * source fences any earlier one. {@code initTransactions()} is done here.
     */
    public Producer<String, byte[]> transactionalProducer(String source) {
        Properties p = KafkaClients.writer(bootstrap, "harvest-" + source);
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "mcfed-harvester-" + source);
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, "60000");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "60000");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "120000");
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p);
        try {
            producer.initTransactions();
        } catch (RuntimeException e) {
            producer.close(Duration.ZERO);
            throw e;
        }
        return producer;
    }

    /** A read-committed consumer with no group, for reading a topic back from its beginning. */
    public Consumer<String, byte[]> reader() {
        Properties p = KafkaClients.reader(bootstrap, "harvester-reader");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        return new KafkaConsumer<>(p);
    }

    /** The lease consumer: a static member of {@link #LEASE_GROUP} named by the instance id. */
    public Consumer<byte[], byte[]> leaseConsumer(String instanceId, Duration sessionTimeout) {
        Properties p = KafkaClients.groupMember(bootstrap, LEASE_GROUP, "harvest-leases-" + instanceId);
        p.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId);
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, String.valueOf(sessionTimeout.toMillis()));
        p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, String.valueOf(Math.max(500, sessionTimeout.toMillis() / 5)));
        return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    public Admin admin() {
        Properties p = KafkaClients.admin(bootstrap, "harvester-admin");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        return Admin.create(p);
    }
}
