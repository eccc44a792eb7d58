package org.mcfed.pipeline.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.mcfed.col.pipeline.TopicDeclaration;
import org.mcfed.col.pipeline.Topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates the pipeline's topics as col-schema's {@code pipeline/topics.csv} declares them
 * ({@link Topics#declaration}): partitions and cleanup policy from the file, replication the
 * deployment's choice. A topic that exists is left as it is; another service creating it at the
 * same moment is not an error.
 */
public final class DeclaredTopics {

    private DeclaredTopics() {
    }

    /** The topic as declared, with {@code replication} replicas. */
    public static NewTopic newTopic(TopicDeclaration declaration, short replication) {
        return new NewTopic(declaration.name(), declaration.partitions(), replication)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, declaration.cleanupPolicy()));
    }

    /** Creates those of {@code names} that do not exist yet; returns the topics it created. */
    public static List<NewTopic> ensure(Admin admin, Collection<String> names, short replication, Duration timeout)
            throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        List<NewTopic> created = new ArrayList<>();
        for (String name : names) {
            if (existing.contains(name)) {
                continue;
            }
            NewTopic topic = newTopic(Topics.declaration(name), replication);
            try {
                admin.createTopics(List.of(topic)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                created.add(topic);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        return created;
    }

    /**
     * Waits until every partition of {@code names} is led by a broker that will take writes: the
     * topics are described with a leader for each partition, and each leader has answered for its
     * partition's end offset, which it does only once it leads the partition's log (a broker
     * publishes a new leader in its metadata a moment before it leads the log). False when that is
     * not so after {@code timeout}.
     *
     * <p>Why it matters more than a delay: an idempotent producer that writes to a partition in
     * that moment can have its first request refused (retriable) and its second accepted, after
     * which every retry of the first fails as out of order until the delivery timeout drops its
     * records (KAFKA-15591; it cost a CI run fifteen minutes and a batch of ten records).
     */
    public static boolean awaitWritable(Admin admin, Collection<String> names, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
                boolean led = true;
                for (TopicDescription d : described.values()) {
                    for (TopicPartitionInfo p : d.partitions()) {
                        led &= p.leader() != null && !p.leader().isEmpty();
                        ends.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest());
                    }
                }
                if (led) {
                    admin.listOffsets(ends).all().get(10, TimeUnit.SECONDS);
                    return true;
                }
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                // not described or not led yet: a topic just created is not known to every broker at once
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return false;
    }
}
