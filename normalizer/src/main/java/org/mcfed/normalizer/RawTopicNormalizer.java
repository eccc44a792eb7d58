package org.mcfed.normalizer;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;
import org.mcfed.col.pipeline.Backoff;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The normalizer as a running service, in plain Java: a managed Kafka consumer loop over
 * {@code mcfed.raw.v1} in consumer group {@link NormalizerSettings#groupId()} (so instances share
 * its partitions), writing {@code mcfed.records.v1} and {@code mcfed.rejects.v1}.
 *
 * <p>Each poll's batch goes through {@link BatchWriter} (at least once: offsets are committed only
 * after every write is acknowledged), with the {@link SameAsState} caught up with the records topic
 * first when another instance may have written some ({@link RawPartitions#othersMayHaveWritten()}).
 * An instance that holds every raw partition skips that read of the topic's end: a round trip to the
 * broker before every batch, which once held a change back for 2.3 s. A failed batch is rewound, with the
 * batches the loop holds beside it; after a failed write the producer is replaced and the {@code sameAs} state made again (from its
 * last snapshot and the records topic's tail, or the whole topic), after the pipeline's Kafka backoff
 * ({@link Backoff#kafkaReconnect()}, at most 1 s, so a restarted broker is back in use within a
 * second). When the {@code sameAs} value file cannot be written (a full disk: {@link StateStorageException}) the
 * batch is rewound too and the state made again, after a longer backoff ({@link #STORAGE_INITIAL} doubling to
 * {@link #STORAGE_CAP}: space comes back when an operator frees it); the instance reports not ready meanwhile, and
 * goes on by itself once it can write. Replay and the partitions held are {@link RawPartitions}' job.
 *
 * <p>Three batches overlap: one is normalised on the pool's workers while the loop thread links and sends the
 * one before it, and the broker acknowledges the writes of the one before that; offsets are committed without
 * waiting for the answer. In a {@code republish=all} replay, done one after the other, these steps had left the
 * second core idle for over a third of the time (BENCHMARKS.md, 2026-12-05, twentieth session). A batch is linked
 * only once the one before it is complete, so a snapshot holds acknowledged writes only. Before partitions are given
 * up, before a replay starts and at a stop, the batch in flight is completed and the one being normalised given up
 * (read again).
 */
public final class RawTopicNormalizer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RawTopicNormalizer.class);
    /** First wait after the {@code sameAs} value file could not be written. */
    static final Duration STORAGE_INITIAL = Duration.ofMillis(500);
    /** Longest wait between attempts to write it: a disk freed is in use again within this. */
    static final Duration STORAGE_CAP = Duration.ofSeconds(15);
    /**
     * A poll's longest wait while a batch is being normalised or in flight. In a replay the next batch has been fetched
     * meanwhile and comes at once; at the head of a harvest it may not, and the batches are then completed without
     * waiting for more.
     */
    static final Duration IN_FLIGHT_POLL = Duration.ofMillis(20);

    private final NormalizerSettings settings;
    private final RawRecordNormalizer normalizer;
    private final SameAsSnapshot snapshots;
    private final SameAsLinker linker;
    private final ParallelNormalizing normalizing;
    private final BatchWriter writer;
    private final RawPartitions partitions;
    private final Backoff backoff = Backoff.kafkaReconnect();
    private final Backoff storageBackoff = Backoff.exponential(STORAGE_INITIAL, STORAGE_CAP);
    private final RawProgress progress = new RawProgress();
    private final Object stopSignal = new Object();
    private final AtomicLong catchUpsBeforeBatches = new AtomicLong();

    /** Whether the replay requested last writes every record again; read when the loop starts it. */
    private volatile boolean replayRepublishesAll;
    private volatile boolean running;
    private volatile boolean ready;
    /** True from a failed write of the value file until the state is made again, or a batch completes. */
    private volatile boolean storageFailing;
    /**
     * True while the {@code sameAs} state is whole: made, and not left half-updated by a failure since. Only a whole
     * state may be saved at a stop.
     */
    private boolean stateWhole;
    private volatile String lastError;
    private Thread thread;
    private volatile SameAsState state;
    /** The loop thread's clients: the raw topic's consumer and the writer of records and rejects (replaced after a failed write). */
    private KafkaConsumer<String, byte[]> raw;
    private KafkaProducer<String, byte[]> producer;
    /** The batch sent and not complete yet (its writes in flight), or null; the loop thread's. */
    private BatchWriter.Sent inFlight;
    /** The batch polled after it, being normalised and not linked yet, or null; the loop thread's. */
    private BatchWriter.Polled ahead;
    /** Why completing the batch in flight failed when partitions were given up (in a poll), or null. */
    private RuntimeException releaseFailure;

    public RawTopicNormalizer(NormalizerSettings settings, RawRecordNormalizer normalizer, NormalizerEvents events) {
        this.settings = settings;
        this.normalizer = normalizer;
        this.snapshots = openSnapshots(settings.stateDirectory());
        // without snapshots (no folder, or another instance holds it) the value file is temporary, in the
        // JVM's temporary folder: never among the files that the folder's owner deletes as left by a kill
        this.linker = new SameAsLinker(snapshots == null ? new ValueStore(null) : ValueStore.kept(snapshots.directory()));
        this.normalizing = new ParallelNormalizing(normalizer, settings.threads());
        this.writer = new BatchWriter(settings, normalizing, linker, events == null ? NormalizerEvents.NONE : events);
        this.partitions = new RawPartitions(settings, this::completeBeforeRelease);
    }

    /** With every connector on the class path and no event listener. */
    public RawTopicNormalizer(NormalizerSettings settings) {
        this(settings, new RawRecordNormalizer(), NormalizerEvents.NONE);
    }

    /** Creates missing topics, then starts the loop on its own thread; returns at once. */
    public synchronized RawTopicNormalizer start() {
        if (thread != null) {
            return this;
        }
        TopicSetup.ensureTopics(settings);
        running = true;
        thread = new Thread(this::run, "mcfed-normalizer");
        thread.start();
        LOG.infof("normalizer started: group %s (%s, session %d ms) on %s, connectors %s%s", settings.groupId(),
                settings.instanceId() == null ? "dynamic member" : "static member " + settings.instanceId(),
                settings.sessionTimeout().toMillis(), settings.bootstrap(), normalizer.connectorNames(), settings.replayFromStart() ? ", replaying mcfed.raw.v1 from the start" : "");
        return this;
    }

    /**
     * Asks the loop to reprocess its raw partitions from the beginning, writing the records that come out
     * changed (after a crosswalk change, say); returns at once.
     */
    public void requestReplay() {
        requestReplay(false);
    }

    /**
     * As {@link #requestReplay()}; with {@code republishAll}, until the replay has caught up, every record is
     * written again, also those that come out as the records topic holds them (e.g. after that topic was
     * recreated under a running instance, whose state then no longer says what the topic holds).
     */
    public void requestReplay(boolean republishAll) {
        replayRepublishesAll = republishAll;
        partitions.requestReplay();
    }

    /** True while the loop runs. */
    public boolean isRunning() {
        return running && thread != null && thread.isAlive();
    }

    /**
     * True once the {@code sameAs} state has been rebuilt from the records topic and raw records flow; false while the
     * value file cannot be written (then {@link #lastError()} says why).
     */
    public boolean isReady() {
        return ready && !storageFailing && isRunning();
    }

    /** The partitions of {@code mcfed.raw.v1} this instance holds in its consumer group now. */
    public Set<Integer> assignedRawPartitions() {
        return partitions.held();
    }

    /** The last error the loop recovered from, or null. */
    public String lastError() {
        return lastError;
    }

    /** Raw values processed since start (a reprocessed batch counts again). */
    public long consumedCount() {
        return progress.processed();
    }

    /**
     * Raw values processed, the lag behind the held raw partitions' end, whether caught up, and the last
     * replay (started, values since, caught up at): what a benchmark polls to time a replay.
     */
    public RawProgress.Snapshot progress() {
        return progress.snapshot();
    }

    /** How the {@code sameAs} state was last made (a snapshot and the topic's tail, or the whole topic), or null before. */
    public SameAsState.Made sameAsStateMade() {
        SameAsState s = state;
        return s == null ? null : s.made();
    }

    /** How many batches were preceded by a catch-up with the records topic (tests; a sole instance needs one). */
    long catchUpsBeforeBatches() {
        return catchUpsBeforeBatches.get();
    }

    /**
     * Values of the records topic read before {@code sameAs} saves, and this instance's own writes those saves passed
     * over instead ({@link OwnWrites}), since this instance started (tests).
     */
    long[] readAndSkippedBeforeSaves() {
        SameAsState s = state;
        return s == null ? new long[2] : new long[]{s.readBeforeSaves(), s.skippedBeforeSaves()};
    }

    /** Records in the {@code sameAs} state. */
    public int knownRecords() {
        return linker.size();
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            t = thread;
            running = false;
        }
        partitions.wakeup();
        synchronized (stopSignal) {
            stopSignal.notifyAll();
        }
        if (t != null) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        normalizing.close();
        LOG.infof("normalizer stopped after %d raw records", progress.processed());
    }

    private void run() {
        try (SameAsState state = new SameAsState(linker, settings, snapshots);
             KafkaConsumer<String, byte[]> raw = NormalizerClients.rawConsumer(settings)) {
            this.state = state;
            this.raw = raw;
            producer = NormalizerClients.producer(settings);
            try {
                rebuildUntilDone(state);
                partitions.subscribe(raw);
                ready = true;
                while (running) {
                    step(state);
                }
                completeAtStop(state);
                if (stateWhole) {
                    state.saveNow(); // stopped after an acknowledged batch: the next start reads only the tail
                }
            } finally {
                producer.close(Duration.ofSeconds(10));
            }
        } catch (RuntimeException e) {
            if (running) {
                lastError = e.toString();
                LOG.errorf(e, "normalizer loop stopped on an unexpected error");
            }
        } finally {
            ready = false;
            running = false;
            partitions.detach();
            progress.unknown();
            linker.close();
            closeSnapshots();
        }
    }

    /** The snapshots in {@code folder}, or null without a folder or when it cannot be used (logged). */
    private static SameAsSnapshot openSnapshots(java.nio.file.Path folder) {
        if (folder == null) {
            return null;
        }
        try {
            return SameAsSnapshot.open(folder);
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warnf("sameAs state folder %s cannot be used (%s): running without snapshots", folder, e.getMessage());
            return null;
        }
    }

    private void closeSnapshots() {
        if (snapshots != null) {
            try {
                snapshots.close();
            } catch (java.io.IOException e) {
                LOG.warnf("cannot release the sameAs state folder %s: %s", snapshots.directory(), e.getMessage());
            }
        }
    }

    /**
     * One poll: its batch's normalising started, the batch before it (normalised meanwhile) linked and sent once the
     * one before that is complete. With nothing polled, the batches held go on one step each. A failure rewinds all
     * three and makes the state again.
     */
    private void step(SameAsState state) {
        ConsumerRecords<String, byte[]> batch = ConsumerRecords.empty();
        BatchWriter.Polled polled = null;
        try {
            if (partitions.replayIfRequested(raw, () -> completeAndGiveUpAhead(state, BatchWriter.Commit.ASYNC))) {
                progress.replayStarted(Instant.now(), replayRepublishesAll);
            }
            try {
                // with batches held, a short poll: when nothing is ready they go on now, not after a whole poll
                // timeout (their records are written or being normalised; progress and events wait for them)
                batch = raw.poll(inFlight == null && ahead == null ? settings.pollTimeout() : IN_FLIGHT_POLL);
            } catch (WakeupException e) {
                return; // replay requested or closing: the loop condition decides
            }
            if (releaseFailure != null) {
                RuntimeException e = releaseFailure;
                releaseFailure = null;
                throw e;
            }
            polled = batch.isEmpty() ? null : writer.normalise(batch, RawProgress.lagOf(raw));
            if (ahead != null) {
                BatchWriter.Normalised normalised = writer.join(ahead);
                complete(state, BatchWriter.Commit.ASYNC);
                if (partitions.othersMayHaveWritten()) {
                    state.catchUp(); // links see what other instances wrote
                    catchUpsBeforeBatches.incrementAndGet();
                }
                state.writing();
                inFlight = writer.send(normalised, producer, progress.republishingAll());
            } else if (polled == null) {
                if (inFlight != null) {
                    complete(state, BatchWriter.Commit.ASYNC);
                } else {
                    progress.observe(raw, Instant.now());
                }
            }
            ahead = polled;
        } catch (WakeupException e) {
            rewind(batch, polled);
            rebuildUntilDone(state);
        } catch (StateStorageException e) {
            int rewound = rewind(batch, polled);
            storageFailed(e, rewound);
            rebuildUntilDone(state); // the producer is kept: nothing wrong with it, its sends are acknowledged or retried by it
        } catch (KafkaException | IllegalStateException e) {
            lastError = e.toString();
            int rewound = rewind(batch, polled);
            LOG.warnf("%d raw records not completed (%s); rewinding them and rebuilding state from %s",
                    rewound, e.getMessage(), settings.recordsTopic());
            producer.close(Duration.ZERO);
            backOff();
            rebuildUntilDone(state);
            producer = NormalizerClients.producer(settings);
        }
    }

    /**
     * Completes the batch in flight, if any: its writes acknowledged, its offsets committed, the state told (it may
     * save a snapshot now), its progress and events reported.
     */
    private void complete(SameAsState state, BatchWriter.Commit commit) {
        BatchWriter.Sent sent = inFlight;
        if (sent == null) {
            return;
        }
        BatchWriter.Written written = writer.complete(sent, raw, producer, commit, state.ownWrites());
        inFlight = null;
        state.batchDone();
        progress.processed(sent.span().count(), written);
        progress.observed(sent.lag(), Instant.now());
        lastError = null;
        backoff.reset();
        storageBackoff.reset();
        storageFailing = false;
    }

    /** Completes the batch in flight, then gives up the batch being normalised ({@link #giveUpAhead}). */
    private void completeAndGiveUpAhead(SameAsState state, BatchWriter.Commit commit) {
        complete(state, commit);
        giveUpAhead();
    }

    /**
     * Gives up the batch being normalised, if any: once no thread works on it, its partitions are sought back to its
     * first offsets (the ones still held), so it is read again, by this instance or the one that takes them. Returns
     * the raw values rewound.
     */
    private int giveUpAhead() {
        if (ahead == null) {
            return 0;
        }
        ahead.job().abandon();
        int rewound = rewind(raw, ahead.span());
        ahead = null;
        return rewound;
    }

    /**
     * In a poll, before partitions are given up: the batch in flight is completed and its offsets committed first,
     * so the instance that takes them starts after it, and its catch-up sees its writes; the batch being normalised
     * is given up. Partitions {@code lost} can take no commit any more: it is sent, and its failure logged. A failure
     * is thrown once the poll returns.
     */
    private void completeBeforeRelease(boolean lost) {
        try {
            completeAndGiveUpAhead(state, lost ? BatchWriter.Commit.ASYNC : BatchWriter.Commit.SYNC);
        } catch (RuntimeException e) {
            releaseFailure = e;
        }
    }

    /** At a stop: the batch in flight completed, so the state saved holds its writes; else the state is not saved. */
    private void completeAtStop(SameAsState state) {
        try {
            completeAndGiveUpAhead(state, BatchWriter.Commit.ASYNC); // the consumer's close waits for the commit
        } catch (RuntimeException e) {
            stateWhole = false;
            inFlight = null;
            ahead = null;
            LOG.warnf("the last batch was not completed at the stop (%s): it is read again at the next start", e.getMessage());
        }
    }

    /**
     * Seeks the partitions of a failed poll's batch, of the batch being normalised and of the batch in flight back to
     * their first offsets (latest first: each partition ends at its earliest), gives them up, and returns the raw
     * values rewound.
     */
    private int rewind(ConsumerRecords<String, byte[]> batch, BatchWriter.Polled polled) {
        if (polled != null) {
            polled.job().abandon();
        }
        int rewound = rewind(raw, polled != null ? polled.span() : BatchWriter.Span.of(batch));
        rewound += giveUpAhead();
        if (inFlight != null) {
            rewound += rewind(raw, inFlight.span());
            inFlight = null;
        }
        return rewound;
    }

    private static int rewind(KafkaConsumer<String, byte[]> raw, BatchWriter.Span span) {
        span.first().forEach((tp, offset) -> {
            if (raw.assignment().contains(tp)) {
                raw.seek(tp, offset);
            }
        });
        return span.count();
    }

    /**
     * Makes the {@code sameAs} state again (from the last snapshot, which holds only acknowledged writes, or the
     * whole topic), retrying with backoff while the records topic cannot be read or the value file written.
     */
    private void rebuildUntilDone(SameAsState state) {
        stateWhole = false;
        while (running) {
            try {
                state.restoreOrRebuild();
                stateWhole = true;
                storageFailing = false;
                return;
            } catch (KafkaException e) {
                lastError = e.toString();
                LOG.warnf("cannot read %s yet (%s); retrying", settings.recordsTopic(), e.getMessage());
                backOff();
            } catch (StateStorageException e) {
                storageFailed(e, 0);
            }
        }
    }

    /** Reports a value file that cannot be written (not ready, the reason in {@link #lastError()}), then waits. */
    private void storageFailed(StateStorageException e, int rewound) {
        storageFailing = true;
        lastError = e.toString();
        Duration wait = storageBackoff.next();
        LOG.errorf("%s%s; not ready, trying again in %d ms (free space for it: nothing is lost meanwhile)",
                e.getMessage(), rewound > 0 ? "; batch of " + rewound + " raw records rewound" : "", wait.toMillis());
        waitOrStop(wait.toMillis());
    }

    /** Waits the next backoff, or less if the normalizer is closed meanwhile. */
    private void backOff() {
        waitOrStop(backoff.next().toMillis());
    }

    private void waitOrStop(long wait) {
        synchronized (stopSignal) {
            try {
                if (running) {
                    stopSignal.wait(Math.max(1, wait));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }
}
