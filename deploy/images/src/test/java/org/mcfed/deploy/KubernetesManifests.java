package org.mcfed.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The documents of {@code deploy/k8s/*.yaml} read as plain YAML: the workloads (Deployments and
 * StatefulSets) as {@link DeployedService}s, and the Strimzi {@code KafkaTopic}s.
 */
final class KubernetesManifests {

    record Topic(String file, String name, int partitions, String cleanupPolicy) {
    }

    private record Doc(String file, JsonNode node) {
    }

    private final List<Doc> docs = new ArrayList<>();
    private final Map<String, JsonNode> configMaps = new HashMap<>();
    private final Map<String, JsonNode> secrets = new HashMap<>();

    KubernetesManifests(Path dir) {
        ObjectMapper yaml = new YAMLMapper();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try (var parser = new YAMLFactory().createParser(Files.readString(f))) {
                    for (JsonNode n : (Iterable<JsonNode>) () -> readAll(yaml, parser)) {
                        if (n != null && n.isObject()) {
                            docs.add(new Doc("deploy/k8s/" + f.getFileName(), n));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Doc d : docs) {
            String name = d.node.path("metadata").path("name").asText();
            switch (d.node.path("kind").asText()) {
                case "ConfigMap" -> configMaps.put(name, d.node.path("data"));
                case "Secret" -> secrets.put(name, d.node.has("stringData") ? d.node.path("stringData") : d.node.path("data"));
                default -> { }
            }
            d.node.path("secretGenerator").forEach(g -> secrets.put(g.path("name").asText(), generatedKeys(dir, g)));
        }
    }

    /**
     * The keys of a kustomize-generated Secret: from its env files, or from their committed {@code .example}
     * (the real env file holds the secret and is never committed).
     */
    private static JsonNode generatedKeys(Path dir, JsonNode generator) {
        var keys = new ObjectMapper().createObjectNode();
        generator.path("literals").forEach(l -> keys.put(l.asText().split("=", 2)[0], ""));
        for (JsonNode env : generator.path("envs")) {
            Path file = dir.resolve(env.asText());
            Path read = Files.exists(file) ? file : dir.resolve(env.asText() + ".example");
            if (Files.exists(read)) {
                propertyKeys(ServiceCode.read(read)).forEach(k -> keys.put(k, ""));
            }
        }
        return keys;
    }

    private static java.util.Iterator<JsonNode> readAll(ObjectMapper yaml, com.fasterxml.jackson.core.JsonParser parser) {
        try {
            return yaml.readValues(parser, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Strimzi {@code Kafka} resource's {@code auto.create.topics.enable}, null when it has none. */
    String brokerAutoCreate() {
        return docs.stream().filter(d -> d.node.path("kind").asText().equals("Kafka"))
                .map(d -> d.node.path("spec").path("kafka").path("config").path("auto.create.topics.enable"))
                .filter(n -> !n.isMissingNode()).map(JsonNode::asText).findFirst().orElse(null);
    }

    List<Topic> topics() {
        List<Topic> topics = new ArrayList<>();
        for (Doc d : docs) {
            if (d.node.path("kind").asText().equals("KafkaTopic")) {
                JsonNode spec = d.node.path("spec");
                String name = spec.path("topicName").asText(d.node.path("metadata").path("name").asText());
                topics.add(new Topic(d.file, name, spec.path("partitions").asInt(-1),
                        spec.path("config").path("cleanup.policy").asText("delete")));
            }
        }
        return topics;
    }

    /** The first container of every Deployment and StatefulSet, by container name. */
    Map<String, DeployedService> services() {
        Map<String, DeployedService> services = new HashMap<>();
        for (Doc d : docs) {
            String kind = d.node.path("kind").asText();
            if (!kind.equals("Deployment") && !kind.equals("StatefulSet")) {
                continue;
            }
            JsonNode pod = d.node.path("spec").path("template").path("spec");
            JsonNode c = pod.path("containers").path(0);
            Set<String> env = new HashSet<>();
            Map<String, String> values = new HashMap<>();
            c.path("env").forEach(e -> {
                env.add(e.path("name").asText());
                values.put(e.path("name").asText(), e.path("value").asText(null));
            });
            c.path("envFrom").forEach(from -> {
                JsonNode source = from.has("configMapRef") ? configMaps.get(from.path("configMapRef").path("name").asText())
                        : secrets.get(from.path("secretRef").path("name").asText());
                if (source != null) {
                    source.fieldNames().forEachRemaining(env::add);
                }
            });
            Map<String, Integer> ports = new HashMap<>();
            c.path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
            List<DeployedService.Probe> probes = new ArrayList<>();
            for (String kindOfProbe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
                JsonNode get = c.path(kindOfProbe).path("httpGet");
                if (!get.isMissingNode()) {
                    JsonNode port = get.path("port");
                    probes.add(new DeployedService.Probe(kindOfProbe, get.path("path").asText(),
                            port.isInt() ? port.asInt() : ports.getOrDefault(port.asText(), -1)));
                }
            }
            String listen = values.get("QUARKUS_HTTP_PORT");
            Integer containerPort = c.path("ports").path(0).path("containerPort").isInt()
                    ? c.path("ports").path(0).path("containerPort").asInt() : null;
            services.put(c.path("name").asText(), new DeployedService(d.file, c.path("name").asText(), c.path("image").asText(),
                    env, mountedConfigKeys(pod, c, values.get("QUARKUS_CONFIG_LOCATIONS")),
                    listen == null ? null : Integer.valueOf(listen), containerPort, probes));
        }
        return services;
    }

    /** Keys of the properties file QUARKUS_CONFIG_LOCATIONS names, when a mounted ConfigMap provides it. */
    private Set<String> mountedConfigKeys(JsonNode pod, JsonNode container, String location) {
        Set<String> keys = new HashSet<>();
        if (location == null) {
            return keys;
        }
        for (JsonNode mount : container.path("volumeMounts")) {
            for (JsonNode volume : pod.path("volumes")) {
                JsonNode cm = volume.path("configMap");
                if (!volume.path("name").asText().equals(mount.path("name").asText()) || cm.isMissingNode()) {
                    continue;
                }
                JsonNode data = configMaps.get(cm.path("name").asText());
                for (JsonNode item : cm.path("items")) {
                    if (data != null && location.equals(mount.path("mountPath").asText() + "/" + item.path("path").asText())) {
                        keys.addAll(propertyKeys(data.path(item.path("key").asText()).asText()));
                    }
                }
            }
        }
        return keys;
    }

    static Set<String> propertyKeys(String properties) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(properties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.stringPropertyNames();
    }
}
