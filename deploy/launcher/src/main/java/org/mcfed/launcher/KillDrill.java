package org.mcfed.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.mcfed.col.pipeline.Topics;

/**
 * SIGKILLs one or more services of a running pipeline at once, restarts them, and measures how long
 * until the pipeline moved again: search answers on the public port and, unless everything was
 * already indexed, the count of records indexed or rejected grows. When only index replicas were
 * killed, the others go on serving and indexing whatever the normalizer writes; if it writes nothing
 * for a while (a registry's listing page takes seconds of rate-limited detail fetches before its
 * transaction commits), the count cannot grow, so there "moving" is search answering while no
 * record has been written since the kill, or the count growing once one has. Shared by the fault
 * suite and the fault benchmark so both measure recovery the same way.
 */
public final class KillDrill implements AutoCloseable {

    /** How long one kill may take to recover before the drill gives up. */
    private static final Duration GIVE_UP = Duration.ofMinutes(5);
    /** How long after the victims are back their own stage may stay still before it counts as idle (its work done). */
    private static final Duration STAGE_IDLE = Duration.ofSeconds(60);

    /**
     * One kill: who, when (records done of expected), seconds from the kill until the victims accepted
     * connections again (a rebuilt replica: until its readiness check passed) and until the pipeline
     * moved again, and for a replica rebuilt from the topic, how many of its readiness answers said
     * "not ready" while it caught up. {@code stageMoving}: from the kill until the victims' own stage
     * worked again (the harvester: registry pages fetched; the normalizer: values written), null when a
     * victim has no such signal or its stage had nothing left to do (the broker: values written through it).
     */
    public record Recovery(List<String> victims, boolean rebuilt, long doneAtKill, long expected, Duration ready,
                           Duration moving, int notReadyAnswers, Duration stageMoving) {

        /** From the victims being back until their own stage worked again; zero when it had no signal. */
        public Duration stageMovingAfterBack() {
            return stageMoving == null || stageMoving.compareTo(ready) <= 0 ? Duration.ZERO : stageMoving.minus(ready);
        }

        /** From the victims being back to the pipeline moving: the pipeline's own recovery, without the victims' start-up. */
        public Duration movingAfterBack() {
            return moving.compareTo(ready) <= 0 ? Duration.ZERO : moving.minus(ready);
        }

        @Override
        public String toString() {
            return String.format("%-34s killed at %d/%d: ready again after %.1f s, pipeline moving again after %.1f s%s%s",
                    String.join(" + ", victims) + (rebuilt ? " (index wiped)" : ""), doneAtKill, expected,
                    ready.toMillis() / 1000.0, moving.toMillis() / 1000.0,
                    stageMoving == null ? "" : String.format(", its own stage after %.1f s", stageMoving.toMillis() / 1000.0),
                    rebuilt ? ", answered not-ready " + notReadyAnswers + " times while rebuilding" : "");
        }
    }

    private final LocalPipeline pipeline;
    private final PipelineProbe probe;
    private final HttpClient http = ServiceHttp.client(Duration.ofSeconds(1));
    private final TopicCounts topics;

    public KillDrill(LocalPipeline pipeline, PipelineProbe probe) {
        this.pipeline = pipeline;
        this.probe = probe;
        this.topics = new TopicCounts(probe.options().bootstrap(), Duration.ofSeconds(1));
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
        boolean replicasOnly = pipeline.indexReplicas().containsAll(victims);
        long writtenAtKill = replicasOnly ? written() : -1;
        Instant killed = Instant.now();
        List<ServiceProcess> services = victims.stream().map(pipeline::service).toList();
        services.forEach(ServiceProcess::kill);
        // read once the victims are dead: whatever grows from here on is their successors' work
        List<LongSupplier> stages = victims.stream().map(this::stageOf).filter(java.util.Objects::nonNull).toList();
        List<Long> stagesBefore = new ArrayList<>(stages.stream().map(LongSupplier::getAsLong).toList());
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
        Duration stageMoving = null;
        boolean stageDone = stages.isEmpty();
        int notReady = 0;
        while (moving == null || ready == null || !stageDone) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("after killing " + victims + " the pipeline " + (moving == null
                        ? "did not move again" : "moved, but the victims were not back") + " within " + GIVE_UP);
            }
            services.forEach(ServiceProcess::failIfExited);
            if (moving == null && probe.searchAnswers("data")
                    && (before >= expected || done() > before || replicasOnly && written() == writtenAtKill)) {
                moving = Duration.between(killed, Instant.now());
            }
            if (!stageDone && allGrew(stages, stagesBefore)) {
                stageMoving = Duration.between(killed, Instant.now());
                stageDone = true;
            }
            if (!stageDone && ready != null && Duration.between(killed, Instant.now()).compareTo(ready.plus(STAGE_IDLE)) > 0) {
                stageDone = true; // nothing left for it to do: reported without a stage time
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
        return new Recovery(victims, rebuild, before, expected, ready, moving, notReady, stageMoving);
    }

    /**
     * How far a victim's own stage has got: registry pages the harvester fetched, values the normalizer
     * (through the broker) wrote; null for the index replicas, whose stage is search itself.
     */
    private LongSupplier stageOf(String victim) {
        return switch (victim) {
            case LocalPipeline.HARVESTER -> pipeline.options().sandbox() ? this::pagesServed : null;
            case LocalPipeline.NORMALIZER, LocalPipeline.KAFKA -> this::written;
            default -> null;
        };
    }

    /** Values the normalizer wrote so far (records and rejects); 0 while the broker does not answer. */
    private long written() {
        return topics.written(Topics.RECORDS) + topics.written(Topics.REJECTS);
    }

    private long pagesServed() {
        try {
            return probe.pagesServed();
        } catch (IOException e) {
            return -1;
        }
    }

    private static boolean allGrew(List<LongSupplier> stages, List<Long> before) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).getAsLong() <= before.get(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        topics.close();
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
