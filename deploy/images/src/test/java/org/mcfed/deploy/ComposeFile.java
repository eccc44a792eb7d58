package org.mcfed.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code deploy/compose/compose.yaml}: each service as a {@link DeployedService} (compose declares no probes). Read
 * with SnakeYAML, which resolves anchors and {@code <<:} merge keys as compose does; replicas written as
 * {@code <service>-1}, {@code <service>-2} are each checked as {@code <service>}.
 */
final class ComposeFile {

    private static final Pattern REPLICA = Pattern.compile("-\\d+$");

    private ComposeFile() {
    }

    /** Two replicas of one service must be written alike; the check then sees one, and a difference fails it. */
    private static DeployedService unlessEveryReplicaMatches(DeployedService a, DeployedService b) {
        if (!a.image().equals(b.image()) || !a.envNames().equals(b.envNames()) || !a.fileKeys().equals(b.fileKeys())
                || !Objects.equals(a.listenPort(), b.listenPort())) {
            throw new IllegalStateException("deploy/compose: the replicas of " + a.service() + " differ");
        }
        return a;
    }

    /** The kafka service's {@code KAFKA_AUTO_CREATE_TOPICS_ENABLE}, null when unset (the image's default: true). */
    static String brokerAutoCreate(Path composeFile) {
        JsonNode value = read(composeFile).path("services").path("kafka").path("environment").path("KAFKA_AUTO_CREATE_TOPICS_ENABLE");
        return value.isMissingNode() ? null : value.asText();
    }

    private static JsonNode read(Path composeFile) {
        try (Reader in = Files.newBufferedReader(composeFile)) {
            return new ObjectMapper().valueToTree(new Yaml().load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, DeployedService> services(Path composeFile) {
        JsonNode root = read(composeFile);
        Map<String, DeployedService> services = new HashMap<>();
        Set<String> named = new HashSet<>();
        root.path("services").fieldNames().forEachRemaining(named::add);
        root.path("services").fields().forEachRemaining(entry -> {
            JsonNode s = entry.getValue();
            Map<String, String> env = new HashMap<>();
            JsonNode environment = s.path("environment");
            if (environment.isArray()) {
                environment.forEach(e -> {
                    String[] kv = e.asText().split("=", 2);
                    env.put(kv[0], kv.length > 1 ? kv[1] : "");
                });
            } else {
                environment.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
            }
            Set<String> fileKeys = new HashSet<>();
            String location = env.get("QUARKUS_CONFIG_LOCATIONS");
            for (JsonNode volume : s.path("volumes")) {
                String[] parts = volume.asText().split(":");
                if (location != null && parts.length >= 2 && parts[1].equals(location) && parts[0].startsWith(".")) {
                    fileKeys.addAll(KubernetesManifests.propertyKeys(ServiceCode.read(composeFile.resolveSibling(parts[0]))));
                }
            }
            String port = env.get("QUARKUS_HTTP_PORT");
            String service = REPLICA.matcher(entry.getKey()).replaceFirst("");
            String name = named.contains(service) ? entry.getKey() : service;
            services.merge(name, new DeployedService("deploy/compose/" + composeFile.getFileName(), name,
                    s.path("image").asText(), env.keySet(), fileKeys, port == null ? null : Integer.valueOf(port),
                    null, List.of()), ComposeFile::unlessEveryReplicaMatches);
        });
        return services;
    }
}
