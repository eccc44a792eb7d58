package org.mcfed.normalizer.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The normalizer's settings: {@code mcfed.normalizer.*}. */
@ConfigMapping(prefix = "mcfed.normalizer")
public interface NormalizerConfig {

    /** Consumer group over mcfed.raw.v1; run more instances with the same group to scale out by partitions. */
    @WithDefault("mcfed-normalizer")
    String groupId();

    /**
     * Stable name of this instance in the group ({@code group.instance.id}, static membership): restarted under
     * the same name it takes its partitions back at once instead of waiting out the killed instance's session.
     * Unset = a dynamic member. Each running instance needs its own name (a pod name, not a shared host name).
     */
    Optional<String> instanceId();

    /** How long the group waits for a silent instance before moving its partitions to the others (broker allows 6 s to 30 min). */
    @WithDefault("10s")
    Duration sessionTimeout();

    /** Reprocess mcfed.raw.v1 from its beginning at start, to rebuild mcfed.records.v1 after a mapping change. */
    @WithDefault("false")
    boolean replayFromStart();

    /** How long one poll of mcfed.raw.v1 waits for records. */
    @WithDefault("500ms")
    Duration pollTimeout();

    /**
     * Largest batch normalised between two offset commits ({@code NormalizerSettings.DEFAULT_MAX_POLL_RECORDS} says
     * why 500): while instances share the raw topic, the catch-up on mcfed.records.v1 is paid once per batch.
     */
    @WithDefault("500")
    int maxPollRecords();

    /**
     * Threads that normalise a batch (map, standardise, validate, score), the loop thread included; linking stays
     * on the loop thread, so the output does not depend on it. 0 = one per available processor.
     */
    @WithDefault("0")
    int threads();

    /**
     * This instance's own folder for its {@code sameAs} state: the value file and a snapshot saved every
     * {@code snapshot-interval}, so a restart reads only the records topic's tail instead of all of it. It must
     * outlive the process (a Kubernetes {@code emptyDir} outlives a container restart) and must not be shared
     * between instances (a second one finds it locked and runs without snapshots). Unset = the temporary folder,
     * no snapshot.
     */
    Optional<Path> stateDir();

    /** At most how often the sameAs state is saved in {@code state-dir}: a restart reads at most this much of the topic's tail. */
    @WithDefault("10s")
    Duration snapshotInterval();

    /** Topics created at start when missing; their partitions and compaction are declared in col-schema's pipeline/topics.csv. */
    TopicsConfig topics();

    interface TopicsConfig {

        /** Replication factor of topics created (1 for a single broker). */
        @WithDefault("1")
        short replicationFactor();
    }
}
