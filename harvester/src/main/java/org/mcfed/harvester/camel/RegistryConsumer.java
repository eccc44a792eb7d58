package org.mcfed.harvester.camel;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;
import org.jboss.logging.Logger;
import org.mcfed.harvester.config.Schedule;
import org.mcfed.harvester.run.HarvestRun;
import org.mcfed.harvester.run.Trigger;

import java.time.Instant;

/**
 * Drives one source's runs, built as Camel's own polling consumers are: each poll sends one batch of
 * the running harvest through the route (a {@link HarvestRun} in the {@value #RUN} property; the
 * route fetches and commits), and while a run goes on the consumer polls again at once (greedy).
 * Between runs a poll fires the source's schedule and picks up the run it admitted, or one an
 * operator or a resume asked for. All of a source's runs go on in this consumer's own thread.
 */
public class RegistryConsumer extends ScheduledPollConsumer {

    /** The exchange property holding the run the batch belongs to. */
    public static final String RUN = "McfedHarvestRun";

    private static final Logger LOG = Logger.getLogger(RegistryConsumer.class);

    private final String source;
    private final RegistryRuns runs;
    private final Schedule schedule;
    private ScheduleClock clock;
    private HarvestRun current;

    RegistryConsumer(RegistryEndpoint endpoint, Processor processor, String source, RegistryRuns runs, Schedule schedule) {
        super(endpoint, processor);
        this.source = source;
        this.runs = runs;
        this.schedule = schedule;
    }

    @Override
    protected void doStart() throws Exception {
        clock = new ScheduleClock(schedule, Instant.now());
        super.doStart();
        LOG.infof("harvest %s scheduled: %s", source, describe(schedule));
    }

    @Override
    protected synchronized int poll() throws Exception {
        if (clock.fired(Instant.now())) {
            // refused while this source runs (the fire is skipped) or when the admission says no
            runs.request(source, Trigger.SCHEDULE);
        }
        if (current == null) {
            current = runs.next(source);
            if (current == null) {
                return 0;
            }
        }
        if (current.outcome() == null) {
            Exchange exchange = createExchange(false);
            exchange.setProperty(RUN, current);
            try {
                getProcessor().process(exchange);
                if (exchange.getException() != null && current.outcome() == null) {
                    current.fail(exchange.getException());
                }
            } finally {
                releaseExchange(exchange, false);
            }
        }
        if (current.outcome() != null) {
            endCurrent();
        }
        return 1;
    }

    /** The route stops (shutdown, halt): the run ends at this batch boundary, its checkpoint kept for a resume. */
    @Override
    protected synchronized void doStop() throws Exception {
        super.doStop();
        if (current != null) {
            current.stop("route stopped");
            endCurrent();
        }
    }

    private void endCurrent() {
        HarvestRun ended = current;
        current = null;
        runs.ended(ended);
    }

    private static String describe(Schedule s) {
        return switch (s.kind()) {
            case MANUAL -> "manual (runs only when an operator asks)";
            case INTERVAL -> "every " + s.interval();
            case CRON -> "cron " + s.cron() + " (UTC)";
        };
    }
}
