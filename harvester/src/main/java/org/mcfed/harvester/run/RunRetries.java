package org.mcfed.harvester.run;

import org.jboss.logging.Logger;
import org.mcfed.col.pipeline.Backoff;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * Asks again for runs that did not end on their own: one that stopped because its lease went away,
 * and one that Kafka interrupted (with the pipeline's one {@link Backoff}: doubling from the first wait, jittered, at most {@link #RESUME_CAP}; a bounded number of times).
 */
final class RunRetries {

    private static final Logger LOG = Logger.getLogger(HarvestEngine.class);
    /** The longest wait before asking again for a run that Kafka interrupted. */
    static final Duration RESUME_CAP = Duration.ofMinutes(1);

    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "harvest-timers");
        t.setDaemon(true);
        return t;
    });
    private final int attempts;
    private final Duration firstBackoff;
    private final BooleanSupplier shuttingDown;
    private final BiConsumer<String, Trigger> request;

    RunRetries(int attempts, Duration firstBackoff, BooleanSupplier shuttingDown, BiConsumer<String, Trigger> request) {
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
        this.shuttingDown = shuttingDown;
        this.request = request;
    }

    /**
     * A run that stopped because its lease went away continues as soon as this instance holds the
     * lease again. A broker restart revokes and reassigns the lease while the run is still busy, so
     * the resume that the reassignment asked for found it running and did nothing; this asks again
     * once the run has ended (a no-op when another instance owns the source: it resumes there).
     */
    void resumeIfLeaseCameBack(SourceControl control) {
        if (shuttingDown.getAsBoolean() || control.paused()) {
            return;
        }
        later(control.source().name(), Trigger.RESUME, firstBackoff.toMillis());
    }

    /**
     * After Kafka failed under a run, asks for it again: a run that had committed a checkpoint
     * resumes from it, one that had not starts afresh (the same trigger, so the same checks apply).
     */
    void afterBrokerFailure(SourceControl control, HarvestFailure failure, Trigger trigger) {
        if (failure != HarvestFailure.BROKER || shuttingDown.getAsBoolean()) {
            return;
        }
        int attempt = control.nextBrokerRetry();
        if (attempt > attempts) {
            LOG.errorf("harvest %s: Kafka still failing after %d resumes; waiting for the next schedule",
                    control.source().name(), attempts);
            control.brokerRecovered();
            return;
        }
        Trigger again = trigger == Trigger.SCHEDULE ? Trigger.MANUAL : trigger;
        later(control.source().name(), again, Backoff.delay(firstBackoff, RESUME_CAP, attempt, ThreadLocalRandom.current()).toMillis());
    }

    /** Asks for a run soon, off the caller's thread (a lease callback's, a route's). */
    void soon(String source, Trigger trigger) {
        later(source, trigger, 0);
    }

    void close() {
        timers.shutdownNow();
    }

    private void later(String source, Trigger trigger, long delayMs) {
        try {
            timers.schedule(() -> request.accept(source, trigger), delayMs, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // shutting down: the checkpoint stays for the next start
        }
    }
}
