package org.mcfed.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * A service's CPU priority against the other services on a Linux machine. The niceness a command
 * gets from {@code nice} orders threads only within one scheduling autogroup, and with autogroups on
 * (the default of most distributions' kernels, {@code /proc/sys/kernel/sched_autogroup_enabled})
 * every session is one: each service runs in a session of its own ({@code setsid}), so the kernel
 * shared the CPU equally between the services whatever their niceness. The autogroup's own niceness
 * ({@code /proc/<pid>/autogroup}) is what orders them, and this sets it once the service has its session.
 * Without autogroups (the file is absent) the niceness {@code nice} gave the command is what counts.
 */
final class CpuPriority {

    private static final Path OWN = Path.of("/proc/self/autogroup");

    private CpuPriority() {
    }

    /**
     * Gives the autogroup of process {@code pid} the niceness {@code niceness}, once the process is in an
     * autogroup other than this JVM's (setting it earlier would slow the launcher down instead). Does
     * nothing where there are no autogroups; a refusal is reported, not thrown: the service runs, only
     * unordered.
     */
    static void apply(long pid, int niceness) {
        Path group = Path.of("/proc", String.valueOf(pid), "autogroup");
        if (niceness <= 0 || !Files.exists(OWN) || !Files.exists(group)) {
            return;
        }
        try {
            String own = name(Files.readString(OWN));
            for (int i = 0; i < 200 && name(Files.readString(group)).equals(own); i++) {
                Thread.sleep(10);
            }
            if (name(Files.readString(group)).equals(own)) {
                System.err.println("launcher: process " + pid + " never left the launcher's autogroup; its CPU priority is not set");
                return;
            }
            Files.writeString(group, String.valueOf(niceness));
        } catch (IOException e) {
            // the process ended meanwhile, or the kernel refused: it runs at the same priority as the others
            System.err.println("launcher: cannot set the CPU priority of process " + pid + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The niceness of the autogroup of process {@code pid}, empty where there are no autogroups. */
    static OptionalInt autogroupNiceness(long pid) {
        try {
            // "/autogroup-525 nice 10"
            String line = Files.readString(Path.of("/proc", String.valueOf(pid), "autogroup")).trim();
            return OptionalInt.of(Integer.parseInt(line.substring(line.lastIndexOf(' ') + 1)));
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    /** The niceness of process {@code pid}'s main thread, from field 19 of its /proc stat. */
    static int processNiceness(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // the command name (field 2) is in parentheses and may hold spaces: count from after it
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return Integer.parseInt(fields[19 - 3]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the niceness of process " + pid, e);
        }
    }

    private static String name(String autogroupLine) {
        String line = autogroupLine.trim();
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }
}
