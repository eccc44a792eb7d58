package org.mcfed.harvester.admin;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.mcfed.sandbox.RegistrySandbox;

import java.util.Map;

/**
 * Starts the registry sandbox (small scale) for a {@code @QuarkusTest} and configures the harvester
 * with the keys of api.md: NZQA and a COL feed ({@code pqr}) enabled and on manual schedule, MQA configured but disabled.
 */
public class SandboxSources implements QuarkusTestResourceLifecycleManager {

    public static final String PASSWORD = "test-secret";

    private static volatile RegistrySandbox sandbox;

    public static RegistrySandbox sandbox() {
        return sandbox;
    }

    @Override
    public Map<String, String> start() {
        sandbox = RegistrySandbox.builder().seed(7).scale(0.2).port(0).build().start();
        return Map.ofEntries(
                Map.entry("mcfed.sources.nzqa.connector", "nzqa"),
                Map.entry("mcfed.sources.nzqa.base-url", sandbox.baseUrl("nzqa").toString()),
                Map.entry("mcfed.sources.nzqa.schedule", "manual"),
                Map.entry("mcfed.sources.nzqa.rate-limit", "1000"),
                Map.entry("mcfed.sources.pqr.connector", "col-feed"),
                Map.entry("mcfed.sources.pqr.base-url", sandbox.baseUrl("col-feed").toString()),
                Map.entry("mcfed.sources.pqr.schedule", "manual"),
                Map.entry("mcfed.sources.pqr.rate-limit", "1000"),
                Map.entry("mcfed.sources.mqa.connector", "mqa"),
                Map.entry("mcfed.sources.mqa.base-url", sandbox.baseUrl("mqa").toString()),
                Map.entry("mcfed.sources.mqa.enabled", "false"),
                Map.entry("mcfed.harvester.admin-password", PASSWORD),
                Map.entry("mcfed.harvester.instance-id", "admin-it"));
    }

    @Override
    public void stop() {
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }
}
