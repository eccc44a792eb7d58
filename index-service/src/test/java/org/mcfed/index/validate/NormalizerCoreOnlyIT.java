package org.mcfed.index.validate;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.mcfed.index.testkit.FeedsProfile;
import org.mcfed.kafka.KafkaBrokerResource;
import org.mcfed.normalizer.app.NormalizerService;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validator brings the normalizer's jar onto the index-service's class path for its plain-Java
 * core; this proves the jar's Quarkus side stays out: its {@code application.properties} (port 8083,
 * its test-profile admin password and group id) is not read, and neither its service bean nor its
 * Kafka loop thread exists here.
 */
@QuarkusTest
@TestProfile(FeedsProfile.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class NormalizerCoreOnlyIT {

    @Test
    void theIndexServicesOwnConfigurationWins() throws IOException {
        Config config = ConfigProvider.getConfig();

        // the running test binds a random port (quarkus.http.test-port), so the configured one is read from the files
        List<String> ports = new ArrayList<>();
        config.getConfigSources().forEach(source -> {
            if (source.getName().contains("application.properties") && source.getValue("quarkus.http.port") != null) {
                ports.add(source.getValue("quarkus.http.port"));
            }
        });
        assertThat(ports).containsExactly("8080");
        assertThat(config.getValue("quarkus.application.name", String.class)).isEqualTo("index-service");
        assertThat(config.getOptionalValue("mcfed.normalizer.group-id", String.class)).isEmpty();
        assertThat(config.getOptionalValue("mcfed.admin.password", String.class)).isEmpty();
        List<String> files = new ArrayList<>();
        for (URL url : Collections.list(Thread.currentThread().getContextClassLoader().getResources("application.properties"))) {
            try (InputStream in = url.openStream()) {
                files.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).isNotEmpty().allSatisfy(text -> assertThat(text)
                .contains("quarkus.application.name=index-service").doesNotContain("quarkus.http.port=8083"));
    }

    @Test
    void noNormalizerBeanOrLoopRunsHere() {
        assertThat(Arc.container().instance(NormalizerService.class).isAvailable()).isFalse();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("mcfed-normalizer"));
    }
}
