package org.mcfed.launcher;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.mcfed.col.pipeline.TopicDeclaration;
import org.mcfed.col.pipeline.Topics;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Creates every topic col-schema's {@code pipeline/topics.csv} declares on a broker, replication 1,
 * as the Strimzi topic operator does from {@code deploy/k8s/topics.yaml} in a cluster. The image
 * smoke test ({@code deploy/images/check-image.sh}) runs it, so a service started alone finds the
 * topics a deployment provides (the index-service, for one, is ready only once it has read them).
 *
 * <p>{@code java -cp ... org.mcfed.launcher.DeclaredTopicsMain <bootstrap>}
 */
public final class DeclaredTopicsMain {

    private DeclaredTopicsMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: DeclaredTopicsMain <bootstrap servers>");
            System.exit(2);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]))) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = Topics.declared().stream().filter(t -> !existing.contains(t.name()))
                    .map(DeclaredTopicsMain::newTopic).toList();
            admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            missing.forEach(t -> System.out.printf("created %s: %d partitions, %s%n", t.name(), t.numPartitions(), t.configs()));
        }
    }

    private static NewTopic newTopic(TopicDeclaration t) {
        return new NewTopic(t.name(), t.partitions(), (short) 1)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, t.cleanupPolicy()));
    }
}
