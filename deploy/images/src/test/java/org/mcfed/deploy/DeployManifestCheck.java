package org.mcfed.deploy;

import org.mcfed.col.pipeline.TopicDeclaration;
import org.mcfed.col.pipeline.Topics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks {@code deploy/k8s} and {@code deploy/compose} against the code of a repository: topics as
 * declared in col-schema's {@code pipeline/topics.csv}, every required config key of each service
 * set, probes on real health endpoints and ports, and images named as {@code deploy/images/pom.xml}
 * builds them. Answers the problems found, each naming the manifest, so an empty list means the
 * manifests deploy what the code expects.
 */
final class DeployManifestCheck {

    static final List<String> SERVICES = List.of("harvester", "normalizer", "index-service");

    private DeployManifestCheck() {
    }

    static List<String> problems(Path repo) {
        List<String> problems = new ArrayList<>();
        KubernetesManifests k8s = new KubernetesManifests(repo.resolve("deploy/k8s"));
        checkTopics(k8s.topics(), problems);
        // A topic auto-created by a consumer gets the broker's defaults, not the declaration.
        if (!"false".equals(k8s.brokerAutoCreate())) {
            problems.add("deploy/k8s: the Kafka resource must set auto.create.topics.enable: false");
        }
        if (!"false".equals(ComposeFile.brokerAutoCreate(repo.resolve("deploy/compose/compose.yaml")))) {
            problems.add("deploy/compose: kafka must set KAFKA_AUTO_CREATE_TOPICS_ENABLE: \"false\"");
        }
        Map<String, String> images = ImageDefinitions.read(repo.resolve("deploy/images/pom.xml"));
        Map<String, DeployedService> kube = k8s.services();
        Map<String, DeployedService> compose = ComposeFile.services(repo.resolve("deploy/compose/compose.yaml"));
        for (String name : SERVICES) {
            ServiceCode code = ServiceCode.read(repo, name);
            for (Map<String, DeployedService> manifests : List.of(kube, compose)) {
                DeployedService s = manifests.get(name);
                if (s == null) {
                    problems.add((manifests == kube ? "deploy/k8s" : "deploy/compose") + ": no " + name);
                    continue;
                }
                checkService(code, s, images.get(name), problems);
            }
        }
        return problems;
    }

    private static void checkTopics(List<KubernetesManifests.Topic> deployed, List<String> problems) {
        Map<String, KubernetesManifests.Topic> byName = deployed.stream()
                .collect(Collectors.toMap(KubernetesManifests.Topic::name, Function.identity(), (a, b) -> a));
        for (TopicDeclaration t : Topics.declared()) {
            KubernetesManifests.Topic k = byName.get(t.name());
            if (k == null) {
                problems.add("deploy/k8s: topic " + t.name() + " is not declared (pipeline/topics.csv: "
                        + t.partitions() + " partitions, " + t.cleanupPolicy() + ")");
            } else if (k.partitions() != t.partitions() || !k.cleanupPolicy().equals(t.cleanupPolicy())) {
                problems.add(k.file() + ": topic " + t.name() + " has " + k.partitions() + " partitions, "
                        + k.cleanupPolicy() + "; the code declares " + t.partitions() + ", " + t.cleanupPolicy());
            }
        }
        Set<String> declared = Topics.declared().stream().map(TopicDeclaration::name).collect(Collectors.toSet());
        deployed.stream().filter(k -> !declared.contains(k.name()))
                .forEach(k -> problems.add(k.file() + ": topic " + k.name() + " is not in pipeline/topics.csv"));
    }

    private static void checkService(ServiceCode code, DeployedService s, String image, List<String> problems) {
        String where = s.manifest() + " " + s.service();
        if (!s.image().equals(image)) {
            problems.add(where + ": image " + s.image() + ", but deploy/images builds " + image);
        }
        for (String key : code.requiredKeys()) {
            if (!s.sets(key)) {
                problems.add(where + ": required key " + key + " (env " + DeployedService.envName(key) + ") is not set");
            }
        }
        int listens = s.listenPort() != null ? s.listenPort() : code.httpPort();
        if (s.containerPort() != null && s.containerPort() != listens) {
            problems.add(where + ": containerPort " + s.containerPort() + " but the service listens on " + listens);
        }
        for (DeployedService.Probe probe : s.probes()) {
            if (!code.healthPaths().contains(probe.path())) {
                problems.add(where + ": " + probe.kind() + " " + probe.path() + " is no health endpoint of " + code.name()
                        + " (" + code.healthPaths() + ")");
            }
            if (probe.port() != listens) {
                problems.add(where + ": " + probe.kind() + " on port " + probe.port() + " but the service listens on " + listens);
            }
        }
    }
}
