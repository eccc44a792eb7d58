package org.mcfed.harvester.run;

import org.jboss.logging.Logger;
import org.mcfed.col.pipeline.RunReport;

import java.time.Clock;

/**
 * Acts on how a run ended: a finished run's report is kept, counted, logged in one line and told
 * to the breaker; a run that stopped (lease lost, paused, shutting down) or that Kafka interrupted
 * is asked for again through {@link RunRetries}.
 */
final class RunEnding {

    private static final Logger LOG = Logger.getLogger(HarvestEngine.class);

    private final Clock clock;
    private final HarvestMetrics metrics;
    private final RunRetries retries;

    RunEnding(Clock clock, HarvestMetrics metrics, RunRetries retries) {
        this.clock = clock;
        this.metrics = metrics;
        this.retries = retries;
    }

    void ended(SourceControl control, RunOutcome outcome, Trigger trigger) {
        String name = control.source().name();
        if (outcome.report() != null) {
            RunReport r = outcome.report();
            control.brokerRecovered();
            control.reported(r);
            metrics.run(name, r.status());
            if (outcome.completed()) {
                control.breaker().completed();
            } else {
                control.breaker().failed(outcome.tripped(), clock.instant());
            }
            LOG.infof("harvest %s run %s %s in %d ms: pages=%d fetched=%d new=%d changed=%d unchanged=%d deleted=%d failed=%d item-problems=%d%s",
                    name, r.runId(), r.status(), r.durationMs(), r.pages(), r.fetched(), r.created(), r.changed(),
                    r.unchanged(), r.deleted(), r.failed(), r.itemProblemCount(),
                    r.errors().isEmpty() ? "" : " first error: " + r.errors().get(0));
        } else if (outcome.failure() == null) {
            LOG.infof("harvest %s stopped (%s); the run resumes from its checkpoint", name, outcome.stoppedBecause());
            retries.resumeIfLeaseCameBack(control);
        } else {
            LOG.warnf("harvest %s interrupted, %s: %s", name, outcome.failure(), outcome.stoppedBecause());
            retries.afterBrokerFailure(control, outcome.failure(), trigger);
        }
    }
}
