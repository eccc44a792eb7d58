package org.mcfed.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * SIGKILLs one or more services of a running pipeline at once, restarts them, and measures how long
 * until the pipeline moved again: search answers on the public port and, unless everything was
 * already indexed, the count of records indexed or rejected grows. Shared by the fault suite and
 * the fault benchmark so both measure recovery the same way.
 */
public final class KillDrill {

    /** How long one kill may take to recover before the drill gives up. */
    private static final Duration GIVE_UP = Duration.ofMinutes(5);

    /**
     * One kill: who, when (records done of expected), seconds from the kill until the victims accepted
     * connections again (a rebuilt replica: until its readiness check passed) and until the pipeline
     * moved again, and for a replica rebuilt from the topic, how many of its readiness answers said
     * "not ready" while it caught up.
     */
    public record Recovery(List<String> victims, boolean rebuilt, long doneAtKill, long expected, Duration ready,
                           Duration moving, int notReadyAnswers) {

        /** From the victims being back to the pipeline moving: the pipeline's own recovery, without the victims' start-up. */
        public Duration movingAfterBack() {
            return moving.compareTo(ready) <= 0 ? Duration.ZERO : moving.minus(ready);
        }

        @Override
        public String toString() {
            return String.format("%-34s killed at %d/%d: ready again after %.1f s, pipeline moving again after %.1f s%s",
                    String.join(" + ", victims) + (rebuilt ? " (index wiped)" : ""), doneAtKill, expected,
                    ready.toMillis() / 1000.0, moving.toMillis() / 1000.0,
                    rebuilt ? ", answered not-ready " + notReadyAnswers + " times while rebuilding" : "");
        }
    }

    private final LocalPipeline pipeline;
    private final PipelineProbe probe;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    public KillDrill(LocalPipeline pipeline, PipelineProbe probe) {
        this.pipeline = pipeline;
        this.probe = probe;
    }

    /** Kills the victims together, restarts them and waits until the pipeline moves again. */
    public Recovery killAndRestart(long expected, String... victims) {
        return run(expected, false, List.of(victims));
    }

    /**
     * Kills an index-service replica, deletes its index folder (a replica that lost its disk, or a new
     * one) and restarts it: it rebuilds from the records topic while the other replicas serve.
     */
    public Recovery killAndRebuild(long expected, String replica) {
        return run(expected, true, List.of(replica));
    }

    private Recovery run(long expected, boolean rebuild, List<String> victims) {
        long before = done();
        Instant killed = Instant.now();
        List<ServiceProcess> services = victims.stream().map(pipeline::service).toList();
        services.forEach(ServiceProcess::kill);
        if (rebuild) {
            try {
                RunDirectory.clear(pipeline.indexDir(victims.get(0)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // Restarted at once, and watched from the kill on: the pipeline may move again before the
        // victims are back (another replica serves, a backlog drains), and that is what counts.
        services.forEach(ServiceProcess::start);
        Instant deadline = killed.plus(GIVE_UP);
        Duration ready = null;
        Duration moving = null;
        int notReady = 0;
        while (moving == null || ready == null) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("after killing " + victims + " the pipeline " + (moving == null
                        ? "did not move again" : "moved, but the victims were not back") + " within " + GIVE_UP);
            }
            services.forEach(ServiceProcess::failIfExited);
            if (moving == null && probe.searchAnswers("data") && (before >= expected || done() > before)) {
                moving = Duration.between(killed, Instant.now());
            }
            if (ready == null) {
                int status = rebuild ? readiness(services.get(0).port()) : 0;
                notReady += status == 503 ? 1 : 0;
                if (rebuild ? status == 200 : services.stream().allMatch(ServiceProcess::acceptsConnections)) {
                    ready = Duration.between(killed, Instant.now());
                }
            }
            pause();
        }
        return new Recovery(victims, rebuild, before, expected, ready, moving, notReady);
    }

    /** Records indexed or rejected so far, as the public port answers; -1 while it does not. */
    public long done() {
        try {
            return total(probe.indexed().values()) + total(probe.rejected().values());
        } catch (IOException e) {
            return -1;
        }
    }

    private static long total(java.util.Collection<Long> counts) {
        return counts.stream().mapToLong(Long::longValue).sum();
    }

    /** Status of a replica's readiness check, 0 when it does not answer. */
    private int readiness(int port) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
            return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
