package org.mcfed.harvester.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.harvester.lease.SourceLeases;
import org.mcfed.harvester.state.StateTopic;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates the topics the harvester writes (or leaves them as they are when they exist):
 * raw records (time-based), run reports and state (compacted), and the lease topic, whose actual
 * partition count is the number of lease slots. Replication is the broker's default.
 */
public final class HarvestTopics {

    /** Partitions of {@code mcfed.raw.v1}: how far the normalizers can scale out. */
    public static final int RAW_PARTITIONS = 4;

    private HarvestTopics() {
    }

    /** @return the number of lease slots (partitions of the lease topic) */
    public static int ensure(Admin admin, int leaseSlots) {
        Map<String, String> compacted = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        List<NewTopic> topics = List.of(
                new NewTopic(Topics.RAW, Optional.of(RAW_PARTITIONS), Optional.empty()),
                new NewTopic(Topics.HARVEST_RUNS, Optional.of(1), Optional.empty()).configs(compacted),
                new NewTopic(StateTopic.NAME, Optional.of(1), Optional.empty()).configs(compacted),
                new NewTopic(SourceLeases.TOPIC, Optional.of(leaseSlots), Optional.empty()));
        for (NewTopic t : topics) {
            try {
                admin.createTopics(List.of(t)).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topic " + t.name() + ": " + e.getCause(), e.getCause());
                }
            } catch (Exception e) {
                throw new IllegalStateException("cannot create topic " + t.name() + ": " + e, e);
            }
        }
        // A topic just created may take a moment to show in the metadata.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return admin.describeTopics(List.of(SourceLeases.TOPIC)).allTopicNames().get(30, TimeUnit.SECONDS)
                        .get(SourceLeases.TOPIC).partitions().size();
            } catch (Exception e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot describe " + SourceLeases.TOPIC + ": " + e, e);
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while describing " + SourceLeases.TOPIC, ie);
                }
            }
        }
    }
}
