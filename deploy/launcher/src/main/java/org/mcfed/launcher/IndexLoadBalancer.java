package org.mcfed.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * HAProxy (Debian's {@code haproxy} package) in front of the index-service replicas of a local run,
 * on the public index port. Its configuration comes from the template {@code index-load-balancer.cfg}
 * beside this class and is written to the run folder; the template explains each setting. HAProxy
 * rather than open-source nginx because nginx has no active health checks: a replica that is still
 * rebuilding its index would get traffic.
 */
final class IndexLoadBalancer {

    static final String TEMPLATE = "index-load-balancer.cfg";
    private static final List<Path> KNOWN_LOCATIONS = List.of(Path.of("/usr/sbin/haproxy"), Path.of("/usr/bin/haproxy"),
            Path.of("/usr/local/sbin/haproxy"));

    private IndexLoadBalancer() {
    }

    /** The HAProxy process, its configuration written to {@code <run dir>/load-balancer/haproxy.cfg}. */
    static ServiceProcess process(String name, PipelineOptions options, Map<String, Integer> replicas, List<String> launch) {
        Path config = options.runDir().resolve("load-balancer").resolve("haproxy.cfg");
        write(config, render(options.indexPort(), replicas));
        List<String> cmd = new ArrayList<>(launch);
        // -db: stay in the foreground, so the launcher owns the process and SIGKILL/SIGTERM reach it
        cmd.addAll(List.of(executable().toString(), "-db", "-f", config.toString()));
        return new ServiceProcess(name, cmd, options.indexPort(), options.runDir().resolve("logs").resolve(name + ".log"));
    }

    /** The template with the listening port and one health-checked server line per replica. */
    static String render(int port, Map<String, Integer> replicas) {
        StringBuilder servers = new StringBuilder();
        replicas.forEach((replica, replicaPort) -> servers.append("    server ").append(replica)
                .append(" 127.0.0.1:").append(replicaPort).append(" check\n"));
        return template().replace("${BIND}", "0.0.0.0:" + port).replace("${SERVERS}", servers.toString().stripTrailing());
    }

    private static String template() {
        try (InputStream in = IndexLoadBalancer.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is missing from the launcher's class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path executable() {
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, "haproxy"));
        return Stream.concat(onPath, KNOWN_LOCATIONS.stream()).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("index-service replicas need HAProxy as their load balancer, "
                        + "and no haproxy executable was found: apt-get install haproxy (or run one replica)"));
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
