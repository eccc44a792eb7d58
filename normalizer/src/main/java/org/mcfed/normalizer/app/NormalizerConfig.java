package org.mcfed.normalizer.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The normalizer's settings: {@code mcfed.normalizer.*}. */
@ConfigMapping(prefix = "mcfed.normalizer")
public interface NormalizerConfig {

    /** Consumer group over mcfed.raw.v1; run more instances with the same group to scale out by partitions. */
    @WithDefault("mcfed-normalizer")
    String groupId();

    /** Reprocess mcfed.raw.v1 from its beginning at start, to rebuild mcfed.records.v1 after a mapping change. */
    @WithDefault("false")
    boolean replayFromStart();

    /** How long one poll of mcfed.raw.v1 waits for records. */
    @WithDefault("500ms")
    Duration pollTimeout();

    /** Largest batch normalised between two offset commits. */
    @WithDefault("500")
    int maxPollRecords();

    /** Topics created at start when missing; their partitions and compaction are declared in col-schema's pipeline/topics.csv. */
    TopicsConfig topics();

    interface TopicsConfig {

        /** Replication factor of topics created (1 for a single broker). */
        @WithDefault("1")
        short replicationFactor();
    }
}
