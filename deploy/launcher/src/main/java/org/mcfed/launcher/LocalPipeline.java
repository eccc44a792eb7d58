package org.mcfed.launcher;

import org.mcfed.launcher.sources.RegistrySource;
import org.mcfed.launcher.sources.SourceList;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole pipeline on one machine, each service its own JVM: the KRaft broker, the registry
 * sandbox (unless real registries are configured), normalizer, index-service and harvester,
 * started in dependency order and stopped in reverse. Children run in their own sessions
 * ({@code setsid}) so that Ctrl-C reaches only the launcher, which then stops them in order.
 */
public final class LocalPipeline implements AutoCloseable {

    public static final String KAFKA = "kafka";
    public static final String SANDBOX = "registry-sandbox";
    public static final String NORMALIZER = "normalizer";
    public static final String INDEX = "index-service";
    public static final String HARVESTER = "harvester";
    /** HAProxy in front of the index-service replicas, when there are several. */
    public static final String LOAD_BALANCER = "load-balancer";

    /**
     * Heaps chosen so that each service stays under 1 GiB resident at 1,000,000 records (issue 16):
     * the normalizer's state takes about 300 MB there. The index-service caught up fastest with 900 MB
     * and its 256 MB catch-up buffer (BENCHMARKS.md, 2026-12-03), but a new replica building a million
     * records grew that whole heap and peaked at 1,090 to 1,165 MiB resident. With 800 MB it peaked at
     * 1,059 MiB at the same rate; 768 MB slowed its catch-up by half or more (collections). The rest came from
     * its fetches of 35 MB, each read through a direct buffer as large, now 8 MiB at most ({@code TopicIndexer};
     * BENCHMARKS.md, 2026-12-05). Replicas behind a balancer get 2 GiB.
     * The harvester's state takes about 350 bytes per known record since it is held compactly; with 768 MB
     * it once ran out of heap reading HKQR's sitemap of 713,288 pages in the incremental run of a million
     * records, when the sitemap was held as a list of URIs. It is now diffed page by page as it is read
     * ({@code SitemapChanges.Diff}), so 768 MB holds again (BENCHMARKS.md, 2026-12-04, tenth session).
     */
    private static final String SINGLE_INDEX_HEAP = "-Xmx800m";
    private static final String NORMALIZER_HEAP = "-Xmx640m";
    private static final String HARVESTER_HEAP_SIZE = "768m";
    private static final String HARVESTER_HEAP = "-Xmx" + HARVESTER_HEAP_SIZE;
    /**
     * When G1 starts marking the normaliser's heap: at three quarters of it, not where G1's adaptive guess puts it. At a
     * million records the sameAs state keeps about 340 MB of the 640 MB heap live, above the threshold G1 chose, so it
     * marked back to back: in a replay of 1,013,455 raw values its marking ran 89 % of the replay's time. With the
     * raw topic's smaller fetches ({@code NormalizerClients}) but without this flag it still marked 80 times in two
     * replays, with it 3 times, and the second replay's CPU fell from 125 to 77 s (BENCHMARKS.md, 2026-12-05,
     * sixteenth session). Regions of 4 MiB (G1 chooses 1 MiB for this heap) keep the raw topic's fetch responses, up to
     * {@code NormalizerClients.RAW_FETCH_MAX_BYTES}, ordinary objects rather than humongous ones (seventeenth session).
     * The Kubernetes manifest sets the same ({@code deploy/k8s/normalizer.yaml}).
     */
    static final List<String> NORMALIZER_GC = List.of("-XX:-G1UseAdaptiveIHOP", "-XX:InitiatingHeapOccupancyPercent=75",
            "-XX:G1HeapRegionSize=4m");

    /**
     * The harvester runs on the throughput collector, its young generation at most 160 MB, its whole heap committed at
     * start. The harvester is a batch: pages, their text and the raw records' bytes die young, while the state of known
     * records only grows (about 270 MB live at a million). At a million records the harvester then used 10 to 14 % less
     * CPU than on G1 (its collector's threads 9 instead of 21 CPU-seconds, its HKQR workers 7 to 14 % less) and peaked at
     * 784 and 789 MiB resident instead of 912 (BENCHMARKS.md, 2026-12-07, thirty-second session). The collector's full
     * collections, 0.7 to 2 s at a million records, fell into the incremental run after a full run (thirty-first
     * session); so the harvester collects its whole heap when its last run ends ({@code IdleCollection}), and the heap
     * is committed whole because the collector otherwise sizes the old generation to what it holds (315 MB), and a full
     * collection still came in the incremental run. The young generation's cap leaves the state and an incremental
     * run's sitemap pass at least 608 MB of the 768 MB heap. The Kubernetes manifest sets the same
     * ({@code deploy/k8s/harvester.yaml}).
     */
    static final List<String> HARVESTER_GC = List.of("-XX:+UseParallelGC", "-XX:MaxNewSize=160m", "-Xms" + HARVESTER_HEAP_SIZE);

    /**
     * The index-service's G1 marks its heap when it is three quarters full, as the normaliser's does.
     * Following the topic's head, each refresh window's indexing buffers outlive a few young collections, are promoted,
     * and die at the next flush. In a million-record run's {@code republish=all} replay, G1's adaptive threshold, learnt
     * over 800 s of a nearly empty old generation, let that garbage pile up from 45 to 604 MB before it marked, and grew
     * the committed heap from 233 to 724 MB meanwhile: the service peaked at 1,038 MiB resident (930 of it anonymous);
     * the marking's remark then found 211 MB live (BENCHMARKS.md, 2026-12-06, twenty-third session).
     */
    static final List<String> INDEX_GC = List.of("-XX:-G1UseAdaptiveIHOP", "-XX:InitiatingHeapOccupancyPercent=75");

    /**
     * The CPU priority of the harvest when the machine is saturated (as in the benchmark, where every
     * stage and the sandbox share two cores): the harvester and the sandbox (which stands for registries
     * on other machines) run at nice 10, the normaliser, the index-service and Kafka at 0, so the stages
     * after the harvest drain what it produced before it produces more. With equal priorities the
     * harvester, the fastest producer, took its share whatever the backlog behind it, and the index fell
     * 204 s behind the normaliser at a million records; with this, 6.4 s, whether the normaliser ran a step
     * below the index-service or level with it (BENCHMARKS.md, 2026-12-04, ninth session), so only the harvest
     * is niced. Linux weighs nice 10 at about a tenth of nice 0, so the harvest never starves: it runs
     * whenever the stages after it wait.
     */
    private static final int PRODUCER_NICENESS = 10;
    private static final String NICE = "/usr/bin/nice";

    private final PipelineOptions options;
    /** Admin credential of this run ({@code mcfed.admin.username/password}, shared by every service's admin API). */
    private final LocalAdminSecret admin;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    public LocalPipeline(PipelineOptions options) {
        this.options = options;
        this.admin = LocalAdminSecret.generate(options.runDir());
        Path logs = options.runDir().resolve("logs");
        String classPath = System.getProperty("java.class.path");
        BrokerClassData.Launch broker = BrokerClassData.prepare(options.repo(), classPath, javaCommand());
        List<String> brokerArgs = new ArrayList<>(List.of("-Xmx1g"));
        brokerArgs.addAll(broker.jvmOptions());
        brokerArgs.addAll(List.of("-cp", broker.classPath(), BrokerClassData.MAIN,
                options.runDir().resolve("kafka").toString(), String.valueOf(options.kafkaPort()),
                String.valueOf(options.controllerPort())));
        add(service(KAFKA, brokerArgs, Map.of(), 0, options.kafkaPort(), logs.resolve("kafka.log")));
        if (options.sandbox()) {
            add(service(SANDBOX, List.of("-Xmx2g",
                    "-Dsandbox.port=" + options.sandboxPort(),
                    "-Dsandbox.scale=" + options.scale(),
                    "-Dsandbox.seed=" + options.seed(),
                    "-cp", classPath, "org.mcfed.sandbox.SandboxMain"), Map.of(), PRODUCER_NICENESS, options.sandboxPort(),
                    logs.resolve("sandbox.log")));
        }
        // a static group member: restarted after a kill, it takes its raw partitions back at once, and
        // loads its sameAs state from its own folder, reading only the records topic's tail
        List<String> normalizer = new ArrayList<>(NORMALIZER_GC);
        normalizer.addAll(List.of("-Dmcfed.normalizer.instance-id=" + NORMALIZER + "-1",
                "-Dmcfed.normalizer.state-dir=" + options.runDir().resolve("normalizer-state")));
        add(quarkusApp(NORMALIZER, NORMALIZER, options.normalizerPort(), NORMALIZER_HEAP, 0, normalizer));
        if (options.loadBalanced()) {
            Map<String, Integer> replicas = new LinkedHashMap<>();
            for (int i = 0; i < options.indexReplicaPorts().size(); i++) {
                String name = INDEX + "-" + (i + 1);
                replicas.put(name, options.indexReplicaPorts().get(i));
                add(indexService(name, options.indexReplicaPorts().get(i), indexDir(name), "-Xmx2g"));
            }
            add(IndexLoadBalancer.process(LOAD_BALANCER, options, replicas, launchPrefix()));
        } else {
            add(indexService(INDEX, options.indexPort(), indexDir(INDEX), SINGLE_INDEX_HEAP));
        }
        List<String> harvester = new ArrayList<>(HARVESTER_GC);
        harvester.add("-Dquarkus.config.locations=" + sourcesFile().toUri());
        add(quarkusApp(HARVESTER, HARVESTER, options.harvesterPort(), HARVESTER_HEAP, PRODUCER_NICENESS, harvester));
    }

    /** The index-service replicas' service names: {@code index-service}, or {@code index-service-1, -2, ...} behind the balancer. */
    public List<String> indexReplicas() {
        return services.keySet().stream().filter(n -> n.startsWith(INDEX)).toList();
    }

    /** Where a replica keeps its index: {@code <run>/index} for the first (or only) one, {@code <run>/index-N} for the others. */
    public Path indexDir(String replica) {
        boolean first = replica.equals(INDEX) || replica.equals(INDEX + "-1");
        return options.runDir().resolve(first ? "index" : "index" + replica.substring(INDEX.length()));
    }

    /**
     * One more index-service, not started, on {@code port} with an empty folder of its own under the run
     * directory: what a benchmark times to measure how fast a new replica builds its index from the topic.
     * It joins the pipeline's services, so {@link #close} stops it.
     */
    public ServiceProcess newIndexReplica(String name, int port) {
        Path dir = options.runDir().resolve(name);
        ServiceProcess replica = indexService(name, port, dir, SINGLE_INDEX_HEAP);
        add(replica);
        return replica;
    }

    private ServiceProcess indexService(String name, int port, Path dir, String heap) {
        List<String> index = new ArrayList<>(INDEX_GC);
        index.addAll(List.of("-Dmcfed.index.dir=" + dir,
                // the fault suite and the benchmark reconcile by exporting every record every few seconds from
                // localhost, far beyond a public client's export budget (mcfed.bulk.*, 3 a minute by default)
                "-Dmcfed.bulk.export-burst=1000000", "-Dmcfed.bulk.export-refill=PT0.001S"));
        if (options.sandbox()) {
            // the public feed validator may then check the sandbox's own feeds, which are on loopback
            index.add("-Dmcfed.validate.allowed-hosts=localhost");
        }
        return quarkusApp(name, INDEX, port, heap, 0, index);
    }

    public PipelineOptions options() {
        return options;
    }

    /** This run's admin credential. */
    public LocalAdminSecret admin() {
        return admin;
    }

    public ServiceProcess service(String name) {
        ServiceProcess s = services.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no service " + name + " in " + services.keySet());
        }
        return s;
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services.values());
    }

    /** Starts every service in order, each ready (accepting connections) before the next starts. */
    public void start(Duration readyTimeout) {
        for (ServiceProcess s : services.values()) {
            s.start();
            s.awaitReady(readyTimeout);
        }
    }

    /** Stops every service in reverse order of start. */
    @Override
    public void close() {
        List<ServiceProcess> reverse = new ArrayList<>(services.values());
        java.util.Collections.reverse(reverse);
        for (ServiceProcess s : reverse) {
            s.stop();
        }
    }

    private void add(ServiceProcess s) {
        services.put(s.name(), s);
    }

    private ServiceProcess quarkusApp(String name, String module, int port, String heap, int niceness, List<String> extra) {
        Path jar = options.repo().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (mvn -B install -DskipTests)");
        }
        List<String> args = new ArrayList<>(List.of(heap,
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.http.host=0.0.0.0",
                "-Dmcfed.kafka.bootstrap=" + options.bootstrap(),
                "-Dmcfed.admin.username=" + LocalAdminSecret.USER,
                // a broken %-escape then reaches the service, which answers it with a JSON 400
                "-Dvertx.disableURIValidation=true"));
        args.addAll(extra);
        args.addAll(options.extraJvmOptions());
        args.addAll(List.of("-jar", jar.toString()));
        // glibc's malloc keeps an arena per thread that ever allocated (up to 8 a core), each holding on to freed
        // memory; the JVM mallocs little once started, so two arenas cost it little and keep that memory off the RSS
        // (the harvester peaked at 995 MiB with them and its 768 MB heap at a million records, 1,034 MiB without)
        return service(name, args, Map.of("MCFED_ADMIN_PASSWORD", admin.password(), "MALLOC_ARENA_MAX", "2"), niceness, port,
                options.runDir().resolve("logs").resolve(name + ".log"));
    }

    /** The harvester's sources: every registry of {@code deploy/sources.tsv} in the sandbox, or the file of real registries given. */
    private Path sourcesFile() {
        if (!options.sandbox()) {
            return options.registries();
        }
        StringBuilder p = new StringBuilder("# generated by the local launcher from " + SourceList.FILE + ": the registries in the sandbox\n");
        for (RegistrySource source : SourceList.read(options.repo())) {
            Map<String, String> settings = SourceList.settings("schedule", "1h", "enabled", "true",
                    "rate-limit", String.valueOf(options.rateLimit()), "request-timeout", options.requestTimeout().toMillis() + "ms");
            if (options.detailConcurrency() > 0) {
                settings.put("options.detail-concurrency", String.valueOf(options.detailConcurrency()));
            }
            p.append(SourceList.properties(source, SourceList.inSandbox("http://localhost:" + options.sandboxPort(), source), settings));
        }
        Path file = options.runDir().resolve("sources-sandbox.properties");
        try {
            Files.createDirectories(options.runDir());
            Files.writeString(file, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * A service JVM with {@code args}, at {@code niceness} when stage priorities are on
     * ({@link #PRODUCER_NICENESS}): through {@code nice}, and through its autogroup ({@link CpuPriority}).
     */
    private ServiceProcess service(String name, List<String> args, Map<String, String> environment, int niceness, int port, Path log) {
        int nice = options.stagePriorities() ? niceness : 0;
        List<String> cmd = launchPrefix();
        if (nice > 0 && Files.isExecutable(Path.of(NICE))) {
            cmd.addAll(List.of(NICE, "-n", String.valueOf(nice)));
        }
        cmd.add(javaCommand());
        cmd.addAll(args);
        return new ServiceProcess(name, cmd, environment, nice, port, log);
    }

    /** The java executable of this JVM, which every service runs on. */
    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** What every child is started under: its own session, so Ctrl-C reaches only the launcher. */
    private static List<String> launchPrefix() {
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            cmd.add("/usr/bin/setsid");
        }
        return cmd;
    }
}
