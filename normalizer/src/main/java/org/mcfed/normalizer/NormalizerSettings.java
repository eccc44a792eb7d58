package org.mcfed.normalizer;

import org.mcfed.col.pipeline.Topics;

import java.time.Duration;

/**
 * What the normalizer loop needs to run, independent of how it is configured (Quarkus config in
 * the app, code in tests of other modules).
 *
 * @param bootstrap         Kafka bootstrap servers
 * @param groupId           consumer group over {@code mcfed.raw.v1}; instances of one group share its partitions
 * @param replicationFactor replication factor of topics created (their partitions and compaction are
 *                          declared once, in col-schema's pipeline/topics.csv)
 * @param replayFromStart   reprocess {@code mcfed.raw.v1} from its beginning once partitions are assigned
 * @param pollTimeout       how long one poll of the raw topic waits for records
 * @param maxPollRecords    largest batch processed between offset commits
 * @param instanceId        static member name in the group ({@code group.instance.id}), or null for a dynamic member:
 *                          a restarted instance with the same name takes its partitions back at once, without
 *                          waiting for the session of its killed predecessor to expire
 * @param sessionTimeout    how long the group waits for a silent member before moving its partitions to the others
 * @param threads           threads that normalise a batch (the loop thread included); linking stays on the loop thread
 * @param stateDirectory    this instance's own folder for its {@code sameAs} value file and snapshot (a restart then
 *                          reads only the records topic's tail), or null: value file in the temporary folder, no snapshot
 * @param snapshotInterval  at most how often the {@code sameAs} state is saved there (each save appends what changed since the last; now and then the whole state)
 */
public record NormalizerSettings(
        String bootstrap,
        String groupId,
        short replicationFactor,
        boolean replayFromStart,
        Duration pollTimeout,
        int maxPollRecords,
        String instanceId,
        Duration sessionTimeout,
        int threads,
        java.nio.file.Path stateDirectory,
        Duration snapshotInterval) {

    public static final String DEFAULT_GROUP = "mcfed-normalizer";

    public NormalizerSettings {
        if (bootstrap == null || bootstrap.isBlank()) {
            throw new IllegalArgumentException("mcfed.kafka.bootstrap is required");
        }
        if (sessionTimeout == null) {
            sessionTimeout = DEFAULT_SESSION_TIMEOUT;
        }
        if (threads < 1) {
            threads = Runtime.getRuntime().availableProcessors();
        }
        if (snapshotInterval == null) {
            snapshotInterval = DEFAULT_SNAPSHOT_INTERVAL;
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("replication factor must be at least 1");
        }
    }

    /**
     * How often the {@code sameAs} state is saved when none is configured: a restart reads at most this much
     * of the records topic's tail (about 3,000 values took 9.5 s on a loaded machine). A save of 100,000
     * records takes tens of milliseconds; at a million, seconds, and then saves space out by themselves
     * (at most a twentieth of the loop's time, {@link SameAsState}).
     */
    public static final Duration DEFAULT_SNAPSHOT_INTERVAL = Duration.ofSeconds(10);

    /** The session timeout when none is configured: a killed member's partitions move within it. */
    public static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofSeconds(10);

    /**
     * The largest batch when none is configured. The loop overlaps a batch's commit and the wait for its
     * acknowledgements with the next batches ({@link RawTopicNormalizer}), so they cost little per batch; but
     * three batches are alive at once, and at 2,000 (about 1,000 a poll, by the fetch size) their values and
     * outcomes outlived young collections in the normaliser's crowded heap: G1 collected the whole heap 12 to
     * 14 times in two {@code republish=all} replays of a million raw values, none at 500 (BENCHMARKS.md,
     * 2026-12-05, twenty-first session). While instances share the raw topic, each batch still pays a
     * catch-up on the records topic's end.
     */
    public static final int DEFAULT_MAX_POLL_RECORDS = 500;

    /**
     * Defaults for a single-node broker: group {@code mcfed-normalizer}, replication 1, no replay, 500 ms
     * polls of up to {@value #DEFAULT_MAX_POLL_RECORDS} records, a dynamic member with a 10 s session, one
     * normalising thread per available processor.
     */
    public static NormalizerSettings defaults(String bootstrap) {
        return new NormalizerSettings(bootstrap, DEFAULT_GROUP, (short) 1, false, Duration.ofMillis(500),
                DEFAULT_MAX_POLL_RECORDS, null, DEFAULT_SESSION_TIMEOUT, 0, null, null);
    }

    public NormalizerSettings withReplicationFactor(short factor) {
        return new NormalizerSettings(bootstrap, groupId, factor,
                replayFromStart, pollTimeout, maxPollRecords, instanceId, sessionTimeout, threads, stateDirectory, snapshotInterval);
    }

    public NormalizerSettings withPolling(Duration timeout, int maxRecords) {
        return new NormalizerSettings(bootstrap, groupId, replicationFactor, replayFromStart, timeout, maxRecords, instanceId, sessionTimeout, threads, stateDirectory, snapshotInterval);
    }

    public NormalizerSettings withGroupId(String group) {
        return new NormalizerSettings(bootstrap, group, replicationFactor, replayFromStart, pollTimeout, maxPollRecords, instanceId, sessionTimeout, threads, stateDirectory, snapshotInterval);
    }

    public NormalizerSettings withReplayFromStart(boolean replay) {
        return new NormalizerSettings(bootstrap, groupId, replicationFactor, replay, pollTimeout, maxPollRecords, instanceId, sessionTimeout, threads, stateDirectory, snapshotInterval);
    }

    public NormalizerSettings withMembership(String instance, Duration session) {
        return new NormalizerSettings(bootstrap, groupId, replicationFactor, replayFromStart, pollTimeout, maxPollRecords, instance, session, threads, stateDirectory, snapshotInterval);
    }

    /** With {@code count} normalising threads (0 = one per available processor). */
    public NormalizerSettings withThreads(int count) {
        return new NormalizerSettings(bootstrap, groupId, replicationFactor, replayFromStart, pollTimeout, maxPollRecords,
                instanceId, sessionTimeout, count, stateDirectory, snapshotInterval);
    }

    /** With the {@code sameAs} state kept in {@code folder} (null = none) and saved at most every {@code interval}. */
    public NormalizerSettings withStateDirectory(java.nio.file.Path folder, Duration interval) {
        return new NormalizerSettings(bootstrap, groupId, replicationFactor, replayFromStart, pollTimeout, maxPollRecords,
                instanceId, sessionTimeout, threads, folder, interval);
    }

    /** The topic names; fixed by contract ({@link Topics}). */
    public String rawTopic() {
        return Topics.RAW;
    }

    public String recordsTopic() {
        return Topics.RECORDS;
    }

    public String rejectsTopic() {
        return Topics.REJECTS;
    }
}
