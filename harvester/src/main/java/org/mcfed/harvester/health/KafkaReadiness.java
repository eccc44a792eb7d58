package org.mcfed.harvester.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.mcfed.harvester.config.HarvesterConfig;
import org.mcfed.harvester.kafka.KafkaClients;

import java.util.concurrent.TimeUnit;

/** Ready when the Kafka cluster answers: without it nothing can be published or checkpointed. */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements HealthCheck {

    @Inject
    HarvesterConfig config;

    @Override
    public HealthCheckResponse call() {
        String bootstrap = config.kafka().bootstrap();
        try (Admin admin = new KafkaClients(bootstrap).admin()) {
            String cluster = admin.describeCluster().clusterId().get(5, TimeUnit.SECONDS);
            return HealthCheckResponse.named("kafka").up().withData("bootstrap", bootstrap).withData("cluster", cluster).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("kafka").down().withData("bootstrap", bootstrap)
                    .withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
