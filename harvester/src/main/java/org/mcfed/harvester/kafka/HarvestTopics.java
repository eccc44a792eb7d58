package org.mcfed.harvester.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.harvester.lease.SourceLeases;
import org.mcfed.harvester.state.StateTopic;
import org.mcfed.pipeline.kafka.DeclaredTopics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates the topics the harvester writes (or leaves them as they are when they exist), with the
 * partitions and cleanup policy col-schema's {@code pipeline/topics.csv} declares
 * ({@link Topics#declaration}): raw records (time-based), run reports and state (compacted), and
 * the lease topic, whose actual partition count is the number of lease slots (configurable, by
 * default the declared count). Replication is the broker's default.
 */
public final class HarvestTopics {

    private HarvestTopics() {
    }

    /** @return the number of lease slots (partitions of the lease topic) */
    public static int ensure(Admin admin, int leaseSlots) {
        List<NewTopic> topics = List.of(
                declared(Topics.RAW, Topics.declaration(Topics.RAW).partitions()),
                declared(Topics.HARVEST_RUNS, Topics.declaration(Topics.HARVEST_RUNS).partitions()),
                declared(StateTopic.NAME, Topics.declaration(StateTopic.NAME).partitions()),
                declared(SourceLeases.TOPIC, leaseSlots));
        // one request for all four: each round trip counts when a killed harvester starts again on a busy machine
        Map<String, KafkaFuture<Void>> creations = admin.createTopics(topics).values();
        List<String> created = new ArrayList<>();
        for (NewTopic t : topics) {
            try {
                creations.get(t.name()).get(30, TimeUnit.SECONDS);
                created.add(t.name());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topic " + t.name() + ": " + e.getCause(), e.getCause());
                }
            } catch (Exception e) {
                throw new IllegalStateException("cannot create topic " + t.name() + ": " + e, e);
            }
        }
        // A partition written the moment it is created can lose a batch (DeclaredTopics.awaitWritable);
        // topics that existed already are not waited for, so a restarted harvester starts at once.
        awaitWritable(admin, created);
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

    private static void awaitWritable(Admin admin, List<String> created) {
        try {
            if (!created.isEmpty() && !DeclaredTopics.awaitWritable(admin, created, Duration.ofSeconds(30))) {
                throw new IllegalStateException("topics " + created + " were created but not writable after 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for topics " + created, e);
        }
    }

    private static NewTopic declared(String name, int partitions) {
        return new NewTopic(name, Optional.of(partitions), Optional.empty())
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, Topics.declaration(name).cleanupPolicy()));
    }
}
