package org.mcfed.launcher.ingest;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Re-normalising the whole raw topic, as after a crosswalk change: {@code POST /admin/replay} on the
 * normalizer, then its {@code GET /admin/status} until the replay has caught up with the topic's end
 * ({@code replay.caughtUpAt}); the rate is the raw values it re-read over the replay's own span. By default the
 * normaliser writes only the records that come out changed; {@code republish=all} writes every record again, the
 * cost of a change that touches them all.
 */
public final class ReplayRun {

    /**
     * Raw values re-normalised and the seconds it took ({@code finished} false when the timeout came first), and the
     * records it wrote and left as they were.
     */
    public record Result(long records, double seconds, boolean finished, long recordsWritten, long recordsUnchanged) {
        public double perSecond() {
            return records / Math.max(seconds, 1e-9);
        }
    }

    private final ServiceCalls calls;
    private final int normalizerPort;
    private final String basicAuth;

    public ReplayRun(ServiceCalls calls, int normalizerPort, String basicAuth) {
        this.calls = calls;
        this.normalizerPort = normalizerPort;
        this.basicAuth = basicAuth;
    }

    /** Requests the replay, every record written again when {@code republishAll}, and waits until it has caught up. */
    public Result run(Duration timeout, boolean republishAll) throws IOException, InterruptedException {
        Instant requested = Instant.now();
        long start = System.nanoTime();
        calls.post(url("/admin/replay?republish=" + (republishAll ? "all" : "changed")), basicAuth);
        long deadline = start + timeout.toNanos();
        JsonNode replay = null;
        while (System.nanoTime() < deadline) {
            replay = calls.getJson(url("/admin/status"), basicAuth).path("replay");
            boolean ours = replay.hasNonNull("startedAt") && !Instant.parse(replay.path("startedAt").asText()).isBefore(requested);
            if (ours && replay.hasNonNull("caughtUpAt")) {
                Duration took = Duration.between(Instant.parse(replay.path("startedAt").asText()),
                        Instant.parse(replay.path("caughtUpAt").asText()));
                return result(replay, took.toNanos() / 1e9, true);
            }
            Thread.sleep(500);
        }
        return result(replay, (System.nanoTime() - start) / 1e9, false);
    }

    /** The result from the status's {@code replay} object (null: nothing known yet). */
    private static Result result(JsonNode replay, double seconds, boolean finished) {
        return replay == null ? new Result(0, seconds, finished, 0, 0)
                : new Result(replay.path("rawValuesProcessed").asLong(), seconds, finished,
                replay.path("recordsWritten").asLong(), replay.path("recordsUnchanged").asLong());
    }

    private String url(String path) {
        return "http://localhost:" + normalizerPort + path;
    }
}
