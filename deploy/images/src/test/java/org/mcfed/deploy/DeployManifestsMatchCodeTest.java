package org.mcfed.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/k8s and deploy/compose deploy what the code expects (topics, required config keys, probes,
 * images), and the check sees it when a copy of them is broken in each of those ways.
 */
class DeployManifestsMatchCodeTest {

    /** Surefire runs in deploy/images. */
    private static final Path REPO = Path.of("../..").toAbsolutePath().normalize();

    @TempDir
    Path copy;

    @Test
    void theManifestsMatchTheCode() {
        assertThat(DeployManifestCheck.problems(REPO)).isEmpty();
    }

    @Test
    void aTopicWithOtherPartitionsThanTheCodeDeclaresIsFound() throws IOException {
        Path root = brokenCopy("deploy/k8s/topics.yaml", "topicName: mcfed.raw.v1\n  partitions: 12", "topicName: mcfed.raw.v1\n  partitions: 4");
        assertThat(DeployManifestCheck.problems(root))
                .containsExactly("deploy/k8s/topics.yaml: topic mcfed.raw.v1 has 4 partitions, delete; the code declares 12, delete");
    }

    @Test
    void aRecordsTopicWithoutCompactionIsFound() throws IOException {
        Path root = brokenCopy("deploy/k8s/topics.yaml", "partitions: 12\n  replicas: 3\n  config:\n    cleanup.policy: compact",
                "partitions: 12\n  replicas: 3\n  config:\n    cleanup.policy: delete");
        assertThat(DeployManifestCheck.problems(root))
                .containsExactly("deploy/k8s/topics.yaml: topic mcfed.records.v1 has 12 partitions, delete; the code declares 12, compact");
    }

    @Test
    void aMissingTopicIsFound() throws IOException {
        Path root = brokenCopy("deploy/k8s/topics.yaml", "name: mcfed.rejects.v1", "name: mcfed.rejects.v0");
        Files.writeString(root.resolve("deploy/k8s/topics.yaml"),
                Files.readString(root.resolve("deploy/k8s/topics.yaml")).replace("topicName: mcfed.rejects.v1", "topicName: mcfed.rejects.v0"));
        assertThat(DeployManifestCheck.problems(root)).containsExactlyInAnyOrder(
                "deploy/k8s: topic mcfed.rejects.v1 is not declared (pipeline/topics.csv: 3 partitions, delete)",
                "deploy/k8s/topics.yaml: topic mcfed.rejects.v0 is not in pipeline/topics.csv");
    }

    @Test
    void aBrokerThatAutoCreatesTopicsIsFound() throws IOException {
        Path root = brokenCopy("deploy/compose/compose.yaml", "KAFKA_AUTO_CREATE_TOPICS_ENABLE: \"false\"", "KAFKA_AUTO_CREATE_TOPICS_ENABLE: \"true\"");
        assertThat(DeployManifestCheck.problems(root)).containsExactly("deploy/compose: kafka must set KAFKA_AUTO_CREATE_TOPICS_ENABLE: \"false\"");
    }

    @Test
    void aRequiredKeyLeftUnsetIsFoundForEveryServiceThatNeedsIt() throws IOException {
        Path root = brokenCopy("deploy/k8s/config.yaml", "  MCFED_KAFKA_BOOTSTRAP: mcfed-kafka-bootstrap:9092\n", "");
        assertThat(DeployManifestCheck.problems(root)).containsExactlyInAnyOrderElementsOf(DeployManifestCheck.SERVICES.stream()
                .map(s -> "deploy/k8s/" + s + ".yaml " + s + ": required key mcfed.kafka.bootstrap (env MCFED_KAFKA_BOOTSTRAP) is not set")
                .toList());
    }

    @Test
    void theHarvestersAdminPasswordLeftOutOfComposeIsFound() throws IOException {
        Path root = brokenCopy("deploy/compose/compose.yaml",
                "QUARKUS_CONFIG_LOCATIONS: /config/sources.properties\n      MCFED_ADMIN_USERNAME: admin\n      MCFED_ADMIN_PASSWORD: ${MCFED_ADMIN_PASSWORD}\n",
                "QUARKUS_CONFIG_LOCATIONS: /config/sources.properties\n      MCFED_ADMIN_USERNAME: admin\n");
        assertThat(DeployManifestCheck.problems(root)).containsExactly(
                "deploy/compose/compose.yaml harvester: required key mcfed.admin.password (env MCFED_ADMIN_PASSWORD) is not set");
    }

    @Test
    void aProbeOnAPathThatIsNoHealthEndpointIsFound() throws IOException {
        Path root = brokenCopy("deploy/k8s/index-service.yaml", "path: /q/health/ready", "path: /health/ready");
        assertThat(DeployManifestCheck.problems(root)).containsExactly(
                "deploy/k8s/index-service.yaml index-service: readinessProbe /health/ready is no health endpoint of index-service"
                        + " (" + ServiceCode.read(REPO, "index-service").healthPaths() + ")");
    }

    @Test
    void aServiceListeningOnAnotherPortThanItsProbesIsFound() throws IOException {
        Path root = brokenCopy("deploy/k8s/normalizer.yaml", "name: QUARKUS_HTTP_PORT\n              value: \"8080\"",
                "name: QUARKUS_HTTP_PORT\n              value: \"8083\"");
        assertThat(DeployManifestCheck.problems(root)).containsExactlyInAnyOrder(
                "deploy/k8s/normalizer.yaml normalizer: containerPort 8080 but the service listens on 8083",
                "deploy/k8s/normalizer.yaml normalizer: readinessProbe on port 8080 but the service listens on 8083",
                "deploy/k8s/normalizer.yaml normalizer: livenessProbe on port 8080 but the service listens on 8083");
    }

    @Test
    void anImageTheBuildDoesNotMakeIsFound() throws IOException {
        Path root = brokenCopy("deploy/compose/compose.yaml", "image: mcfed/normalizer:0.1.0", "image: mcfed/normalizer:latest");
        assertThat(DeployManifestCheck.problems(root)).containsExactly(
                "deploy/compose/compose.yaml normalizer: image mcfed/normalizer:latest, but deploy/images builds mcfed/normalizer:0.1.0");
    }

    /** The manifests and image definitions copied, one text in one file replaced; the services' code linked as it is. */
    private Path brokenCopy(String file, String text, String replacement) throws IOException {
        for (String dir : new String[] {"deploy/k8s", "deploy/compose"}) {
            Files.createDirectories(copy.resolve(dir));
            try (Stream<Path> files = Files.list(REPO.resolve(dir))) {
                for (Path f : files.toList()) {
                    Files.copy(f, copy.resolve(dir).resolve(f.getFileName()));
                }
            }
        }
        Files.createDirectories(copy.resolve("deploy/images"));
        Files.copy(REPO.resolve("deploy/images/pom.xml"), copy.resolve("deploy/images/pom.xml"));
        for (String service : DeployManifestCheck.SERVICES) {
            Files.createSymbolicLink(copy.resolve(service), REPO.resolve(service));
        }
        String original = Files.readString(copy.resolve(file));
        assertThat(original).as("the text to break in %s", file).contains(text);
        Files.writeString(copy.resolve(file), original.replace(text, replacement));
        return copy;
    }
}
