package org.mcfed.connector.listing;

import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.http.FetchOutcome;
import org.mcfed.connector.http.RegistryHttpClient;
import org.mcfed.sandbox.RegistrySandbox;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Prints the harvest side's CPU per HTTP exchange for each {@code http-client}, without parsing: NZQA
 * detail pages of the registry sandbox fetched whole (200, body read through the size guard) and then
 * conditionally (304), one request at a time on this thread, the clients taking turns round by round
 * (A B, B A, ...) so that drift in the shared machine's speed falls on each alike. CPU is that of every
 * Java thread but the sandbox's {@code sandbox-*} ones (the JDK client works on threads of its own, the
 * body watchdog on its own), user and system, without GC and JIT, the noisiest part of the figure on a
 * shared machine; and, in the summary, the process's minus the sandbox's threads, GC and JIT included, and the
 * sandbox's threads' own per page (the server's side of the same exchanges). Run: {@code java -cp "target/test-classes:target/classes:$(cat target/cp.txt)"
 * org.mcfed.connector.listing.HttpExchangeBenchmark [scale [rounds [pages]]]} (defaults 10, 8, 2000), clients
 * from {@code -Dmcfed.bench.clients} (default all).
 */
public final class HttpExchangeBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private HttpExchangeBenchmark() {
    }

    public static void main(String[] args) {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int pages = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        List<String> clients = List.of(System.getProperty("mcfed.bench.clients",
                String.join(",", RegistryHttpClient.HTTP_CLIENTS.stream().sorted().toList())).split(","));
        try (RegistrySandbox sandbox = RegistrySandbox.builder().seed(42).scale(scale).port(0).build().start()) {
            URI base = sandbox.baseUrl("nzqa");
            SourceConfig config = SourceConfig.of("nzqa", "nzqa", base).withRate(0);
            List<SitemapReader.Url> urls = new ArrayList<>();
            String failure = new SitemapReader(new RegistryHttpClient(config)).read(URI.create(base + "/sitemap.xml"), urls::add).failure();
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            urls = urls.subList(0, Math.min(pages, urls.size()));
            List<String> since = new ArrayList<>();
            for (SitemapReader.Url u : urls) {
                since.add(DateTimeFormatter.RFC_1123_DATE_TIME.format(u.lastModified().atOffset(ZoneOffset.UTC)));
            }
            System.out.printf("nzqa detail pages at sandbox scale %.1f: %,d a round, %d rounds, clients %s%n", scale, urls.size(), rounds, clients);
            double[][] full = new double[clients.size()][rounds];
            double[][] notModified = new double[clients.size()][rounds];
            double[][] processFull = new double[clients.size()][rounds];
            double[][] processNotModified = new double[clients.size()][rounds];
            double[][] sandboxFull = new double[clients.size()][rounds];
            for (int round = 0; round < rounds; round++) {
                for (int k = 0; k < clients.size(); k++) {
                    int c = round % 2 == 0 ? k : clients.size() - 1 - k;
                    RegistryHttpClient http = new RegistryHttpClient(config.withOptions(Map.of(RegistryHttpClient.HTTP_CLIENT_OPTION, clients.get(c))));
                    long p0 = processMinusSandboxNanos();
                    ThreadCpu fullCpu = new ThreadCpu(false);
                    ThreadCpu sandboxCpu = new ThreadCpu(true);
                    long bytes = 0;
                    for (SitemapReader.Url u : urls) {
                        if (!(http.get(u.uri()) instanceof FetchOutcome.Fetched page)) {
                            throw new IllegalStateException(u.loc() + " not fetched");
                        }
                        bytes += page.body().length;
                    }
                    long c1 = fullCpu.elapsed();
                    long s1 = sandboxCpu.elapsed();
                    ThreadCpu notModifiedCpu = new ThreadCpu(false);
                    long p1 = processMinusSandboxNanos();
                    for (int i = 0; i < urls.size(); i++) {
                        if (!(http.conditionalGet(urls.get(i).uri(), null, since.get(i)) instanceof FetchOutcome.NotModified)) {
                            throw new IllegalStateException(urls.get(i).loc() + " changed during the benchmark");
                        }
                    }
                    long c2 = notModifiedCpu.elapsed();
                    long p2 = processMinusSandboxNanos();
                    processFull[c][round] = (p1 - p0) / 1e3 / urls.size();
                    processNotModified[c][round] = (p2 - p1) / 1e3 / urls.size();
                    full[c][round] = c1 / 1e3 / urls.size();
                    sandboxFull[c][round] = s1 / 1e3 / urls.size();
                    notModified[c][round] = c2 / 1e3 / urls.size();
                    System.out.printf("round %d %-18s 200: %6.1f µs CPU/request (%,d bytes; the sandbox's threads %6.1f)   304: %6.1f µs"
                            + " CPU/request%n", round + 1, clients.get(c), full[c][round], bytes, sandboxFull[c][round], notModified[c][round]);
                }
            }
            // the first two rounds compile the paths; the rest are the figure
            for (int c = 0; c < clients.size(); c++) {
                System.out.printf("%-18s rounds 3..%d, min / median µs CPU per request: 200 %s   304 %s;"
                                + " process minus sandbox (GC, JIT): 200 %s   304 %s; the sandbox's threads, 200: %s%n", clients.get(c), rounds,
                        minMedian(full[c]), minMedian(notModified[c]), minMedian(processFull[c]), minMedian(processNotModified[c]),
                        minMedian(sandboxFull[c]));
            }
        }
    }

    private static String minMedian(double[] perRound) {
        double[] warm = Arrays.copyOfRange(perRound, Math.min(2, perRound.length - 1), perRound.length);
        Arrays.sort(warm);
        return String.format("%.1f / %.1f", warm[0], warm[warm.length / 2]);
    }

    /** Process CPU minus the in-process sandbox's threads, as the connectors' HarvestBenchmark counts it. */
    private static long processMinusSandboxNanos() {
        long sandbox = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("sandbox-")) {
                @SuppressWarnings("deprecation") // Thread.threadId() needs Java 19; the build targets 17
                long id = t.getId();
                sandbox += Math.max(0, THREADS.getThreadCpuTime(id));
            }
        }
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() - sandbox;
    }

    /**
     * CPU of the Java threads but the in-process sandbox's (or of the sandbox's alone), counted thread by thread: a
     * thread that ends (the JDK's keep-alive timer when its cache empties, an HTTP client's idle worker) takes its CPU
     * with it, and a plain sum would then go down.
     */
    private static final class ThreadCpu {
        private final Map<Long, Long> start = new java.util.HashMap<>();
        private final boolean sandbox;

        ThreadCpu(boolean sandbox) {
            this.sandbox = sandbox;
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("sandbox-") == sandbox) {
                    start.put(id(t), Math.max(0, THREADS.getThreadCpuTime(id(t))));
                }
            }
        }

        /** Nanoseconds since construction of the threads alive now (those that ended in between are not counted). */
        long elapsed() {
            long cpu = 0;
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("sandbox-") == sandbox) {
                    cpu += Math.max(0, THREADS.getThreadCpuTime(id(t)) - start.getOrDefault(id(t), 0L));
                }
            }
            return cpu;
        }

        @SuppressWarnings("deprecation") // Thread.threadId() needs Java 19; the build targets 17
        private static long id(Thread t) {
            return t.getId();
        }
    }
}
