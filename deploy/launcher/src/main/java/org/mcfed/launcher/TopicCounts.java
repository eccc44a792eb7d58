package org.mcfed.launcher;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/** Messages written so far to a topic (sum of its partitions' end offsets), to time each stage's output. */
public final class TopicCounts implements AutoCloseable {

    private final Admin admin;

    public TopicCounts(String bootstrap) {
        this(bootstrap, java.time.Duration.ofSeconds(10));
    }

    /** With calls giving up after {@code timeout} (a short one keeps a poller responsive while the broker is down). */
    public TopicCounts(String bootstrap, java.time.Duration timeout) {
        int ms = (int) timeout.toMillis();
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(5000, ms), AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms));
    }

    /** End offsets summed over the topic's partitions; 0 for a topic that does not exist yet. */
    public long written(String topic) {
        try {
            var description = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get().get(topic);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().values().stream().mapToLong(i -> i.offset()).sum();
        } catch (ExecutionException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
