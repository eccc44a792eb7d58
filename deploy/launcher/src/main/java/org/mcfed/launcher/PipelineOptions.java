package org.mcfed.launcher;

import org.mcfed.kafka.KraftBroker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How the local pipeline runs: where the repository and the run folder are, the sandbox's scale
 * and seed, or a properties file naming real registries instead of the sandbox, and the ports.
 * {@code indexReplicaPorts} empty: one index-service on {@code indexPort}; otherwise one replica per
 * port, behind a load balancer on {@code indexPort}. {@code requestTimeout}: the harvester's timeout
 * of one request to a registry. {@code detailConcurrency}: detail pages each sandbox source fetches at
 * once (0: the connector's default), so that a run under faults is not one stalled request per source.
 * {@code stagePriorities}: the harvest yields the CPU to the stages after it when the machine is
 * saturated ({@link LocalPipeline}); off, every service has the same priority.
 */
public record PipelineOptions(
        Path repo,
        Path runDir,
        double scale,
        long seed,
        Path registries,
        int indexPort,
        int harvesterPort,
        int normalizerPort,
        int sandboxPort,
        int kafkaPort,
        int controllerPort,
        double rateLimit,
        List<String> extraJvmOptions,
        List<Integer> indexReplicaPorts,
        Duration requestTimeout,
        int detailConcurrency,
        boolean stagePriorities) {

    /** The harvester's own default timeout of one registry request. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    public static final String USAGE = """
            usage: deploy/run-local.sh [options]
              --scale F            sandbox size as a multiple of today's registries (default 1 = about 6,200 records)
              --seed N             sandbox seed (default 42)
              --registries FILE    harvest the registries named in FILE (e.g. deploy/local/real-registries.properties)
                                   instead of starting the sandbox
              --run-dir DIR        data and logs (default .run)
              --rate-limit R       requests per second per registry host against the sandbox (default 200)
              --detail-concurrency N  detail pages each sandbox source fetches at once (default: the connector's, 4)
              --equal-priorities   every service at the same CPU priority (default: the harvester and sandbox yield
                                   to the other services, so the index keeps up with the harvest)
              --index-replicas N   index-service replicas behind an HAProxy load balancer on port 8080 (default 1,
                                   no load balancer); replicas listen on 8086, 8087, ...; needs Debian's haproxy
              --help               this text
            Ports: index-service 8080, harvester 8082, normalizer 8083, sandbox 8090, Kafka 9092 (+9093 controller).
            """;

    /** Options for a test run: every port free, a given run folder, the sandbox at {@code scale}. */
    public static PipelineOptions onFreePorts(Path repo, Path runDir, double scale, double rateLimit) {
        return new PipelineOptions(repo, runDir, scale, 42, null, freePort(), freePort(), freePort(), freePort(),
                freePort(), freePort(), rateLimit, List.of(), List.of(), DEFAULT_REQUEST_TIMEOUT, 0, true);
    }

    /** The same run with {@code n} index-service replicas on free ports behind the load balancer (1 = no balancer). */
    public PipelineOptions withIndexReplicas(int n) {
        List<Integer> ports = n <= 1 ? List.of() : IntStream.range(0, n).mapToObj(i -> freePort()).toList();
        return new PipelineOptions(repo, runDir, scale, seed, registries, indexPort, harvesterPort, normalizerPort,
                sandboxPort, kafkaPort, controllerPort, rateLimit, extraJvmOptions, ports, requestTimeout, detailConcurrency, stagePriorities);
    }

    /** The same run with the harvester's request timeout set (the fault benchmark's stalled responses outlast it). */
    public PipelineOptions withRequestTimeout(Duration timeout) {
        return new PipelineOptions(repo, runDir, scale, seed, registries, indexPort, harvesterPort, normalizerPort,
                sandboxPort, kafkaPort, controllerPort, rateLimit, extraJvmOptions, indexReplicaPorts, timeout, detailConcurrency, stagePriorities);
    }

    /** The same run with each sandbox source fetching {@code n} detail pages at once (0: the connector's default). */
    public PipelineOptions withDetailConcurrency(int n) {
        return new PipelineOptions(repo, runDir, scale, seed, registries, indexPort, harvesterPort, normalizerPort,
                sandboxPort, kafkaPort, controllerPort, rateLimit, extraJvmOptions, indexReplicaPorts, requestTimeout, n, stagePriorities);
    }

    /** True when index-service replicas run behind the load balancer. */
    public boolean loadBalanced() {
        return !indexReplicaPorts.isEmpty();
    }

    /** A port nothing listens on and this JVM has not handed out before ({@link KraftBroker#freePort()}). */
    static int freePort() {
        return KraftBroker.freePort();
    }

    public boolean sandbox() {
        return registries == null;
    }

    public String bootstrap() {
        return "localhost:" + kafkaPort;
    }

    public static PipelineOptions parse(String[] args) {
        Path repo = Path.of("").toAbsolutePath();
        Path runDir = null;
        double scale = 1.0;
        long seed = 42;
        Path registries = null;
        double rate = 200;
        int replicas = 1;
        int detailConcurrency = 0;
        boolean stagePriorities = true;
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--repo" -> repo = Path.of(value(args, ++i, a)).toAbsolutePath();
                case "--run-dir" -> runDir = Path.of(value(args, ++i, a)).toAbsolutePath();
                case "--scale" -> scale = Double.parseDouble(value(args, ++i, a));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                case "--registries" -> registries = Path.of(value(args, ++i, a)).toAbsolutePath();
                case "--rate-limit" -> rate = Double.parseDouble(value(args, ++i, a));
                case "--detail-concurrency" -> detailConcurrency = Integer.parseInt(value(args, ++i, a));
                case "--equal-priorities" -> stagePriorities = false;
                case "--index-replicas" -> replicas = Integer.parseInt(value(args, ++i, a));
                case "--jvm-option" -> extra.add(value(args, ++i, a));
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            }
        }
        if (scale <= 0) {
            throw new IllegalArgumentException("--scale must be positive, was " + scale);
        }
        if (replicas < 1) {
            throw new IllegalArgumentException("--index-replicas must be at least 1, was " + replicas);
        }
        if (detailConcurrency < 0) {
            throw new IllegalArgumentException("--detail-concurrency must not be negative, was " + detailConcurrency);
        }
        List<Integer> replicaPorts = replicas == 1 ? List.of() : IntStream.range(0, replicas).mapToObj(n -> 8086 + n).toList();
        return new PipelineOptions(repo, runDir == null ? repo.resolve(".run") : runDir, scale, seed, registries,
                8080, 8082, 8083, 8090, 9092, 9093, rate, List.copyOf(extra), replicaPorts, DEFAULT_REQUEST_TIMEOUT,
                detailConcurrency, stagePriorities);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[i];
    }
}
