package org.mcfed.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.mcfed.col.pipeline.Topics;
import org.mcfed.pipeline.kafka.KafkaClients;
import org.mcfed.pipeline.kafka.ReadToEnd;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks "nothing lost, nothing duplicated" for a whole run: every live record of the sandbox's
 * ground truth is either in the index or on the rejects topic (and rejected exactly when the truth
 * expects a reject: a page malformed beyond use, or one that maps to an invalid record), none is in
 * both, no id is indexed twice, and nothing else is indexed.
 */
public final class Reconciliation {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longest wait for the rejects topic to be read to its end. */
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(2);

    /** What was compared, and every discrepancy by kind (empty sets = reconciled). */
    public record Report(long expected, long indexed, long rejected, Set<String> missing, Set<String> unexpected,
                         Set<String> indexedAndRejected, Set<String> duplicated, Set<String> wronglyRejected,
                         Set<String> wronglyIndexed) {

        public boolean reconciled() {
            return missing.isEmpty() && unexpected.isEmpty() && indexedAndRejected.isEmpty() && duplicated.isEmpty()
                    && wronglyRejected.isEmpty() && wronglyIndexed.isEmpty();
        }

        @Override
        public String toString() {
            return String.format("ground truth %d = indexed %d + rejected %d; missing %d %s, unexpected %d %s, "
                            + "indexed and rejected %d %s, duplicated %d %s, rejected though well-formed %d %s, "
                            + "indexed though malformed %d %s",
                    expected, indexed, rejected, missing.size(), sample(missing), unexpected.size(), sample(unexpected),
                    indexedAndRejected.size(), sample(indexedAndRejected), duplicated.size(), sample(duplicated),
                    wronglyRejected.size(), sample(wronglyRejected), wronglyIndexed.size(), sample(wronglyIndexed));
        }

        private static String sample(Set<String> ids) {
            return ids.isEmpty() ? "" : ids.stream().limit(5).toList().toString();
        }
    }

    private final PipelineOptions options;
    private final int indexPort;
    private final HttpClient http = ServiceHttp.client(Duration.ofSeconds(5));

    /** Reconciles what the public index port serves (the load balancer, when replicas run behind one). */
    public Reconciliation(PipelineOptions options) {
        this(options, options.indexPort());
    }

    /** Reconciles what the index-service on {@code indexPort} holds: one replica, asked directly. */
    public Reconciliation(PipelineOptions options, int indexPort) {
        this.options = options;
        this.indexPort = indexPort;
    }

    public Report check() throws IOException, InterruptedException {
        Map<String, Boolean> truth = truth();
        List<String> indexedList = indexedIds();
        Set<String> indexed = new HashSet<>(indexedList);
        Set<String> duplicated = new TreeSet<>();
        if (indexed.size() != indexedList.size()) {
            Set<String> seen = new HashSet<>();
            indexedList.stream().filter(id -> !seen.add(id)).forEach(duplicated::add);
        }
        Set<String> rejected = rejectedIds();
        Set<String> missing = new TreeSet<>();
        Set<String> wronglyRejected = new TreeSet<>();
        Set<String> wronglyIndexed = new TreeSet<>();
        for (var e : truth.entrySet()) {
            boolean in = indexed.contains(e.getKey());
            boolean out = rejected.contains(e.getKey());
            if (!in && !out) {
                missing.add(e.getKey());
            }
            if (out && !in && !e.getValue()) {
                wronglyRejected.add(e.getKey());
            }
            if (in && e.getValue()) {
                wronglyIndexed.add(e.getKey());
            }
        }
        Set<String> unexpected = new TreeSet<>(indexed);
        unexpected.removeAll(truth.keySet());
        Set<String> both = new TreeSet<>(indexed);
        both.retainAll(rejected);
        long rejectedLive = rejected.stream().filter(truth::containsKey).filter(id -> !indexed.contains(id)).count();
        return new Report(truth.size(), indexed.size(), rejectedLive, missing, unexpected, both, duplicated,
                wronglyRejected, wronglyIndexed);
    }

    /**
     * COL id of every live ground-truth record, with whether the pipeline must reject it: its page is
     * malformed beyond use, or it maps to a record that breaks the COL schema.
     */
    public Map<String, Boolean> truth() throws IOException {
        JsonNode sources = new PipelineProbe(options).get("http://localhost:" + options.sandboxPort() + "/_sandbox/truth")
                .path("sources");
        Map<String, Boolean> ids = new HashMap<>();
        sources.fields().forEachRemaining(s -> {
            for (JsonNode r : s.getValue().path("live")) {
                boolean expectReject = r.path("expectReject").asBoolean() || r.path("expectInvalid").asBoolean();
                ids.put(colId(s.getKey(), r.path("id").asText()), expectReject);
            }
        });
        return ids;
    }

    /** Every id in the index, in export order (an id twice would be a duplicate). */
    public List<String> indexedIds() throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + indexPort
                + "/api/export?format=ndjson")).build();
        HttpResponse<java.io.InputStream> res = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        if (res.statusCode() != 200) {
            throw new IOException("export answered " + res.statusCode());
        }
        List<String> ids = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(res.body(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    ids.add(JSON.readTree(line).path("id").asText());
                }
            }
        }
        return ids;
    }

    /** COL ids of everything on the rejects topic, read from the start. */
    public Set<String> rejectedIds() {
        Set<String> ids = new HashSet<>();
        try (var consumer = KafkaClients.newReader(options.bootstrap(), "reconciliation-rejects")) {
            ReadToEnd.fromStart(consumer, Topics.REJECTS, READ_TIMEOUT, r -> {
                try {
                    JsonNode v = JSON.readTree(r.value());
                    ids.add(colId(v.path("source").asText(), v.path("localId").asText()));
                } catch (IOException e) {
                    throw new IllegalStateException("unreadable reject at " + r.topic() + "/" + r.partition() + "@" + r.offset(), e);
                }
            });
        }
        return ids;
    }

    /** The COL id a source's local id becomes: the COL feed's ids are COL ids already. */
    public static String colId(String source, String localId) {
        return source.equals("col-feed") ? localId : source + ":" + localId;
    }
}
