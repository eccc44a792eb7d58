package org.mcfed.launcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fault suite: the whole pipeline, each service its own JVM as a user runs it, harvests the
 * sandbox with faults on (10% 503 with Retry-After, 2% connection resets, 1% malformed pages),
 * while the harvester, the normalizer, the index-service and the broker are each killed with
 * SIGKILL and restarted in turn. Then ground truth = indexed + rejected, nothing twice, malformed
 * pages rejected and nothing else, and search answered throughout (failures counted and reported,
 * with the recovery time of each kill).
 */
class PipelineSurvivesKillsIT {

    private static final double SCALE = Double.parseDouble(System.getProperty("mcfed.fault-suite.scale", "0.3"));
    private static final String FAULTS = "errorRate=0.1&errorStatus=503&retryAfterSeconds=1&resetRate=0.02&malformedRate=0.01";

    private static LocalPipeline pipeline;
    private static PipelineOptions options;

    @BeforeAll
    static void startPipeline() throws Exception {
        options = TestRuns.freshOptions("fault-suite", SCALE, 500);
        pipeline = new LocalPipeline(options);
        for (ServiceProcess s : pipeline.services()) {
            s.start();
            s.awaitReady(Duration.ofMinutes(3));
            if (s.name().equals(LocalPipeline.SANDBOX)) {
                post("http://localhost:" + options.sandboxPort() + "/_sandbox/faults?source=all&" + FAULTS);
            }
        }
    }

    @AfterAll
    static void stopPipeline() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void nothingIsLostOrDuplicatedWhileEachServiceAndTheBrokerAreKilledInTurn() throws Exception {
        PipelineProbe probe = new PipelineProbe(options);
        long expected = await().atMost(Duration.ofMinutes(1)).until(() -> total(probe.expected()), n -> n > 0);
        List<String> recoveries = new ArrayList<>();
        try (SearchAvailability search = new SearchAvailability(probe)) {
            for (String victim : List.of(LocalPipeline.HARVESTER, LocalPipeline.NORMALIZER, LocalPipeline.INDEX, LocalPipeline.KAFKA)) {
                long before = done(probe);
                long target = Math.min(expected, before + expected / 8);
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> done(probe) >= target);
                recoveries.add(killAndRestart(victim, probe, expected));
            }
            await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> done(probe) >= expected);
            Reconciliation.Report report = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> new Reconciliation(options).check(), Reconciliation.Report::reconciled);

            System.out.println("fault suite (scale " + SCALE + ", faults " + FAULTS + "):");
            System.out.println("  " + report);
            recoveries.forEach(r -> System.out.println("  " + r));
            System.out.printf("  search during the run: %d answered, %d failed (%.1f%% available)%n", search.answered(),
                    search.failed(), 100.0 * search.answered() / Math.max(1, search.answered() + search.failed()));
            assertThat(report.rejected()).as("malformed pages are rejected with reasons").isPositive();
            assertThat(search.answered()).as("search answered during the run").isPositive();
        }
    }

    /** Kills a service with SIGKILL, restarts it, and says how long until it was ready and the pipeline moved again. */
    private String killAndRestart(String victim, PipelineProbe probe, long expected) throws Exception {
        ServiceProcess s = pipeline.service(victim);
        long before = done(probe);
        Instant killed = Instant.now();
        s.kill();
        s.start();
        s.awaitReady(Duration.ofMinutes(3));
        Duration ready = Duration.between(killed, Instant.now());
        // Moving again: the index answers and, unless the harvest had finished, the count grows.
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> probe.searchAnswers("data") && (before >= expected || done(probe) > before));
        Duration recovered = Duration.between(killed, Instant.now());
        return String.format("%-15s killed at %d/%d: ready again after %.1f s, pipeline moving again after %.1f s",
                victim, before, expected, ready.toMillis() / 1000.0, recovered.toMillis() / 1000.0);
    }

    private static long done(PipelineProbe probe) {
        try {
            return total(probe.indexed()) + total(probe.rejected());
        } catch (IOException e) {
            return -1;
        }
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static void post(String url) throws IOException, InterruptedException {
        HttpResponse<String> res = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).as(url + " -> " + res.body()).isEqualTo(200);
    }
}
