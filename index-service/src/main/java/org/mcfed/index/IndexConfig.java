package org.mcfed.index;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;

/** Configuration of the index (keys {@code mcfed.index.*}). */
@ConfigMapping(prefix = "mcfed.index")
public interface IndexConfig {

    /**
     * Root folder of the index; the index itself lives in a subfolder named after its schema version
     * ({@code v} + {@code IndexSchema.VERSION}).
     */
    @WithDefault("data/index")
    Path dir();

    /** The compacted topic of COL records to index. */
    @WithDefault("mcfed.records.v1")
    String topic();

    /** Whether to consume the topic; false serves an existing index read-only (benchmarks, replicas being inspected). */
    @WithDefault("true")
    boolean consume();

    /** How often the index is committed with the consumed offsets; a crash replays at most this much. */
    @WithDefault("PT5S")
    Duration commitInterval();

    /** Maximum staleness of searches behind indexing (near-real-time refresh). */
    @WithDefault("PT0.5S")
    Duration maxStale();
}
