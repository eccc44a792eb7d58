package org.mcfed.harvester.run;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.Producer;
import org.jboss.logging.Logger;
import org.mcfed.connector.Connector;
import org.mcfed.connector.Connectors;
import org.mcfed.harvester.camel.HarvestRoutes;
import org.mcfed.harvester.camel.RegistryComponent;
import org.mcfed.harvester.camel.RegistryRuns;
import org.mcfed.harvester.config.EngineOptions;
import org.mcfed.harvester.config.HarvestSource;
import org.mcfed.harvester.kafka.HarvestTopics;
import org.mcfed.harvester.kafka.HarvesterClients;
import org.mcfed.harvester.lease.SourceLeases;
import org.mcfed.harvester.state.SourceState;
import org.mcfed.harvester.state.StateReads;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Harvests the configured sources of this instance: one Camel route per source
 * ({@code registry:<source>}, see {@link HarvestRoutes}) drives its runs; this class admits the
 * runs asked for (by the schedule, an operator, a resume), opens each run for its route, and acts on
 * how it ended. Plain Java over its own Camel context so that tests can start, halt and restart whole
 * instances; the Quarkus app hands it the app's Camel context.
 */
public final class HarvestEngine implements RegistryRuns, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HarvestEngine.class);
    private static final Duration STATE_READ_TIMEOUT = Duration.ofSeconds(60);
    /** Sources resumed together ask for their state within a few milliseconds: a read waits this long for the rest. */
    private static final Duration STATE_READ_GATHER = Duration.ofMillis(50);
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private final Map<String, SourceControl> controls = new LinkedHashMap<>();
    private final List<HarvestSource> sources;
    private final Map<String, Connector> connectors = new ConcurrentHashMap<>();
    private final EngineOptions options;
    private final HarvesterClients kafka;
    private final Clock clock;
    private final HarvestMetrics metrics;
    private final CamelContext camel;
    private final boolean ownsCamel;
    private final RunProducers producers;
    private final StateReads stateReads;
    private final KeptStates keptStates = new KeptStates(this::leaseChanges);
    private final RunAdmission admission;
    private final RunRetries retries;
    private final RunEnding ending;
    private final IdleCollection idleCollection = new IdleCollection(IdleCollection.APP_DELAY);
    private volatile SourceLeases leases;
    private volatile boolean closing;
    private volatile boolean halted;

    /** An engine on a Camel context of its own (tests, benchmarks). */
    public HarvestEngine(Collection<HarvestSource> sources, EngineOptions options, Clock clock, HarvestMetrics metrics) {
        this(sources, options, clock, metrics, new DefaultCamelContext(), true);
    }

    /** An engine whose routes join {@code camel}, the app's context. */
    public HarvestEngine(Collection<HarvestSource> sources, EngineOptions options, Clock clock, HarvestMetrics metrics,
                         CamelContext camel) {
        this(sources, options, clock, metrics, camel, false);
    }

    private HarvestEngine(Collection<HarvestSource> sources, EngineOptions options, Clock clock, HarvestMetrics metrics,
                          CamelContext camel, boolean ownsCamel) {
        this.sources = List.copyOf(sources);
        this.options = options;
        this.kafka = new HarvesterClients(options.bootstrap());
        this.producers = new RunProducers(kafka);
        this.stateReads = new StateReads(kafka::reader, STATE_READ_TIMEOUT, STATE_READ_GATHER);
        this.clock = clock;
        this.metrics = metrics;
        this.camel = camel;
        this.ownsCamel = ownsCamel;
        for (HarvestSource s : sources) {
            controls.put(s.name(), new SourceControl(s, new SourceBreaker(options.failedRunsToOpen(), options.breakerOpenFor())));
        }
        this.admission = new RunAdmission(clock, () -> leases);
        this.retries = new RunRetries(options.resumeAttempts(), options.resumeBackoff(), () -> closing || halted, this::request);
        this.ending = new RunEnding(clock, metrics, retries);
    }

    /** Creates the topics, reads back the last run reports, starts the sources' routes and joins the lease group. */
    public HarvestEngine start() {
        int slots;
        try (Admin admin = kafka.admin()) {
            slots = HarvestTopics.ensure(admin, options.leaseSlots());
        }
        LastRunReports.load(kafka.reader(), controls);
        try {
            camel.addComponent(RegistryComponent.SCHEME, new RegistryComponent(this));
            camel.addRoutes(new HarvestRoutes(sources));
            if (ownsCamel) {
                camel.start();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not start the harvest routes: " + e, e);
        }
        leases = new SourceLeases(kafka.leaseConsumer(options.instanceId(), options.sessionTimeout()), slots,
                this::acquired).start();
        LOG.infof("harvester %s started with sources %s (%d lease slots)", options.instanceId(), controls.keySet(), slots);
        return this;
    }

    /** Asks for a run; returns at once, the run goes on in the source's route. */
    @Override
    public RunRequest request(String source, Trigger trigger) {
        SourceControl control = controls.get(source);
        RunRequest refused = admission.refusal(control, trigger, closing || halted);
        if (refused != null) {
            return refused;
        }
        if (!control.tryStart()) {
            return RunRequest.ALREADY_RUNNING;
        }
        control.requested(trigger);
        return RunRequest.STARTED;
    }

    @Override
    public HarvestRun next(String source) {
        SourceControl control = controls.get(source);
        Trigger trigger = control == null ? null : control.takeRequested();
        if (trigger == null) {
            return null;
        }
        Producer<String, byte[]> producer = null;
        try {
            // Both wait on the broker (a restarted instance's initTransactions() waits for the old owner's
            // transaction to be aborted): read the state meanwhile instead of after. Reading before the
            // fence is safe: at worst an old owner still alive commits one more checkpoint after the read
            // began, and this run resumes from the one before it, fetching that batch again (records are
            // keyed by id, so downstream it is an update, not a duplicate).
            long opening = System.nanoTime();
            // (and sources starting together share one read of the topic: StateReads), unless the last run
            // here left a state that is still exact (KeptStates)
            SourceState kept = keptStates.open(source);
            CompletableFuture<SourceState> reading = kept != null ? CompletableFuture.completedFuture(kept) : stateReads.read(source);
            long fenced;
            try {
                producer = producers.open(source);
            } finally {
                fenced = System.nanoTime();
                reading.exceptionally(e -> null).join(); // never leave the read running on its own
            }
            SourceState state = joined(reading);
            LOG.infof("harvest %s (%s): producer ready (earlier owner fenced) in %d ms, state %s by %d ms", source, trigger,
                    (fenced - opening) / 1_000_000, kept != null ? "kept from the last run" : "read", (System.nanoTime() - opening) / 1_000_000);
            if (trigger == Trigger.RESUME && state.checkpoint() == null) {
                keptStates.finished(source, state);
                producers.release(producer);
                control.finished();
                return null;
            }
            return new HarvestRun(control.source(), connector(control.source().connector()), producer, state, options,
                    () -> stopReason(control), clock, delta -> metrics.committed(source, delta), trigger).open();
        } catch (RuntimeException e) {
            keptStates.discard(source);
            LOG.errorf(e, "harvest %s: run could not start", source);
            producers.release(producer);
            retries.afterBrokerFailure(control, HarvestFailure.classify(e), trigger);
            control.finished();
            return null;
        }
    }

    /** The read's result, or what it threw, unwrapped, so that {@link HarvestFailure#classify} sees Kafka's own exception. */
    private static SourceState joined(CompletableFuture<SourceState> reading) {
        try {
            return reading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void ended(HarvestRun run) {
        SourceControl control = controls.get(run.source());
        try {
            RunOutcome outcome = run.outcome();
            if (outcome != null && outcome.report() != null && !halted && !closing) {
                keptStates.finished(run.source(), run.state());
            } else {
                keptStates.discard(run.source());
            }
            run.close();
            ending.ended(control, outcome, run.trigger());
        } catch (RuntimeException e) {
            LOG.errorf(e, "harvest %s: ending the run failed", run.source());
        } finally {
            producers.release(run.producer());
            control.finished();
            if (options.collectWhenIdle() && !closing && !halted && !anyRunning()) {
                idleCollection.request(this::anyRunning);
            }
        }
    }

    private boolean anyRunning() {
        return controls.values().stream().anyMatch(SourceControl::running);
    }

    /** Whole-heap collections made since start because every run had ended ({@link IdleCollection}). */
    public long idleCollections() {
        return idleCollection.collections();
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
                retries.soon(c.source().name(), c.takeOwedScheduledRun() ? Trigger.SCHEDULE : Trigger.RESUME);
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

    private long leaseChanges() {
        SourceLeases l = leases;
        return l == null ? -1 : l.changes();
    }

    public boolean owns(String source) {
        return leases != null && leases.owns(source);
    }

    /** Reads of the whole state topic so far (a run starting from a kept state reads nothing). */
    public long stateTopicReads() {
        return stateReads.reads();
    }

    public String instanceId() {
        return options.instanceId();
    }

    /** The broker this engine writes to. */
    public String bootstrap() {
        return options.bootstrap();
    }

    private Connector connector(String name) {
        return connectors.computeIfAbsent(name, Connectors::byName);
    }

    /** Stops cleanly: running runs stop at their next poll (checkpoint kept), the leases go back to the group. */
    @Override
    public void close() {
        closing = true;
        stopRoutes(STOP_WAIT);
        if (leases != null) {
            leases.close();
        }
        retries.close();
        idleCollection.close();
    }

    /**
     * Stops as a crash would: nothing more is committed, open transactions stay open (the next owner's
     * producer aborts them), the lease group still counts this instance until it comes back.
     */
    public void halt() {
        halted = true;
        producers.halt();
        if (leases != null) {
            leases.halt();
        }
        retries.close();
        idleCollection.close();
        stopRoutes(Duration.ofSeconds(5));
    }

    private void stopRoutes(Duration wait) {
        try {
            if (ownsCamel) {
                camel.getShutdownStrategy().setTimeout(wait.toSeconds());
                camel.stop();
            } else {
                for (SourceControl c : controls.values()) {
                    if (camel.getRoute(HarvestRoutes.routeId(c.source().name())) != null) {
                        camel.getRouteController().stopRoute(HarvestRoutes.routeId(c.source().name()), wait.toSeconds(), TimeUnit.SECONDS);
                    }
                }
            }
        } catch (Exception e) {
            LOG.warnf("stopping the harvest routes: %s", e.toString());
        }
    }
}
