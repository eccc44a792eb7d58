package org.mcfed.deploy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RequiredConfigKeysTest {

    @ConfigMapping(prefix = "demo")
    interface DemoConfig {
        String baseUrl();

        @WithDefault("1")
        int workers();

        Optional<String> token();

        Map<String, String> labels();

        List<String> hosts();

        Limits limits();

        interface Limits {
            Duration timeout();

            @WithName("max")
            int maximum();

            @WithDefault("10")
            int burst();
        }
    }

    @Test
    void keysWithoutDefaultThatAreNotOptionalAreRequiredInGroupsToo() {
        assertThat(ServiceCode.requiredKeysOf(DemoConfig.class))
                .containsExactly("demo.base-url", "demo.hosts", "demo.limits.max", "demo.limits.timeout");
    }

    @Test
    void theServicesRequireTheBrokerAndTheHarvesterItsAdminPassword() {
        java.nio.file.Path repo = java.nio.file.Path.of("../..").toAbsolutePath().normalize();
        assertThat(ServiceCode.read(repo, "harvester").requiredKeys()).contains("mcfed.kafka.bootstrap", "mcfed.admin.password");
        assertThat(ServiceCode.read(repo, "normalizer").requiredKeys()).contains("mcfed.kafka.bootstrap");
        assertThat(ServiceCode.read(repo, "index-service").healthPaths()).contains("/q/health/live", "/q/health/ready");
    }
}
