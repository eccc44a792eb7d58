package org.mcfed.kafka;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A real single-node Kafka broker in KRaft mode (combined broker and controller), in this JVM.
 * Tests start one on free ports; {@link KafkaBrokerMain} runs one as its own JVM for local runs.
 * {@link #stop()} and {@link #start()} may alternate on the same data directory and ports, so a
 * test can restart the broker under a running pipeline and check that nothing is lost.
 */
public final class KraftBroker implements AutoCloseable {

    /** Ports {@link #freePort()} handed out in this JVM. */
    private static final java.util.Set<Integer> GIVEN_PORTS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final boolean deleteOnClose;
    private final String clusterId;
    private KafkaRaftServer server;

    private KraftBroker(Path dataDir, int port, int controllerPort, boolean deleteOnClose) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.deleteOnClose = deleteOnClose;
        this.clusterId = existingClusterId(dataDir);
    }

    /** A broker on free ports with a fresh temporary data directory, deleted on {@link #close()}. Not started. */
    public static KraftBroker onFreePorts() {
        try {
            return new KraftBroker(Files.createTempDirectory("mcfed-kraft-"), freePort(), freePort(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker on the given ports keeping its data in {@code dataDir} (kept on close). Not started. */
    public static KraftBroker at(Path dataDir, int port, int controllerPort) {
        return new KraftBroker(dataDir, port, controllerPort, false);
    }

    /** Formats the storage on first use, then starts the broker; returns once it accepts connections. */
    public synchronized KraftBroker start() {
        if (server != null) {
            return this;
        }
        Properties props = properties();
        formatIfNeeded(props);
        server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        return this;
    }

    /** Stops the broker, keeping its data, so that {@link #start()} brings the same broker back. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** {@code localhost:<port>}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        stop();
        if (deleteOnClose) {
            deleteRecursively(dataDir);
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dataDir.resolve("logs").toString());
        p.put("num.partitions", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "4");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        // Kafka's default of 50 transaction-log partitions, each loaded and led anew after a kill -9,
        // was 46 % of the logs a restarted broker recovers; the pipeline has a handful of transactional ids
        p.put("transaction.state.log.num.partitions", "4");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // A broker restarted after a kill -9 cannot register while its previous incarnation's session is
        // still open (DuplicateBrokerRegistrationException until it expires): 9 s by default, which made a
        // broker kill cost the pipeline ~20 s. One node heartbeating to itself can afford a short session.
        p.put("broker.session.timeout.ms", "2000");
        p.put("broker.heartbeat.interval.ms", "400");
        p.put("auto.create.topics.enable", "true");
        p.put("log.cleaner.backoff.ms", "1000");
        p.put("log.segment.bytes", String.valueOf(16 * 1024 * 1024));
        // After a kill -9 a broker re-reads each partition from the start of the segment holding its last
        // checkpointed recovery point. With 64 MB segments, no flush and a checkpoint a minute, that was
        // every partition's whole active segment (300 MB in 6 partitions: 3.2 s under load); with 16 MB
        // segments flushed and checkpointed every second, 0.4 s. One node has no replica to recover
        // from, so the flush also bounds what a power cut could take.
        p.put("log.flush.interval.ms", "1000");
        p.put("log.flush.scheduler.interval.ms", "1000");
        p.put("log.flush.offset.checkpoint.interval.ms", "1000");
        return p;
    }

    private void formatIfNeeded(Properties props) {
        if (Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            Path config = dataDir.resolve("server.properties");
            try (OutputStream out = Files.newOutputStream(config)) {
                props.store(out, "mcfed single-node KRaft broker");
            }
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            int rc = StorageTool.execute(new String[] {"format", "-t", clusterId, "-c", config.toString()},
                    new PrintStream(log, true, StandardCharsets.UTF_8));
            if (rc != 0) {
                throw new IllegalStateException("formatting KRaft storage in " + dataDir + " failed: " + log);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot format KRaft storage in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static String existingClusterId(Path dataDir) {
        Path meta = dataDir.resolve("logs").resolve("meta.properties");
        if (Files.exists(meta)) {
            Properties p = new Properties();
            try (var in = Files.newInputStream(meta)) {
                p.load(in);
                return p.getProperty("cluster.id");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Uuid.randomUuid().toString();
    }

    /**
     * A port nothing listens on now and that this JVM has not handed out before: the kernel may give the
     * same ephemeral port to two probes in a row once the first is closed, and a broker whose two
     * listeners got one port refuses to start (seen in CI).
     */
    public static int freePort() {
        while (true) {
            try (ServerSocket s = new ServerSocket(0)) {
                s.setReuseAddress(true);
                if (GIVEN_PORTS.add(s.getLocalPort())) {
                    return s.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
