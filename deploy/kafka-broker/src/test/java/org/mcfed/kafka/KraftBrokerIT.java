package org.mcfed.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The in-process KRaft broker serves a compacted topic, and keeps its data across a restart. */
class KraftBrokerIT {

    private static KraftBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = KraftBroker.onFreePorts().start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void compactedTopicRoundTripSurvivesRestart() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("mcfed.records.v1", 3, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))).all().get();
            var config = admin.describeConfigs(Set.of(new ConfigResource(ConfigResource.Type.TOPIC, "mcfed.records.v1")))
                    .all().get().values().iterator().next();
            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("compact");
        }

        produce("nzqa:4116-2", "{\"id\":\"nzqa:4116-2\"}");
        produce("hkqr:22/000567/L4", "{\"id\":\"hkqr:22/000567/L4\"}");
        assertThat(consumeAll(2)).containsExactlyInAnyOrder("nzqa:4116-2", "hkqr:22/000567/L4");

        broker.stop();
        assertThat(broker.isRunning()).isFalse();
        broker.start();
        produce("mqa:MQA/SWA 0123", "{}");
        assertThat(consumeAll(3)).contains("nzqa:4116-2", "hkqr:22/000567/L4", "mqa:MQA/SWA 0123");
    }

    private void produce(String key, String value) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("mcfed.records.v1", key, value)).get();
        }
    }

    private List<String> consumeAll(int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "smoke-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> keys = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("mcfed.records.v1"));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    keys.add(r.key());
                }
                return keys.size() >= expected;
            });
        }
        return keys;
    }
}
