package org.mcfed.normalizer.app;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.mcfed.normalizer.RawTopicNormalizer;

/** Health of the normalizer loop: live while it runs, ready once its state is rebuilt from Kafka. */
public final class NormalizerHealth {

    private NormalizerHealth() {
    }

    private static HealthCheckResponse describe(String name, boolean up, RawTopicNormalizer loop) {
        return HealthCheckResponse.named(name).status(up)
                .withData("consumed", loop.consumedCount())
                .withData("knownRecords", loop.knownRecords())
                .withData("sameAsStateMadeFrom", String.valueOf(loop.sameAsStateMade()))
                .withData("rawPartitions", loop.assignedRawPartitions().toString())
                .withData("lastError", loop.lastError() == null ? "none" : loop.lastError())
                .build();
    }

    /** Liveness: the consumer loop thread is running. */
    @Liveness
    @ApplicationScoped
    public static class Live implements HealthCheck {
        private final NormalizerService service;

        public Live(NormalizerService service) {
            this.service = service;
        }

        @Override
        public HealthCheckResponse call() {
            return describe("normalizer-loop", service.loop().isRunning(), service.loop());
        }
    }

    /** Readiness: the loop rebuilt its sameAs state from mcfed.records.v1 and consumes mcfed.raw.v1. */
    @Readiness
    @ApplicationScoped
    public static class Ready implements HealthCheck {
        private final NormalizerService service;

        public Ready(NormalizerService service) {
            this.service = service;
        }

        @Override
        public HealthCheckResponse call() {
            return describe("normalizer-kafka", service.loop().isReady(), service.loop());
        }
    }
}
