package org.mcfed.harvester.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mcfed.harvester.kafka.HarvesterClients;

import java.util.concurrent.TimeUnit;

/** Ready when the Kafka cluster answers: without it nothing can be published or checkpointed. */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements HealthCheck {

    @ConfigProperty(name = "mcfed.kafka.bootstrap")
    String bootstrap;

    @Override
    public HealthCheckResponse call() {
        try (Admin admin = new HarvesterClients(bootstrap).admin()) {
            String cluster = admin.describeCluster().clusterId().get(5, TimeUnit.SECONDS);
            return HealthCheckResponse.named("kafka").up().withData("bootstrap", bootstrap).withData("cluster", cluster).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("kafka").down().withData("bootstrap", bootstrap)
                    .withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
