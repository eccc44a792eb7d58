package org.mcfed.harvester.run;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.pipeline.RunReport;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.connector.CompactIdSet;
import org.mcfed.connector.Connector;
import org.mcfed.connector.PollResult;
import org.mcfed.connector.SourcePosition;
import org.mcfed.connector.SourceTask;
import org.mcfed.harvester.config.EngineOptions;
import org.mcfed.harvester.config.HarvestSource;
import org.mcfed.harvester.state.Checkpoint;
import org.mcfed.harvester.state.KnownEntry;
import org.mcfed.harvester.state.RunCounts;
import org.mcfed.harvester.state.SourceState;
import org.mcfed.harvester.state.StateTopic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One run of one source (or the rest of an interrupted one), driven a batch at a time by the
 * source's Camel route ({@code registry:} consumer, see {@code HarvestRoutes}): {@link #fetch()} polls
 * the connector's {@link SourceTask} (once or a few times), {@link #commit(PollBatch)} commits that batch
 * in one Kafka transaction: the raw records that are new or changed, the state of every record it saw and the
 * checkpoint. A crash therefore loses or duplicates nothing: the open transaction is aborted when
 * the next owner fences it, and the run resumes from the last checkpoint. The last transaction of
 * a run holds the deletion sweep (only when the listing was walked completely), the run report,
 * and the end of the checkpoint. The run is over once {@link #outcome()} is set.
 */
public final class HarvestRun implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HarvestRun.class);

    private final HarvestSource source;
    private final Connector connector;
    private final Producer<String, byte[]> producer;
    private final SourceState state;
    private final EngineOptions options;
    private final Supplier<String> stopReason;
    private final Clock clock;
    private final Consumer<RunCounts> committed;
    private final Trigger trigger;
    /** Ids seen unchanged as a whole in this run (see {@link PollLedger}); gone with the run, derived again on a resume. */
    private final CompactIdSet rederivedSeen = new CompactIdSet();
    private Checkpoint checkpoint;
    private SourceTask task;
    private int failingPolls;
    /** A connector's error in a batch's later poll, thrown by the next {@link #fetch()}, after the batch committed. */
    private RuntimeException deferredError;
    private volatile RunOutcome outcome;

    /**
     * @param producer   a transactional producer for this source, {@code initTransactions()} done
     * @param state      the source's state, loaded after the producer fenced earlier owners
     * @param stopReason why the run must stop at the next poll boundary (lease lost, paused, shutting down), or null
     * @param committed  told what each committed transaction counted (metrics)
     * @param trigger    what asked for this run (a retry after a Kafka failure asks again with it)
     */
    public HarvestRun(HarvestSource source, Connector connector, Producer<String, byte[]> producer, SourceState state,
                      EngineOptions options, Supplier<String> stopReason, Clock clock, Consumer<RunCounts> committed,
                      Trigger trigger) {
        this.source = source;
        this.connector = connector;
        this.producer = producer;
        this.state = state;
        this.options = options;
        this.stopReason = stopReason;
        this.clock = clock;
        this.committed = committed;
        this.trigger = trigger;
    }

    /** Starts the connector's task at the checkpoint (or afresh); a connector that fails here ends the run as failed. */
    public HarvestRun open() {
        checkpoint = state.checkpoint();
        if (checkpoint == null) {
            Instant now = clock.instant();
            String runId = source.name() + "@" + now;
            // A source that pages by time resumes from where the last completed run got to.
            checkpoint = new Checkpoint(source.name(), runId, now, SourcePosition.start(runId, state.watermark()), RunCounts.zero());
        } else {
            LOG.infof("harvest %s: resuming run %s at %s", source.name(), checkpoint.runId(), checkpoint.position().cursor());
        }
        try {
            task = connector.newTask();
            task.start(source.config(), checkpoint.position(), state.knownRecords());
        } catch (RuntimeException e) {
            fail(e);
        }
        return this;
    }

    /**
     * The route's first step: the next batch from the registry, or null when the run must stop (outcome set).
     * A batch joins the connector's polls until they returned {@link EngineOptions#transactionRecords()}
     * records (fetched or unchanged: each is a message), or until another poll as long as the last would end
     * more than {@link EngineOptions#transactionWindow()} after the first began; the last poll, a tripped breaker
     * or a stop end it early. A transaction costs the broker the same whether it carries 50 records or 500.
     * When the connector throws after earlier polls of the batch, the batch is returned (and committed); the
     * next call throws the error.
     */
    public PollBatch fetch() {
        if (stopped()) {
            return null;
        }
        if (deferredError != null) {
            RuntimeException e = deferredError;
            deferredError = null;
            throw e;
        }
        PollLedger ledger = new PollLedger(state, checkpoint.runId(), checkpoint.counts(), rederivedSeen);
        SourcePosition position = checkpoint.position();
        long deadline = System.nanoTime() + options.transactionWindow().toNanos();
        long lastPoll = 0;
        int seen = 0;
        PollResult result = null;
        boolean tripped = false;
        do {
            long started = System.nanoTime();
            PollResult next;
            try {
                next = task.poll();
            } catch (RuntimeException e) {
                if (result == null) {
                    throw e;
                }
                deferredError = e;
                break;
            }
            lastPoll = System.nanoTime() - started;
            result = next;
            failingPolls = onlyFailures(result) ? failingPolls + 1 : 0;
            tripped = failingPolls >= options.failedPollsToTrip();
            ledger.poll(result);
            seen += result.records().size() + result.unchanged().size();
            if (result.position() != null) {
                position = result.position();
            }
            // another poll only if one as long as the last still ends within the window: a record fetched by the
            // batch's first poll waits for the others, so the window bounds that wait, not just its start
        } while (!result.done() && !tripped && seen < options.transactionRecords()
                && System.nanoTime() + lastPoll < deadline && stopReason.get() == null);
        return new PollBatch(result, ledger, position, tripped);
    }

    /**
     * The route's commit step: one transaction for the batch and the advanced checkpoint, or, for the
     * last batch (listing done, or the breaker tripped), the run's closing transaction.
     */
    public void commit(PollBatch batch) {
        if (batch == null || stopped()) {
            return;
        }
        PollLedger ledger = batch.ledger();
        if (batch.result().done() || batch.tripped()) {
            if (batch.tripped()) {
                ledger.error("circuit breaker opened: " + failingPolls + " polls in a row fetched nothing but failures");
            }
            boolean complete = batch.result().complete() && !batch.tripped();
            outcome = RunOutcome.finished(finish(checkpoint, ledger, batch.position(), complete), batch.tripped());
            return;
        }
        checkpoint = checkpoint.advance(batch.position(), ledger.counts());
        commit(ledger, List.of(StateTopic.put(checkpoint)));
        state.checkpoint(checkpoint);
    }

    /**
     * The route's error handling: a connector that throws broke its contract (the run ends as failed
     * with the reason, nothing deleted); a Kafka failure aborts the open transaction and leaves the
     * checkpoint for a resume.
     */
    public void fail(Throwable error) {
        RuntimeException e = error instanceof RuntimeException r ? r : new IllegalStateException(error);
        HarvestFailure kind = HarvestFailure.classify(e);
        if (kind == HarvestFailure.PERMANENT && !(e instanceof org.apache.kafka.common.KafkaException)) {
            outcome = endAfterConnectorError(checkpoint, e);
        } else {
            abortQuietly();
            outcome = RunOutcome.broken(kind, e.toString());
        }
    }

    /** Ends the run where it stands (its route is stopping): the checkpoint stays for a resume. */
    public void stop(String why) {
        if (outcome == null) {
            outcome = RunOutcome.stopped(why);
        }
    }

    /** How the run ended; null while it goes on. */
    public RunOutcome outcome() {
        return outcome;
    }

    /** The source's state as this run has changed it (exact once the run finished; see {@link KeptStates}). */
    SourceState state() {
        return state;
    }

    public String source() {
        return source.name();
    }

    public Trigger trigger() {
        return trigger;
    }

    Producer<String, byte[]> producer() {
        return producer;
    }

    @Override
    public void close() {
        if (task != null) {
            task.close();
        }
    }

    private boolean stopped() {
        if (outcome != null) {
            return true;
        }
        String stop = stopReason.get();
        if (stop != null) {
            outcome = RunOutcome.stopped(stop);
            return true;
        }
        return false;
    }

    private RunReport finish(Checkpoint checkpoint, PollLedger ledger, SourcePosition position, boolean complete) {
        Instant now = clock.instant();
        String status = RunStatus.FAILED;
        ledger.countRederived();
        if (complete) {
            List<KnownEntry> gone = ledger.notSeen();
            int known = state.knownEntries().size();
            if (gone.size() > 10 && gone.size() > options.maxDeletionFraction() * known) {
                ledger.error("deletion sweep refused: it would delete " + gone.size() + " of " + known
                        + " known records (more than " + (int) (options.maxDeletionFraction() * 100) + "%)");
            } else {
                gone.forEach(g -> ledger.sweep(g, position, now));
                status = RunStatus.COMPLETED;
            }
        }
        RunCounts c = ledger.counts();
        RunReport report = new RunReport(source.name(), checkpoint.runId(), status, checkpoint.startedAt(), now,
                Duration.between(checkpoint.startedAt(), now).toMillis(), c.pages(), c.fetched(), c.created(),
                c.changed(), c.unchanged(), c.deleted(), c.failed(), c.errors(), c.itemProblems(), c.itemProblemCount());
        List<ProducerRecord<String, byte[]>> tail = new ArrayList<>(List.of(
                new ProducerRecord<>(Topics.HARVEST_RUNS, source.name(), ColJson.writeBytes(report)),
                StateTopic.runEnded(source.name())));
        boolean advancesWatermark = RunStatus.COMPLETED.equals(status) && position != null && position.since() != null;
        if (advancesWatermark) {
            tail.add(StateTopic.watermark(source.name(), position.since()));
        }
        commit(ledger, tail);
        state.checkpoint(null);
        if (advancesWatermark) {
            state.watermark(position.since());
        }
        return report;
    }

    /** A connector that throws broke its contract; the run ends as failed with the reason, nothing deleted. */
    private RunOutcome endAfterConnectorError(Checkpoint checkpoint, RuntimeException e) {
        LOG.errorf(e, "harvest %s: connector %s failed", source.name(), source.connector());
        try {
            PollLedger ledger = new PollLedger(state, checkpoint.runId(), checkpoint.counts(), rederivedSeen);
            ledger.error("connector " + source.connector() + " failed: " + e);
            return RunOutcome.finished(finish(checkpoint, ledger, checkpoint.position(), false), false);
        } catch (RuntimeException kafka) {
            abortQuietly();
            return RunOutcome.broken(HarvestFailure.classify(kafka), kafka.toString());
        }
    }

    private void commit(PollLedger ledger, List<ProducerRecord<String, byte[]>> tail) {
        producer.beginTransaction();
        for (ProducerRecord<String, byte[]> m : ledger.messages()) {
            producer.send(m);
        }
        for (ProducerRecord<String, byte[]> m : tail) {
            producer.send(m);
        }
        producer.commitTransaction();
        ledger.applyTo(state);
        committed.accept(ledger.delta());
    }

    private void abortQuietly() {
        try {
            producer.abortTransaction();
        } catch (RuntimeException ignored) {
            // no transaction open, or the producer is fenced or closed: the broker aborts it for us
        }
    }

    private static boolean onlyFailures(PollResult r) {
        return !r.failures().isEmpty() && r.records().isEmpty() && r.unchanged().isEmpty();
    }
}
