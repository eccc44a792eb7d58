package org.mcfed.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service of the pipeline running as its own JVM: started, checked for readiness by its TCP
 * port, stopped gently (SIGTERM, so Quarkus and Kafka shut down cleanly) or killed (SIGKILL, for
 * the fault suite), and measured: resident memory from /proc and CPU time from the OS, both kept
 * across restarts, so a benchmark can say what each stage costs per record. Output goes to a log file.
 */
public final class ServiceProcess {

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final int niceness;
    private final int port;
    private final Path log;
    private Process process;
    private long peakRssKb;
    private long peakAnonKb;
    private Duration cpuOfEndedLifetimes = Duration.ZERO;
    private Duration cpuOfThisLifetime = Duration.ZERO;

    public ServiceProcess(String name, List<String> command, int port, Path log) {
        this(name, command, Map.of(), port, log);
    }

    /** A service given {@code environment} on top of the launcher's (secrets go there, not on the command line). */
    public ServiceProcess(String name, List<String> command, Map<String, String> environment, int port, Path log) {
        this(name, command, environment, 0, port, log);
    }

    /**
     * A service whose CPU priority against the other services is {@code niceness} (0: the same as
     * theirs; see {@link CpuPriority}), set again at every start.
     */
    public ServiceProcess(String name, List<String> command, Map<String, String> environment, int niceness, int port, Path log) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.niceness = niceness;
        this.port = port;
        this.log = log;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /**
     * Starts the service. Refuses when its port already answers: that is another process (often a
     * pipeline left running), and waiting for "ready" would otherwise measure or test that one.
     */
    public synchronized void start() {
        if (isAlive()) {
            return;
        }
        if (accepts(port)) {
            throw new IllegalStateException("cannot start " + name + ": port " + port
                    + " is already in use by another process (a pipeline still running? `ss -ltnp 'sport = :" + port + "'` names it)");
        }
        try {
            Files.createDirectories(log.getParent());
            cpuOfEndedLifetimes = cpuOfEndedLifetimes.plus(cpuOfThisLifetime);
            cpuOfThisLifetime = Duration.ZERO;
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
            CpuPriority.apply(process.pid(), niceness);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Waits until the service accepts TCP connections on its port; fails with the log's location. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + log);
            }
            if (accepts(port)) {
                return;
            }
            pause(200);
        }
        throw new IllegalStateException(name + " not ready on port " + port + " after " + timeout + "; see " + log);
    }

    /** True when the service accepts TCP connections on its port (the readiness {@link #awaitReady} waits for). */
    public boolean acceptsConnections() {
        return accepts(port);
    }

    /** Fails with the log's location when the service was started and has exited since. */
    public synchronized void failIfExited() {
        if (process != null && !process.isAlive()) {
            throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + log);
        }
    }

    /** SIGTERM and wait; SIGKILL if it does not stop within 30 s. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        sampleRss();
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        awaitPortFree();
    }

    /** SIGKILL: no shutdown hooks, no flushes; what the fault suite does to test recovery. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        sampleRss();
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        awaitPortFree();
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /**
     * Current resident set in KiB (0 when not running); also tracks the peak (VmHWM) seen and the
     * CPU time used so far (the last sample of a process stands for its lifetime once it has ended).
     */
    public synchronized long sampleRss() {
        if (!isAlive()) {
            return 0;
        }
        process.info().totalCpuDuration().ifPresent(cpu -> cpuOfThisLifetime = cpu);
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        long rss = 0;
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    rss = kib(line);
                } else if (line.startsWith("VmHWM:")) {
                    peakRssKb = Math.max(peakRssKb, kib(line));
                } else if (line.startsWith("RssAnon:")) {
                    peakAnonKb = Math.max(peakAnonKb, kib(line));
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return rss;
    }

    /**
     * The niceness of the service's scheduling autogroup, which orders it against the other services
     * ({@link CpuPriority}); empty where the kernel has no autogroups.
     */
    public synchronized java.util.OptionalInt autogroupNiceness() {
        if (!isAlive()) {
            throw new IllegalStateException(name + " is not running");
        }
        return CpuPriority.autogroupNiceness(process.pid());
    }

    /**
     * The scheduling niceness the service runs at (from /proc; field 19 of its stat), so a test can see
     * that a stage's CPU priority survived its start and restarts.
     *
     * @throws IllegalStateException when the service is not running
     */
    public synchronized int niceness() {
        if (!isAlive()) {
            throw new IllegalStateException(name + " is not running");
        }
        return CpuPriority.processNiceness(process.pid());
    }

    /**
     * The command line the service's process runs now (from /proc: after {@code nice} has executed the JVM), so a test
     * can see the options a service's JVM really got.
     *
     * @throws IllegalStateException when the service is not running
     */
    public synchronized List<String> runningCommand() {
        if (!isAlive()) {
            throw new IllegalStateException(name + " is not running");
        }
        try {
            return List.of(Files.readString(Path.of("/proc", String.valueOf(process.pid()), "cmdline")).split("\0"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the command line of " + name, e);
        }
    }

    /** The highest resident set seen across this service's lifetimes, in KiB. */
    public synchronized long peakRssKb() {
        sampleRss();
        return peakRssKb;
    }

    /**
     * The highest anonymous part of the resident set seen in samples, in KiB: heap, metaspace, stacks,
     * direct buffers; the rest of RSS is mapped files (the index-service's Lucene segments) that the
     * kernel can drop under pressure.
     */
    public synchronized long peakAnonKb() {
        sampleRss();
        return peakAnonKb;
    }

    /** CPU time (user + system) used across this service's lifetimes, as of the last sample. */
    public synchronized Duration cpuTime() {
        sampleRss();
        return cpuOfEndedLifetimes.plus(cpuOfThisLifetime);
    }

    private void awaitPortFree() {
        for (int i = 0; i < 100 && accepts(port); i++) {
            pause(100);
        }
    }

    private static long kib(String procLine) {
        return Long.parseLong(procLine.replaceAll("[^0-9]", ""));
    }

    static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("localhost", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
