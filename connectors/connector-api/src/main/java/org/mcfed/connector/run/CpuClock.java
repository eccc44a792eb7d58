package org.mcfed.connector.run;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time for benchmarks that run the registry sandbox in the same JVM as the connector: the whole
 * process (GC and JIT included), minus the sandbox's own threads ({@code sandbox-*}), is what the
 * harvest itself costs. Wall-clock figures alone hide that cost on a shared 2-core machine.
 */
final class CpuClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String SANDBOX_THREADS = "sandbox-";

    /** Process and sandbox CPU nanoseconds at one instant. */
    record Reading(long processNanos, long sandboxNanos) {

        /** CPU milliseconds per item spent outside the sandbox since {@code earlier}. */
        double harvestMsPer(Reading earlier, long items) {
            return ((processNanos - earlier.processNanos) - (sandboxNanos - earlier.sandboxNanos)) / 1e6 / Math.max(1, items);
        }

        /** Sandbox CPU milliseconds per item since {@code earlier}. */
        double sandboxMsPer(Reading earlier, long items) {
            return (sandboxNanos - earlier.sandboxNanos) / 1e6 / Math.max(1, items);
        }
    }

    private CpuClock() {
    }

    static Reading read() {
        long sandbox = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(SANDBOX_THREADS)) {
                @SuppressWarnings("deprecation") // Thread.threadId() needs Java 19; the build targets 17
                long id = t.getId();
                long cpu = THREADS.getThreadCpuTime(id);
                sandbox += Math.max(0, cpu);
            }
        }
        return new Reading(processNanos(), sandbox);
    }

    static long processNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static long currentThreadNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }
}
