package org.mcfed.launcher.ingest;

import org.mcfed.launcher.ServiceProcess;

import java.io.IOException;
import java.time.Duration;

/**
 * A new index-service replica built from {@code mcfed.records.v1}, as when a replica is added or
 * replaced: a fresh JVM on an empty folder, timed from its start until it reports ready (which it
 * does once it has read the topic up to where it stood at start-up), JVM start included.
 */
public final class NewReplicaRun {

    /** Records the replica holds when ready, and the seconds from its start. */
    public record Result(long records, double seconds, boolean ready) {
        public double perSecond() {
            return records / Math.max(seconds, 1e-9);
        }
    }

    private final ServiceCalls calls;

    public NewReplicaRun(ServiceCalls calls) {
        this.calls = calls;
    }

    /** Starts {@code replica}, waits for ready, stops it again; its RSS and CPU stay readable on the process. */
    public Result run(ServiceProcess replica, Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        replica.start();
        long deadline = start + timeout.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                replica.failIfExited();
                replica.sampleRss();
                try {
                    var health = calls.getJson("http://localhost:" + replica.port() + "/q/health/ready", null);
                    if ("UP".equals(health.path("status").asText())) {
                        return new Result(records(health), (System.nanoTime() - start) / 1e9, true);
                    }
                } catch (IOException e) {
                    // starting, or not ready yet (503)
                }
                Thread.sleep(500); // the service logs each not-ready answer: keep its log readable
            }
            return new Result(0, (System.nanoTime() - start) / 1e9, false);
        } finally {
            replica.stop();
        }
    }

    private static long records(com.fasterxml.jackson.databind.JsonNode health) {
        for (var check : health.path("checks")) {
            if (check.path("name").asText().equals("index")) {
                return check.path("data").path("records").asLong();
            }
        }
        return 0;
    }
}
