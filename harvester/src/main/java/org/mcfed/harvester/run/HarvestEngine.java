package org.mcfed.harvester.run;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.pipeline.RunReport;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.connector.Connector;
import org.mcfed.connector.Connectors;
import org.mcfed.harvester.config.EngineOptions;
import org.mcfed.harvester.config.HarvestSource;
import org.mcfed.harvester.kafka.HarvestTopics;
import org.mcfed.harvester.kafka.KafkaClients;
import org.mcfed.harvester.lease.SourceLeases;
import org.mcfed.harvester.state.SourceState;
import org.mcfed.harvester.state.StateTopic;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Harvests the configured sources of this instance: decides whether a requested run may go
 * ahead (owned lease, not paused, breaker closed, not already running), runs it on the source's
 * own thread, and acts on how it ended (report and log line, breaker, resume after a Kafka outage).
 * Plain Java so that tests can start, halt and restart whole instances; the Quarkus app wraps it.
 */
public final class HarvestEngine implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HarvestEngine.class);
    private static final Duration STATE_READ_TIMEOUT = Duration.ofSeconds(60);

    private final Map<String, SourceControl> controls = new LinkedHashMap<>();
    private final Map<String, Connector> connectors = new ConcurrentHashMap<>();
    private final EngineOptions options;
    private final KafkaClients kafka;
    private final Clock clock;
    private final HarvestMetrics metrics;
    private final Map<String, ExecutorService> runners = new ConcurrentHashMap<>();
    private final Set<Producer<String, byte[]>> openProducers = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "harvest-timers"));
    private volatile SourceLeases leases;
    private volatile boolean closing;
    private volatile boolean halted;

    public HarvestEngine(Collection<HarvestSource> sources, EngineOptions options, Clock clock, HarvestMetrics metrics) {
        this.options = options;
        this.kafka = new KafkaClients(options.bootstrap());
        this.clock = clock;
        this.metrics = metrics;
        for (HarvestSource s : sources) {
            controls.put(s.name(), new SourceControl(s, new SourceBreaker(options.failedRunsToOpen(), options.breakerOpenFor())));
        }
    }

    /** Creates the topics, reads back the last run reports and joins the lease group. */
    public HarvestEngine start() {
        int slots;
        try (Admin admin = kafka.admin()) {
            slots = HarvestTopics.ensure(admin, options.leaseSlots());
        }
        loadLastRuns();
        leases = new SourceLeases(kafka.leaseConsumer(options.instanceId(), options.sessionTimeout()), slots,
                this::acquired).start();
        LOG.infof("harvester %s started with sources %s (%d lease slots)", options.instanceId(), controls.keySet(), slots);
        return this;
    }

    /** Asks for a run on the source's own thread; returns at once. */
    public RunRequest request(String source, Trigger trigger) {
        SourceControl control = controls.get(source);
        RunRequest refused = refusal(control, trigger);
        if (refused != null) {
            return refused;
        }
        if (!control.tryStart()) {
            return RunRequest.ALREADY_RUNNING;
        }
        try {
            runnerOf(source).submit(() -> runGuarded(control, trigger));
        } catch (RuntimeException e) {
            control.finished();
            return RunRequest.SHUT_DOWN;
        }
        return RunRequest.STARTED;
    }

    /** Runs in the caller's thread (a Camel route's), returning once the run ended or was refused. */
    public RunRequest runNow(String source, Trigger trigger) {
        SourceControl control = controls.get(source);
        RunRequest refused = refusal(control, trigger);
        if (refused != null) {
            return refused;
        }
        if (!control.tryStart()) {
            return RunRequest.ALREADY_RUNNING;
        }
        return runGuarded(control, trigger);
    }

    private RunRequest refusal(SourceControl control, Trigger trigger) {
        if (control == null) {
            return RunRequest.UNKNOWN_SOURCE;
        }
        if (closing || halted) {
            return RunRequest.SHUT_DOWN;
        }
        if (!control.source().enabled()) {
            return RunRequest.DISABLED;
        }
        if (control.paused()) {
            return RunRequest.PAUSED;
        }
        if (trigger == Trigger.SCHEDULE && !control.breaker().allowsScheduled(clock.instant())) {
            return RunRequest.BREAKER_OPEN;
        }
        if (leases == null || !leases.owns(control.source().name())) {
            if (trigger == Trigger.SCHEDULE && (leases == null || !leases.joined())) {
                // the first scheduled run can fire before the group has given out the leases (a slow start);
                // without this it would wait for the next schedule, an hour or a day away
                control.owesScheduledRun();
            }
            return RunRequest.NOT_OWNER;
        }
        return null;
    }

    private RunRequest runGuarded(SourceControl control, Trigger trigger) {
        try {
            return runOnce(control, trigger);
        } catch (RuntimeException e) {
            LOG.errorf(e, "harvest %s: run could not start", control.source().name());
            retryAfterBrokerFailure(control, HarvestFailure.classify(e), trigger);
            return RunRequest.STARTED;
        } finally {
            control.finished();
        }
    }

    private RunRequest runOnce(SourceControl control, Trigger trigger) {
        HarvestSource source = control.source();
        Producer<String, byte[]> producer = kafka.transactionalProducer(source.name());
        openProducers.add(producer);
        try {
            SourceState state = StateTopic.load(kafka::reader, source.name(), STATE_READ_TIMEOUT);
            if (trigger == Trigger.RESUME && state.checkpoint() == null) {
                return RunRequest.NOTHING_TO_RESUME;
            }
            HarvestRun run = new HarvestRun(source, connector(source.connector()), producer, state, options,
                    () -> stopReason(control), clock, delta -> metrics.committed(source.name(), delta));
            RunOutcome outcome = run.execute();
            ended(control, outcome, trigger);
            return RunRequest.STARTED;
        } finally {
            openProducers.remove(producer);
            if (!halted) {
                producer.close(Duration.ofSeconds(5));
            }
        }
    }

    private void ended(SourceControl control, RunOutcome outcome, Trigger trigger) {
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
            resumeIfLeaseCameBack(control);
        } else {
            LOG.warnf("harvest %s interrupted, %s: %s", name, outcome.failure(), outcome.stoppedBecause());
            retryAfterBrokerFailure(control, outcome.failure(), trigger);
        }
    }

    /**
     * A run that stopped because its lease went away continues as soon as this instance holds the
     * lease again. A broker restart revokes and reassigns the lease while the run is still busy, so
     * the resume that the reassignment asked for found it running and did nothing; this asks again
     * once the run has ended (a no-op when another instance owns the source: it resumes there).
     */
    private void resumeIfLeaseCameBack(SourceControl control) {
        if (closing || halted || control.paused()) {
            return;
        }
        timers.schedule(() -> request(control.source().name(), Trigger.RESUME), options.resumeBackoff().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * After Kafka failed under a run, asks for it again: a run that had committed a checkpoint
     * resumes from it, one that had not starts afresh (the same trigger, so the same checks apply).
     */
    private void retryAfterBrokerFailure(SourceControl control, HarvestFailure failure, Trigger trigger) {
        if (failure != HarvestFailure.BROKER || closing || halted) {
            return;
        }
        int attempt = control.nextBrokerRetry();
        if (attempt > options.resumeAttempts()) {
            LOG.errorf("harvest %s: Kafka still failing after %d resumes; waiting for the next schedule",
                    control.source().name(), options.resumeAttempts());
            control.brokerRecovered();
            return;
        }
        long delay = Math.min(options.resumeBackoff().toMillis() << Math.min(attempt - 1, 5), 60_000);
        Trigger again = trigger == Trigger.SCHEDULE ? Trigger.MANUAL : trigger;
        timers.schedule(() -> request(control.source().name(), again), delay, TimeUnit.MILLISECONDS);
    }

    private String stopReason(SourceControl control) {
        if (halted) {
            return "halted";
        }
        if (closing) {
            return "shutting down";
        }
        if (control.paused()) {
            return "paused by an operator";
        }
        if (!leases.owns(control.source().name())) {
            return "lease lost to another instance";
        }
        return null;
    }

    /**
     * A lease slot was given to this instance: continue any run its sources left unfinished, or run the
     * scheduled run that came while this instance was still joining (a run resumes from a checkpoint if one exists).
     */
    private void acquired(int slot) {
        for (SourceControl c : controls.values()) {
            if (leases != null && leases.slotOf(c.source().name()) == slot && c.source().enabled()) {
                Trigger trigger = c.takeOwedScheduledRun() ? Trigger.SCHEDULE : Trigger.RESUME;
                timers.execute(() -> request(c.source().name(), trigger));
            }
        }
    }

    public void pause(String source) {
        control(source).paused(true);
    }

    /** Lifts a pause and continues the interrupted run, if there is one. */
    public RunRequest resume(String source) {
        control(source).paused(false);
        return request(source, Trigger.RESUME);
    }

    public SourceControl control(String source) {
        SourceControl c = controls.get(source);
        if (c == null) {
            throw new IllegalArgumentException("no source named '" + source + "'; configured: " + controls.keySet());
        }
        return c;
    }

    public Collection<SourceControl> controls() {
        return controls.values();
    }

    public boolean owns(String source) {
        return leases != null && leases.owns(source);
    }

    public String instanceId() {
        return options.instanceId();
    }

    private Connector connector(String name) {
        return connectors.computeIfAbsent(name, Connectors::byName);
    }

    private ExecutorService runnerOf(String source) {
        return runners.computeIfAbsent(source, s -> Executors.newSingleThreadExecutor(r -> daemon(r, "harvest-" + s)));
    }

    private void loadLastRuns() {
        try (Consumer<String, byte[]> reader = kafka.reader()) {
            List<PartitionInfo> infos = reader.partitionsFor(Topics.HARVEST_RUNS, Duration.ofSeconds(30));
            List<TopicPartition> parts = infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            reader.assign(parts);
            reader.seekToBeginning(parts);
            Map<TopicPartition, Long> end = reader.endOffsets(parts, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (parts.stream().anyMatch(p -> reader.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : reader.poll(Duration.ofMillis(200))) {
                    SourceControl c = r.key() == null || r.value() == null ? null : controls.get(r.key());
                    if (c != null) {
                        c.reported(ColJson.mapper().readValue(r.value(), RunReport.class));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("could not read back earlier run reports from %s: %s", Topics.HARVEST_RUNS, e.toString());
        }
    }

    /** Stops cleanly: running runs stop at their next poll (checkpoint kept), the leases go back to the group. */
    @Override
    public void close() {
        closing = true;
        shutdownRunners(Duration.ofSeconds(60));
        if (leases != null) {
            leases.close();
        }
        timers.shutdownNow();
    }

    /**
     * Stops as a crash would: nothing more is committed, open transactions stay open (the next owner's
     * producer aborts them), the lease group still counts this instance until it comes back.
     */
    public void halt() {
        halted = true;
        for (Producer<String, byte[]> p : openProducers) {
            try {
                p.close(Duration.ZERO);
            } catch (RuntimeException ignored) {
                // already failing: that is the point
            }
        }
        if (leases != null) {
            leases.halt();
        }
        timers.shutdownNow();
        runners.values().forEach(ExecutorService::shutdownNow);
    }

    private void shutdownRunners(Duration wait) {
        runners.values().forEach(ExecutorService::shutdown);
        for (ExecutorService e : runners.values()) {
            try {
                e.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
