package org.mcfed.normalizer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;
import org.mcfed.col.pipeline.Topics;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates the normalizer's topics at start when they do not exist, as col-schema's
 * {@code pipeline/topics.csv} declares them ({@link Topics#declaration}): {@code mcfed.records.v1}
 * compacted (it is the durable store of the aggregate, so a deleted record must leave only its
 * tombstone), {@code mcfed.rejects.v1} and {@code mcfed.raw.v1} with time-based retention.
 * An existing records topic without compaction is reported loudly, not altered.
 */
public final class TopicSetup {

    private static final Logger LOG = Logger.getLogger(TopicSetup.class);

    private TopicSetup() {
    }

    public static void ensureTopics(NormalizerSettings s) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, s.bootstrap());
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, s.groupId() + "-admin");
        try (Admin admin = Admin.create(p)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            create(admin, existing, declared(s.rawTopic(), s.rawPartitions(), s.replicationFactor()));
            create(admin, existing, declared(s.recordsTopic(), s.recordsPartitions(), s.replicationFactor()));
            create(admin, existing, declared(s.rejectsTopic(), s.rejectsPartitions(), s.replicationFactor()));
            awaitLeaders(admin, List.of(s.rawTopic(), s.recordsTopic(), s.rejectsTopic()));
            if (existing.contains(s.recordsTopic())) {
                checkCompacted(admin, s.recordsTopic());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot create topics on " + s.bootstrap() + ": " + e.getMessage(), e);
        }
    }

    /** A topic with the cleanup policy of its declaration (col-schema's pipeline/topics.csv). */
    private static NewTopic declared(String name, int partitions, short replication) {
        return new NewTopic(name, partitions, replication)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, Topics.declaration(name).cleanupPolicy()));
    }

    private static void create(Admin admin, Set<String> existing, NewTopic topic)
            throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        if (existing.contains(topic.name())) {
            return;
        }
        try {
            admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            LOG.infof("created topic %s (%d partitions, %s)", topic.name(), topic.numPartitions(), topic.configs());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    /** A topic just created has no partition leaders for a moment; writing then fails, so wait (up to 30 s). */
    private static void awaitLeaders(Admin admin, List<String> topics) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                boolean ready = admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values().stream()
                        .allMatch(d -> d.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
                if (ready) {
                    return;
                }
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                LOG.debugf("topics %s not described yet: %s", topics, e.getMessage());
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        LOG.warnf("topics %s still have partitions without a leader after 30 s", topics);
    }

    private static void checkCompacted(Admin admin, String topic)
            throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
        String policy = config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
        if (policy == null || !policy.contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
            LOG.errorf("topic %s has cleanup.policy=%s: it must be compacted or deleted records will reappear"
                    + " and the topic will lose records past its retention", topic, policy);
        }
    }
}
