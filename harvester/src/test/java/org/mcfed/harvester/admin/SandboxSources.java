package org.mcfed.harvester.admin;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.mcfed.sandbox.RegistrySandbox;

import java.util.Map;

/**
 * Starts the registry sandbox (small scale) for a {@code @QuarkusTest} and configures the harvester
 * with the keys of api.md: NZQA enabled and on manual schedule, MQA configured but disabled.
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
        return Map.of(
                "mcfed.sources.nzqa.connector", "nzqa",
                "mcfed.sources.nzqa.base-url", sandbox.baseUrl("nzqa").toString(),
                "mcfed.sources.nzqa.schedule", "manual",
                "mcfed.sources.nzqa.rate-limit", "1000",
                "mcfed.sources.mqa.connector", "mqa",
                "mcfed.sources.mqa.base-url", sandbox.baseUrl("mqa").toString(),
                "mcfed.sources.mqa.enabled", "false",
                "mcfed.harvester.admin-password", PASSWORD,
                "mcfed.harvester.instance-id", "admin-it");
    }

    @Override
    public void stop() {
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }
}
