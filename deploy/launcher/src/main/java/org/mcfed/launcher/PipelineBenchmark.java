package org.mcfed.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.mcfed.col.pipeline.Topics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The end-to-end benchmark ({@code deploy/benchmark.sh}): the whole pipeline as separate JVMs
 * harvests the sandbox at a given scale (default 163, about 1,000,000 records), normalises and
 * indexes it, and prints records per second per stage, the time until every record is searchable
 * and each service's peak RSS, next to a baseline from the same run: the same normalised records
 * indexed by plain Lucene in one process. Then a 1%-change tick and an incremental harvest: its
 * time and bytes fetched next to the full run's.
 */
public final class PipelineBenchmark {

    private final LocalPipeline pipeline;
    private final PipelineOptions options;
    private final PipelineProbe probe;
    private final HttpClient http = ServiceHttp.client(Duration.ofSeconds(5));

    private PipelineBenchmark(PipelineOptions options) {
        this.options = options;
        this.pipeline = new LocalPipeline(options);
        this.probe = new PipelineProbe(options);
    }

    public static void main(String[] args) throws Exception {
        PipelineOptions parsed = PipelineOptions.parse(withDefaults(args));
        RunDirectory.clear(parsed.runDir());
        PipelineBenchmark bench = new PipelineBenchmark(parsed);
        // Ctrl-C or a kill must not leave five JVMs running (and holding the ports) behind it
        Runtime.getRuntime().addShutdownHook(new Thread(bench.pipeline::close, "benchmark-shutdown"));
        try {
            bench.run();
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static String[] withDefaults(String[] args) {
        List<String> a = new java.util.ArrayList<>(List.of(args));
        if (!a.contains("--scale")) {
            a.addAll(List.of("--scale", "163"));
        }
        if (!a.contains("--rate-limit")) {
            a.addAll(List.of("--rate-limit", "5000"));
        }
        if (!a.contains("--run-dir")) {
            a.addAll(List.of("--run-dir", ".run/benchmark"));
        }
        return a.toArray(String[]::new);
    }

    private void run() throws Exception {
        long startedNanos = System.nanoTime();
        for (ServiceProcess s : pipeline.services()) {
            s.start();
            s.awaitReady(Duration.ofMinutes(5));
        }
        long t0 = System.nanoTime();
        long expected = probe.expected().values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("services up in %.1f s; sandbox scale %.0f: %,d live records%n", secs(t0 - startedNanos),
                options.scale(), expected);

        Map<String, Double> firstFinal = new HashMap<>();
        Map<String, Long> last = new HashMap<>();
        long doneAt;
        try (TopicCounts topics = new TopicCounts(options.bootstrap())) {
            while (true) {
                long raw = topics.written(Topics.RAW);
                long normalised = topics.written(Topics.RECORDS) + topics.written(Topics.REJECTS);
                long indexed = safe(probe::indexedTotal);
                long rejected = rejectedTotal();
                pipeline.services().forEach(ServiceProcess::sampleRss);
                double t = secs(System.nanoTime() - t0);
                track(firstFinal, last, "harvest (raw offsets, with txn markers)", raw, t);
                track(firstFinal, last, "normalise (records + rejects)", normalised, t);
                track(firstFinal, last, "index (records searchable)", indexed, t);
                System.out.printf("\r[%5.0f s] raw %,d  normalised %,d  indexed %,d  rejected %,d  of %,d   ", t, raw,
                        normalised, indexed, rejected, expected);
                if (indexed + rejected >= expected) {
                    doneAt = System.nanoTime();
                    break;
                }
                Thread.sleep(2000);
            }
        }
        double searchable = secs(doneAt - t0);
        long fullBytes = bytesServed();
        System.out.printf("%n%nfull run: every record searchable after %.1f s%n", searchable);
        System.out.printf("  %-34s %12s %10s %12s%n", "stage", "records", "seconds", "records/s");
        for (var e : last.entrySet()) {
            double at = firstFinal.get(e.getKey());
            System.out.printf("  %-34s %,12d %10.1f %,12.0f%n", e.getKey(), e.getValue(), at, e.getValue() / Math.max(at, 1e-9));
        }
        long records = last.getOrDefault("index (records searchable)", 0L);
        Map<String, Double> cpu = new java.util.LinkedHashMap<>();
        pipeline.services().forEach(s -> cpu.put(s.name(), s.cpuTime().toMillis() / 1000.0));
        PlainLuceneBaseline.Result baseline = PlainLuceneBaseline.run(options.bootstrap(), options.runDir().resolve("baseline-index"));
        System.out.printf("  %-34s %,12d %10.1f %,12.0f   (same records, one process, indexing only)%n",
                "baseline: plain Lucene", baseline.records(), baseline.seconds(), baseline.perSecond());
        System.out.printf("%n  %-17s %12s %10s %16s%n", "service", "peak RSS", "CPU s", "CPU ms/record");
        for (ServiceProcess s : pipeline.services()) {
            double c = cpu.get(s.name());
            System.out.printf("  %-17s %,8d MiB %10.1f %16.3f%n", s.name(), s.peakRssKb() / 1024, c,
                    1000 * c / Math.max(records + rejectedTotal(), 1));
        }
        System.out.printf("  %-17s %12s %10.1f %16.3f   (indexing only)%n", "baseline", "", baseline.cpuSeconds(),
                baseline.cpuMillisPerRecord());

        incremental(searchable, fullBytes);
    }

    /** A 1% tick, then a harvest of every source; its time and bytes next to the full run's. */
    private void incremental(double fullSeconds, long fullBytes) throws Exception {
        post("http://localhost:" + options.sandboxPort() + "/_sandbox/tick?changed=0.01", null);
        Map<String, String> before = lastRunIds();
        long start = System.nanoTime();
        long bytesBefore = bytesServed();
        for (String source : before.keySet()) {
            post("http://localhost:" + options.harvesterPort() + "/admin/sources/" + source + "/run", adminAuth());
        }
        while (true) {
            Map<String, String> now = lastRunIds();
            boolean allNew = before.keySet().stream().allMatch(s -> now.get(s) != null && !now.get(s).equals(before.get(s))
                    && !"running".equals(lastRunStatus(s)));
            if (allNew) {
                break;
            }
            Thread.sleep(1000);
        }
        double seconds = secs(System.nanoTime() - start);
        long bytes = bytesServed() - bytesBefore;
        System.out.printf("%nincremental run after a 1%% change: %.1f s and %,d bytes fetched (full run: %.1f s, %,d bytes: %.1f%% of the bytes)%n",
                seconds, bytes, fullSeconds, fullBytes, 100.0 * bytes / Math.max(1, fullBytes));
    }

    private Map<String, String> lastRunIds() throws IOException {
        Map<String, String> ids = new java.util.TreeMap<>();
        for (JsonNode s : harvesterSources()) {
            JsonNode runs = s.path("lastRuns");
            ids.put(s.path("name").asText(), runs.isEmpty() ? "" : runs.get(0).path("runId").asText());
        }
        return ids;
    }

    private String lastRunStatus(String source) {
        try {
            for (JsonNode s : harvesterSources()) {
                if (s.path("name").asText().equals(source)) {
                    return s.path("lastRuns").path(0).path("status").asText();
                }
            }
        } catch (IOException e) {
            return "unknown";
        }
        return "unknown";
    }

    private JsonNode harvesterSources() throws IOException {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + options.harvesterPort() + "/admin/sources"))
                .header("Authorization", adminAuth()).build();
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(http.send(req, HttpResponse.BodyHandlers.ofByteArray()).body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private long rejectedTotal() {
        return safe(() -> probe.rejected().values().stream().mapToLong(Long::longValue).sum());
    }

    /** Bytes of HTTP bodies the sandbox has served so far ({@code /_sandbox/info}). */
    private long bytesServed() throws IOException {
        return probe.get("http://localhost:" + options.sandboxPort() + "/_sandbox/info").path("bytesServed").asLong();
    }

    private void post(String url, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        HttpResponse<String> res = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() >= 300) {
            throw new IOException(url + " answered " + res.statusCode() + ": " + res.body());
        }
    }

    private String adminAuth() {
        return pipeline.admin().basicAuthorization();
    }

    private static void track(Map<String, Double> firstFinal, Map<String, Long> last, String stage, long value, double t) {
        if (!sameValue(last.get(stage), value)) {
            last.put(stage, value);
            firstFinal.put(stage, t);
        }
    }

    private static boolean sameValue(Long a, long b) {
        return a != null && a == b;
    }

    private interface Count {
        long get() throws IOException;
    }

    private static long safe(Count c) {
        try {
            return c.get();
        } catch (IOException e) {
            return 0;
        }
    }

    private static double secs(long nanos) {
        return nanos / 1e9;
    }
}
