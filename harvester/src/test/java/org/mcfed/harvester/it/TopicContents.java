package org.mcfed.harvester.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.pipeline.RunReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.awaitility.Awaitility.await;

/** Everything committed to a topic so far, read as a downstream consumer would (read-committed), and its end offsets. */
public final class TopicContents {

    private TopicContents() {
    }

    public static List<ConsumerRecord<String, byte[]>> read(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = partitions(c, topic);
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                c.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    /**
     * Waits until a read-committed reader sees every record written so far to each of {@code topics}. A producer's
     * commit returns once the transaction coordinator has decided it; the broker writes the commit markers to the
     * partitions just after, and until then the last stable offset stays before the transaction's records. Call it
     * only when every transaction on the topics has ended or is about to: one left open holds the wait up.
     */
    public static void awaitCommitted(String bootstrap, String... topics) {
        // one reader asks for the last stable offsets at every check; a new consumer per check (its connection and
        // metadata) made each check cost more than the 20 ms between them
        try (KafkaConsumer<byte[], byte[]> committed = consumer(bootstrap, "read_committed")) {
            for (String topic : topics) {
                Map<TopicPartition, Long> written = endOffsets(bootstrap, topic, "read_uncommitted");
                List<TopicPartition> partitions = List.copyOf(written.keySet());
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).pollInSameThread().until(() -> {
                    Map<TopicPartition, Long> stable = committed.endOffsets(partitions, Duration.ofSeconds(30));
                    return written.entrySet().stream().allMatch(e -> stable.getOrDefault(e.getKey(), 0L) >= e.getValue());
                });
            }
        }
    }

    /**
     * The end offset of every partition of {@code topic}: records and commit markers when read {@code read_uncommitted};
     * read {@code read_committed}, the start of the oldest transaction still open (the same once every commit's markers
     * are written, which the broker does just after the producer's commit returns).
     */
    public static Map<TopicPartition, Long> endOffsets(String bootstrap, String topic, String isolation) {
        try (KafkaConsumer<byte[], byte[]> c = consumer(bootstrap, isolation)) {
            return c.endOffsets(partitions(c, topic), Duration.ofSeconds(30));
        }
    }

    /** A consumer outside any group, for end offsets read at {@code isolation} ({@code read_committed} or not). */
    private static KafkaConsumer<byte[], byte[]> consumer(String bootstrap, String isolation) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> c, String topic) {
        return c.partitionsFor(topic, Duration.ofSeconds(30)).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
    }

    public static JsonNode json(ConsumerRecord<String, byte[]> r) {
        try {
            return r.value() == null ? null : ColJson.mapper().readTree(r.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<RunReport> reports(String bootstrap, String topic) {
        return read(bootstrap, topic).stream().map(r -> {
            try {
                return ColJson.mapper().readValue(r.value(), RunReport.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
