package org.mcfed.launcher.ingest;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The incremental half of the ingest benchmark: the sandbox changes a share of its records (a
 * tick), every source is harvested once more through the harvester's admin API, and the run's
 * requests, bytes and time are measured against the sandbox's own counters; then the index-service
 * says how long each changed record took from its page's fetch to search ({@code /api/admin/freshness}).
 */
public final class IncrementalRun {

    /** The sandbox's counters at one moment: HTTP answers to registry paths, and body bytes served. */
    public record Traffic(long requests, long bytes, boolean requestsCounted) {
        static Traffic of(JsonNode info) {
            boolean counted = info.has("requestsServed");
            // an older sandbox counts whole pages only: then requests are pages, and the figure says so
            return new Traffic(counted ? info.path("requestsServed").asLong() : info.path("pagesServed").asLong(),
                    info.path("bytesServed").asLong(), counted);
        }

        Traffic minus(Traffic earlier) {
            return new Traffic(requests - earlier.requests, bytes - earlier.bytes, requestsCounted);
        }
    }

    /**
     * Delay from fetch to search over the changed records, as the index-service measured it, and its
     * stages (empty when the index-service does not split it); null when it could not say.
     */
    public record Freshness(long records, double p50Ms, double p99Ms, double maxMs, List<Stage> stages) {
    }

    /** One stage of the delay: its p50 and p99, and its mean over the slowest 1 % of the changes. */
    public record Stage(String stage, long p50Ms, long p99Ms, long slowestMeanMs) {
    }

    /** What the incremental run cost, and how fresh its changes were. */
    public record Result(long changes, double seconds, Traffic traffic, Freshness freshness) {
    }

    private final ServiceCalls calls;
    private final Ports ports;
    private final String basicAuth;
    private final String bearerAuth;

    /** The services the run talks to. */
    public record Ports(int sandbox, int harvester, int index) {
    }

    public IncrementalRun(ServiceCalls calls, Ports ports, String basicAuth, String bearerAuth) {
        this.calls = calls;
        this.ports = ports;
        this.basicAuth = basicAuth;
        this.bearerAuth = bearerAuth;
    }

    /** The sandbox's traffic counters now. */
    public Traffic traffic() throws IOException {
        return Traffic.of(calls.getJson(sandbox("/_sandbox/info"), null));
    }

    /** Changes {@code share} of the sandbox's records, harvests every source once, and measures. */
    public Result run(double share) throws IOException, InterruptedException {
        Instant since = Instant.now();
        JsonNode tick = calls.post(sandbox("/_sandbox/tick?changed=" + share), null);
        long changes = 0;
        for (JsonNode s : tick.path("sources")) {
            changes += s.path("changed").asLong();
        }
        Map<String, String> before = lastRunIds();
        Traffic trafficBefore = traffic();
        long start = System.nanoTime();
        for (String source : before.keySet()) {
            calls.post(harvester("/admin/sources/" + source + "/run"), basicAuth);
        }
        while (!allRanAgain(before)) {
            Thread.sleep(500);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Traffic spent = traffic().minus(trafficBefore);
        return new Result(changes, seconds, spent, freshness(since, changes));
    }

    /**
     * Waits (up to three minutes) until the index has made nearly every change searchable, or its count
     * stops growing for 15 s, and returns the index-service's figures; null if it has no such endpoint.
     */
    private Freshness freshness(Instant since, long changes) throws InterruptedException {
        String url = "http://localhost:" + ports.index() + "/api/admin/freshness?since="
                + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + 180_000_000_000L;
        long lastCount = -1;
        long lastGrowth = System.nanoTime();
        JsonNode f = null;
        while (System.nanoTime() < deadline) {
            try {
                f = calls.getJson(url, bearerAuth);
            } catch (IOException e) {
                System.out.println("  freshness: " + e.getMessage());
                return null;
            }
            long count = f.path("records").asLong();
            if (count >= changes * 0.99 || System.nanoTime() - lastGrowth > 15_000_000_000L) {
                break;
            }
            if (count != lastCount) {
                lastCount = count;
                lastGrowth = System.nanoTime();
            }
            Thread.sleep(1000);
        }
        if (f == null) {
            return null;
        }
        List<Stage> stages = new ArrayList<>();
        for (JsonNode s : f.path("stages")) {
            stages.add(new Stage(s.path("stage").asText(), s.path("p50Ms").asLong(), s.path("p99Ms").asLong(), s.path("slowestMeanMs").asLong()));
        }
        return new Freshness(f.path("records").asLong(), f.path("p50Ms").asDouble(), f.path("p99Ms").asDouble(),
                f.path("maxMs").asDouble(), List.copyOf(stages));
    }

    private boolean allRanAgain(Map<String, String> before) throws IOException {
        JsonNode sources = calls.getJson(harvester("/admin/sources"), basicAuth);
        for (JsonNode s : sources) {
            String name = s.path("name").asText();
            JsonNode last = s.path("lastRuns").path(0);
            if (before.containsKey(name) && (last.path("runId").asText().equals(before.get(name))
                    || "running".equals(last.path("status").asText()))) {
                return false;
            }
        }
        return true;
    }

    private Map<String, String> lastRunIds() throws IOException {
        Map<String, String> ids = new TreeMap<>();
        for (JsonNode s : calls.getJson(harvester("/admin/sources"), basicAuth)) {
            ids.put(s.path("name").asText(), s.path("lastRuns").path(0).path("runId").asText(""));
        }
        return ids;
    }

    private String sandbox(String path) {
        return "http://localhost:" + ports.sandbox() + path;
    }

    private String harvester(String path) {
        return "http://localhost:" + ports.harvester() + path;
    }
}
