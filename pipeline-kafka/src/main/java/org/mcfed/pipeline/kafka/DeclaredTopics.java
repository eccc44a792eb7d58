package org.mcfed.pipeline.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.mcfed.col.pipeline.TopicDeclaration;
import org.mcfed.col.pipeline.Topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
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
     * Waits until every partition of {@code names} has a leader (writes to a topic created a moment
     * ago fail until then); false when some still have none after {@code timeout}.
     */
    public static boolean awaitLeaders(Admin admin, Collection<String> names, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                boolean ready = admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS).values().stream()
                        .allMatch(d -> d.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
                if (ready) {
                    return true;
                }
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                // not described yet: a topic just created is not known to every broker at once
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return false;
    }
}
