package org.mcfed.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * This JVM's CPU by kind of thread, from Linux's {@code /proc/self/task}: the JIT compilers and the collector run on
 * threads the JVM's own thread bean does not list, and they are a large part of a fresh JVM's CPU. Threads end (Lucene's
 * merge threads after each merge, the catch-up lanes when the catch-up does), so the tasks are read every
 * {@link #sample()} and each thread keeps the CPU it had when last seen; what threads did after their last sample, or
 * between two samples in a thread never seen, is given as "ended between samples".
 */
final class ThreadCpu {

    /** Per thread id: its group and its CPU seconds when last read. */
    private final Map<String, Map.Entry<String, Double>> seen = new HashMap<>();

    /** Reads every thread's CPU so far; off Linux, does nothing. */
    void sample() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return;
        }
        try (Stream<Path> all = Files.list(tasks)) {
            for (Path task : all.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended meanwhile
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                seen.put(task.getFileName().toString(), Map.entry(group(name), seconds(stat)));
            }
        } catch (IOException e) {
            // the next sample tries again
        }
    }

    /**
     * CPU seconds per group (JIT compiler, GC, catch-up lanes, refresh, merges, Kafka client, other, ended between
     * samples) after a last sample, or "" off Linux.
     */
    String byGroup() {
        sample();
        if (seen.isEmpty()) {
            return "";
        }
        Map<String, Double> groups = new TreeMap<>();
        seen.values().forEach(e -> groups.merge(e.getKey(), e.getValue(), Double::sum));
        double attributed = groups.values().stream().mapToDouble(Double::doubleValue).sum();
        groups.put("ended between samples", ReplicaCatchUp.processCpuNanos() / 1e9 - attributed);
        StringBuilder out = new StringBuilder();
        groups.forEach((g, s) -> out.append(String.format("%s %.1f s; ", g, s)));
        return out.toString();
    }

    /** @param name a thread's name as Linux keeps it: its first 15 characters */
    private static String group(String name) {
        if (name.contains("CompilerThre")) {
            return "JIT compiler";
        }
        if (name.startsWith("G1") || name.startsWith("GC") || name.contains("Conc") || name.contains("Refine")) {
            return "GC";
        }
        if (name.startsWith("index-catch-up-")) { // the catch-up's refresh thread
            return "refresh";
        }
        if (name.startsWith("index-catch-up") || name.startsWith("index-consumer")) {
            return "catch-up lanes";
        }
        if (name.contains("Merge")) {
            return "merges";
        }
        if (name.startsWith("kafka")) {
            return "Kafka client";
        }
        return "other";
    }

    /** User and system time of a {@code stat} line, in seconds (its unit, USER_HZ, is 100 a second on Linux's usual platforms). */
    private static double seconds(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }
}
