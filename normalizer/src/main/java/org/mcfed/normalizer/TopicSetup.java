package org.mcfed.normalizer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.pipeline.kafka.DeclaredTopics;
import org.mcfed.pipeline.kafka.KafkaClients;

import java.time.Duration;
import java.util.List;
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
        List<String> topics = List.of(s.rawTopic(), s.recordsTopic(), s.rejectsTopic());
        try (Admin admin = Admin.create(KafkaClients.admin(s.bootstrap(), s.groupId() + "-admin"))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            for (NewTopic created : DeclaredTopics.ensure(admin, topics, s.replicationFactor(), Duration.ofSeconds(30))) {
                LOG.infof("created topic %s (%d partitions, %s)", created.name(), created.numPartitions(), created.configs());
            }
            if (!DeclaredTopics.awaitWritable(admin, topics, Duration.ofSeconds(30))) {
                LOG.warnf("topics %s are not writable on every partition after 30 s", topics);
            }
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
