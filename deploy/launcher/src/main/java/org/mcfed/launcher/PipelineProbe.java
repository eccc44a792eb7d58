package org.mcfed.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the pipeline's state over its public HTTP interfaces: what the sandbox says exists
 * ({@code /_sandbox/info}), and what the index holds and what was rejected per source
 * ({@code /api/sources}). Used for the launcher's progress line,
 * the benchmark and the fault suite's reconciliation.
 */
public final class PipelineProbe {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * How long the availability probe waits for a search before counting it failed. Generous on purpose:
     * on a 2-core machine shared with other builds a healthy replica sometimes needs several seconds;
     * what the probe must catch is a search that gets no answer at all.
     */
    static final Duration SEARCH_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = ServiceHttp.client(Duration.ofSeconds(2));
    private final PipelineOptions options;

    public PipelineProbe(PipelineOptions options) {
        this.options = options;
    }

    public PipelineOptions options() {
        return options;
    }

    /** Live records per source according to the sandbox ({@code /_sandbox/info}: counts only, cheap at any scale). */
    public Map<String, Long> expected() throws IOException {
        JsonNode info = get("http://localhost:" + options.sandboxPort() + "/_sandbox/info");
        Map<String, Long> live = new TreeMap<>();
        info.path("sources").fields().forEachRemaining(e -> live.put(e.getKey(), e.getValue().path("live").asLong()));
        return live;
    }

    /** Registry pages the sandbox has served whole since it started (faulted answers not counted). */
    public long pagesServed() throws IOException {
        return get("http://localhost:" + options.sandboxPort() + "/_sandbox/info").path("pagesServed").asLong();
    }

    /**
     * Records in the index per source, from the operators' view ({@code /api/sources}), whose counts
     * come from per-segment tallies: polled every 2 s it costs next to nothing at a million records,
     * where a search would count every facet over every record each time.
     */
    public Map<String, Long> indexed() throws IOException {
        JsonNode sources = get("http://localhost:" + options.indexPort() + "/api/sources");
        Map<String, Long> counts = new TreeMap<>();
        for (JsonNode s : sources.isArray() ? sources : sources.path("sources")) {
            long records = s.path("records").path("records").asLong();
            if (records > 0) {
                counts.put(s.path("source").asText(), records);
            }
        }
        return counts;
    }

    /** Total records in the index. */
    public long indexedTotal() throws IOException {
        return indexed().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Records rejected per source, from the operators' view. */
    public Map<String, Long> rejected() throws IOException {
        JsonNode sources = get("http://localhost:" + options.indexPort() + "/api/sources");
        Map<String, Long> counts = new TreeMap<>();
        for (JsonNode s : sources.isArray() ? sources : sources.path("sources")) {
            counts.put(s.path("source").asText(), s.path("rejects").path("records").asLong());
        }
        return counts;
    }

    /**
     * Waits until every record the sandbox holds is indexed or rejected (the first harvest is through)
     * and returns how many that is.
     *
     * @throws IOException when the timeout passes first
     */
    public long awaitAllAccountedFor(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long expected = 0;
        long done = -1;
        while (System.nanoTime() < deadline) {
            try {
                expected = expected == 0 ? expected().values().stream().mapToLong(Long::longValue).sum() : expected;
                done = indexedTotal() + rejected().values().stream().mapToLong(Long::longValue).sum();
                if (expected > 0 && done >= expected) {
                    return expected;
                }
            } catch (IOException e) {
                // a service still starting: ask again
            }
            Thread.sleep(1000);
        }
        throw new IOException("after " + timeout.toSeconds() + " s only " + done + " of " + expected + " records were indexed or rejected");
    }

    /** One search, for the fault suite's availability probe; true on a 200. */
    public boolean searchAnswers(String query) {
        return searchFailure(query) == null;
    }

    /** One search: null when it answered 200, otherwise why not (the status, or the failure without one). */
    public String searchFailure(String query) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + options.indexPort()
                    + "/api/search?q=" + query)).timeout(SEARCH_TIMEOUT).build();
            int status = http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? null : "HTTP " + status;
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    public JsonNode get(String url) throws IOException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
        try {
            HttpResponse<byte[]> res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (res.statusCode() != 200) {
                throw new IOException(url + " answered " + res.statusCode());
            }
            return JSON.readTree(res.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
