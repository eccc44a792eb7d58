package org.mcfed.connector.microcred;

import org.junit.jupiter.api.Test;
import org.mcfed.connector.Connector;
import org.mcfed.connector.Connectors;
import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.run.ShapeChangeCheck;
import org.mcfed.sandbox.RegistrySandbox;
import org.mcfed.sandbox.fault.FaultSpec;

import java.time.Duration;
import java.util.Map;

/** The Microcred Seeker redesigns its detail pages (the sandbox's "redesign" fault): the run fails clearly and keeps the index. */
class MicrocredRegistryRedesignIT {

    @Test
    void aRedesignedRegistryFailsTheRunWithoutReplacingOrDeletingAnything() {
        try (RegistrySandbox sandbox = RegistrySandbox.builder().seed(7).scale(0.2).port(0).build().start()) {
            Connector connector = Connectors.byName("microcred-seeker");
            SourceConfig config = new SourceConfig("microcred-seeker", "microcred-seeker", sandbox.baseUrl("microcred-seeker"), 2000, 6, Duration.ofMillis(5),
                    Duration.ofMillis(100), Duration.ofSeconds(5), SourceConfig.DEFAULT_USER_AGENT, Map.of());
            ShapeChangeCheck.assertRedesignFailsAndKeepsTheIndex(connector::newTask, config,
                    () -> sandbox.faults("microcred-seeker", FaultSpec.redesigned()));
        }
    }
}
