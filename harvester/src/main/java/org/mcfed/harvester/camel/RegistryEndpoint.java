package org.mcfed.harvester.camel;

import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.mcfed.harvester.config.Schedule;

/**
 * {@code registry:<source>?schedule=<interval|cron|manual>}: a source to harvest. Its consumer polls
 * on Camel's scheduler, greedily (a batch straight after the last while a run goes on, every
 * {@value #IDLE_DELAY_MS} ms otherwise, to pick up a requested run and to fire the schedule).
 */
public class RegistryEndpoint extends ScheduledPollEndpoint {

    static final long IDLE_DELAY_MS = 200;

    private final String source;
    private final RegistryRuns runs;
    private String schedule = "manual";

    RegistryEndpoint(String uri, RegistryComponent component, String source, RegistryRuns runs) {
        super(uri, component);
        this.source = source;
        this.runs = runs;
        setDelay(IDLE_DELAY_MS);
        setInitialDelay(0);
        setGreedy(true);
    }

    /** The endpoint of a source, its schedule as Camel's {@code RAW()} (a cron expression has spaces). */
    public static String uri(String source, String schedule) {
        return RegistryComponent.SCHEME + ":" + source + "?schedule=RAW(" + schedule + ")";
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        RegistryConsumer consumer = new RegistryConsumer(this, processor, source, runs, Schedule.parse(schedule));
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    public Producer createProducer() {
        throw new UnsupportedOperationException("registry: endpoints are consumers only (a route starts from a registry)");
    }

    /** When the source is harvested: an interval ({@code 6h}), a Quartz cron expression, or {@code manual}. */
    public String getSchedule() {
        return schedule;
    }

    public void setSchedule(String schedule) {
        this.schedule = schedule;
    }
}
