package org.mcfed.launcher;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.mcfed.col.pipeline.TopicDeclaration;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.pipeline.kafka.DeclaredTopics;
import org.mcfed.pipeline.kafka.KafkaClients;

import java.time.Duration;
import java.util.List;

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
        try (Admin admin = Admin.create(KafkaClients.admin(args[0], "declared-topics"))) {
            List<String> names = Topics.declared().stream().map(TopicDeclaration::name).toList();
            List<NewTopic> created = DeclaredTopics.ensure(admin, names, (short) 1, Duration.ofSeconds(60));
            created.forEach(t -> System.out.printf("created %s: %d partitions, %s%n", t.name(), t.numPartitions(), t.configs()));
            if (!DeclaredTopics.awaitWritable(admin, names, Duration.ofSeconds(60))) {
                System.err.println("the declared topics are not writable on every partition after 60 s");
                System.exit(1);
            }
        }
    }
}
