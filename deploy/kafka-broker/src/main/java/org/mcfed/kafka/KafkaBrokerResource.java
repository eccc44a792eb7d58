package org.mcfed.kafka;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Starts a real in-process KRaft broker for a {@code @QuarkusTest} and points the app at it:
 * {@code @QuarkusTestResource(KafkaBrokerResource.class)}. Sets {@code mcfed.kafka.bootstrap} and
 * {@code kafka.bootstrap.servers}. {@link #broker()} gives tests the running broker (to restart it).
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private static volatile KraftBroker current;

    /** The broker of the running test suite. */
    public static KraftBroker broker() {
        return current;
    }

    @Override
    public Map<String, String> start() {
        current = KraftBroker.onFreePorts().start();
        return Map.of(
                "mcfed.kafka.bootstrap", current.bootstrapServers(),
                "kafka.bootstrap.servers", current.bootstrapServers());
    }

    @Override
    public void stop() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
