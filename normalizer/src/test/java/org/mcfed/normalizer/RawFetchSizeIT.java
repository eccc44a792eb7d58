package org.mcfed.normalizer;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.junit.jupiter.api.Test;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.kafka.KraftBroker;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The raw consumer's fetch responses stay below half of the normaliser's 4 MiB G1 regions
 * ({@link NormalizerClients#RAW_FETCH_MAX_BYTES}), so none is a humongous object, while reading a topic of many megabytes
 * over every partition; and above the 448 KiB that slowed the normaliser's polls.
 */
class RawFetchSizeIT {

    @Test
    void noFetchResponseOfTheRawTopicReachesTwoMebibytes() {
        try (KraftBroker broker = KraftBroker.onFreePorts().start()) {
            NormalizerSettings settings = NormalizerSettings.defaults(broker.bootstrapServers()).withGroupId("fetch-size-it");
            TopicSetup.ensureTopics(settings);
            Map<String, byte[]> values = new LinkedHashMap<>();
            byte[] value = new byte[3_000]; // about a raw value's size
            Arrays.fill(value, (byte) 'x');
            for (int i = 0; i < 4_000; i++) {
                values.put("nzqa:" + i, value);
            }
            KafkaTestIO.send(broker.bootstrapServers(), Topics.RAW, values); // 12 MB over the topic's partitions

            long read = 0;
            try (KafkaConsumer<String, byte[]> raw = NormalizerClients.rawConsumer(settings)) {
                raw.subscribe(java.util.List.of(Topics.RAW));
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (read < values.size() && System.nanoTime() < deadline) {
                    ConsumerRecords<String, byte[]> batch = raw.poll(Duration.ofMillis(200));
                    read += batch.count();
                }
                assertThat(read).isEqualTo(values.size());
                double largest = metric(raw, "fetch-size-max");
                assertThat(largest).as("largest fetch response, bytes")
                        .isLessThanOrEqualTo(NormalizerClients.RAW_FETCH_MAX_BYTES)
                        .isLessThan(2 * 1024 * 1024)
                        .isGreaterThan(448 * 1024);
            }
        }
    }

    private static double metric(KafkaConsumer<?, ?> consumer, String name) {
        for (Map.Entry<MetricName, ? extends Metric> m : consumer.metrics().entrySet()) {
            if (m.getKey().name().equals(name) && m.getKey().group().equals("consumer-fetch-manager-metrics")
                    && !m.getKey().tags().containsKey("topic")) {
                return ((Number) m.getValue().metricValue()).doubleValue();
            }
        }
        throw new AssertionError("no consumer metric " + name);
    }
}
