package org.mcfed.index.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A closed-loop load of {@code clients} threads replaying the query log for a fixed time, after a
 * warm-up: QPS, latency percentiles, and the CPU the serving process spent per query.
 */
final class LoadRun {

    /** One timed unit of work; {@code i} is the position in the replay order. */
    @FunctionalInterface
    interface Work {
        void run(int i) throws Exception;
    }

    record Result(double qps, double p50Ms, double p99Ms, double p999Ms, double cpuMsPerQuery, long queries) {
    }

    private LoadRun() {
    }

    /** Runs {@code work} with a warm-up of a third of the time; {@code pid} is the serving process (CPU measured from /proc). */
    static Result run(int clients, int seconds, long pid, Work work) throws Exception {
        timed(clients, Math.max(3, seconds / 3), pid, work);
        return timed(clients, seconds, pid, work);
    }

    /**
     * Runs {@code work} for {@code seconds} without keeping any figure: a freshly started server compiles its
     * search path during its first seconds, which a deployment that runs for hours pays once.
     */
    static void warmUp(int clients, int seconds, Work work) throws Exception {
        if (seconds > 0) {
            timed(clients, seconds, ProcessHandle.current().pid(), work);
        }
    }

    private static Result timed(int clients, int seconds, long pid, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long cpu0 = cpuNanos(pid);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c * 7919;
            futures.add(pool.submit(() -> {
                long[] lat = new long[1 << 14];
                int n = 0;
                for (int i = offset; System.nanoTime() < end; i++) {
                    long t0 = System.nanoTime();
                    work.run(i);
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        try {
            for (Future<long[]> f : futures) {
                all.add(f.get());
            }
        } finally {
            pool.shutdownNow();   // its threads are not daemons: after a failed search they would keep the benchmark alive
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long cpu = cpuNanos(pid) - cpu0;
        long[] m = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(m.length / elapsed, pct(m, 0.5), pct(m, 0.99), pct(m, 0.999), cpu / 1e6 / Math.max(1, m.length), m.length);
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * p))] / 1e6;
    }

    /** CPU time (user + system) of a process: this JVM's from its MXBean, another's from /proc/pid/stat (clock ticks of 10 ms). */
    static long cpuNanos(long pid) {
        if (pid == ProcessHandle.current().pid()) {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
        } catch (Exception e) {
            return 0;
        }
    }

    /** Resident memory of a process, and of it the anonymous part (heap and native, without the index's mapped pages). */
    static String rss(long pid) {
        try {
            List<String> status = Files.readAllLines(Path.of("/proc/" + pid + "/status"));
            return String.format("RSS %s (anonymous %s, mapped index files %s)", kb(status, "VmRSS"), kb(status, "RssAnon"), kb(status, "RssFile"));
        } catch (Exception e) {
            return "n/a";
        }
    }

    private static String kb(List<String> status, String key) {
        return status.stream().filter(l -> l.startsWith(key + ":")).map(l -> String.format("%,d MB", Long.parseLong(l.replaceAll("\\D", "")) / 1024))
                .findFirst().orElse("n/a");
    }
}
