package org.mcfed.launcher.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the deployments' source lists from {@code deploy/sources.tsv}: the compose file's sandbox
 * sources, the Kubernetes ConfigMap's sources (its {@code application.properties}, the last entry of
 * {@code deploy/k8s/config.yaml}) and the local run against the real registries.
 *
 * <p>{@code deploy/generate-source-lists.sh}, or {@code java -cp ... org.mcfed.launcher.sources.SourceListFiles <repo>}
 */
public final class SourceListFiles {

    static final String COMPOSE = "deploy/compose/sources-sandbox.properties";
    static final String K8S = "deploy/k8s/config.yaml";
    static final String REAL = "deploy/local/real-registries.properties";
    private static final String K8S_BLOCK = "  application.properties: |\n";
    private static final String GENERATED = "generated from " + SourceList.FILE + " by deploy/generate-source-lists.sh: edit that list, not this";

    private SourceListFiles() {
    }

    public static void main(String[] args) {
        Path repo = Path.of(args.length > 0 ? args[0] : "").toAbsolutePath();
        for (Map.Entry<String, String> f : render(repo).entrySet()) {
            try {
                Files.writeString(repo.resolve(f.getKey()), f.getValue());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.out.println("wrote " + f.getKey());
        }
    }

    /** Each generated file (by path in the repository) as it must read. */
    public static Map<String, String> render(Path repo) {
        List<RegistrySource> sources = SourceList.read(repo);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(COMPOSE, compose(sources));
        files.put(K8S, kubernetes(sources, read(repo.resolve(K8S))));
        files.put(REAL, realRegistries(sources));
        return files;
    }

    static String compose(List<RegistrySource> sources) {
        return "# The sandbox's registries, as the compose file's harvester sees them (" + GENERATED + ").\n"
                + sources.stream().map(s -> SourceList.properties(s, SourceList.inSandbox("http://registry-sandbox:8090", s),
                        SourceList.settings("schedule", "1h", "enabled", "true", "rate-limit", "50"))).collect(Collectors.joining());
    }

    static String kubernetes(List<RegistrySource> sources, String configYaml) {
        int block = configYaml.indexOf(K8S_BLOCK);
        if (block < 0) {
            throw new IllegalStateException(K8S + " has no '" + K8S_BLOCK.strip() + "' entry for the sources");
        }
        StringBuilder p = new StringBuilder("# " + GENERATED + "\n");
        sources.stream().filter(s -> s.publicSite() != null && s.nightlyCron() != null)
                .forEach(s -> p.append(SourceList.properties(s, s.publicSite(),
                        SourceList.settings("schedule", s.nightlyCron(), "enabled", "true"))));
        return configYaml.substring(0, block + K8S_BLOCK.length()) + p.toString().lines().map(l -> "    " + l + "\n").collect(Collectors.joining());
    }

    static String realRegistries(List<RegistrySource> sources) {
        return """
                # The real national registries (public web sites). Use with:
                #   deploy/run-local.sh --registries deploy/local/real-registries.properties
                # The sandbox is then not started. Harvests are polite: one request per second per host.
                # Base URLs are the registries' public sites; the page paths each connector requests are those
                # described in docs/sources/*.md (some marked "chosen" there): check them against the live
                # sites before relying on a harvest, and fix a path difference in that connector's folder.
                """ + "# " + GENERATED + "\n"
                + sources.stream().filter(s -> s.publicSite() != null)
                .map(s -> SourceList.properties(s, s.publicSite(), SourceList.settings("schedule", "24h", "rate-limit", "1"))).collect(Collectors.joining("\n"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
