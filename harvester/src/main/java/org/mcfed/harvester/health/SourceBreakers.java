package org.mcfed.harvester.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.mcfed.harvester.app.HarvesterRuntime;
import org.mcfed.harvester.run.SourceControl;

/**
 * The breaker of every source, for the operators' dashboard. Always up: a registry that is down
 * is the registry's problem, and restarting the harvester would not help it.
 */
@Liveness
@ApplicationScoped
public class SourceBreakers implements HealthCheck {

    @Inject
    HarvesterRuntime runtime;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("harvest-sources").up();
        for (SourceControl c : runtime.engine().controls()) {
            b.withData(c.source().name(), c.breaker().state().name().toLowerCase() + (c.paused() ? ", paused" : ""));
        }
        return b.build();
    }
}
