package org.mcfed.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code deploy/compose/compose.yaml}: each service as a {@link DeployedService} (compose declares no probes). */
final class ComposeFile {

    private ComposeFile() {
    }

    /** The kafka service's {@code KAFKA_AUTO_CREATE_TOPICS_ENABLE}, null when unset (the image's default: true). */
    static String brokerAutoCreate(Path composeFile) {
        JsonNode value = read(composeFile).path("services").path("kafka").path("environment").path("KAFKA_AUTO_CREATE_TOPICS_ENABLE");
        return value.isMissingNode() ? null : value.asText();
    }

    private static JsonNode read(Path composeFile) {
        try {
            return new YAMLMapper().readTree(composeFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, DeployedService> services(Path composeFile) {
        JsonNode root = read(composeFile);
        Map<String, DeployedService> services = new HashMap<>();
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
            services.put(entry.getKey(), new DeployedService("deploy/compose/" + composeFile.getFileName(), entry.getKey(),
                    s.path("image").asText(), env.keySet(), fileKeys, port == null ? null : Integer.valueOf(port),
                    null, List.of()));
        });
        return services;
    }
}
