package org.mcfed.index;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;

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

    /**
     * Maximum staleness of searches behind indexing (near-real-time refresh). Each refresh flushes a
     * small segment that is merged again later, so this is the largest lever on indexing CPU; the
     * default keeps a changed record searchable within 2 s of its page's fetch (p99, see
     * {@code GET /api/admin/freshness}). At 1 s the refresh was the largest stage of that p99 (1.4 s of
     * 2.2 s at a million records on a slow day); at 0.5 s it was 0.5 s of 1.5 s, for 2 % more indexing CPU per
     * record in that run (BENCHMARKS.md, 2026-12-04, tenth session).
     */
    @WithDefault("PT0.5S")
    Duration maxStale();

    /**
     * The refresh interval while only records new to the topic wait to be searchable (the normaliser marks their
     * writes: a registry's first harvest): fewer, larger segments for the same records. At 2 s the index-service
     * used about 7 % less CPU in a million-record first harvest, and changes were as fresh as before (BENCHMARKS.md,
     * 2026-12-07, thirty-seventh session). A change or deletion waiting is refreshed within {@link #maxStale()}, and
     * the new records with it.
     * Equal to {@code max-stale}: one interval for all.
     */
    @WithDefault("PT2S")
    Duration newRecordMaxStale();

    /** The index writer's RAM buffer in MB while the index follows the topic's head. */
    @WithDefault("64")
    double ramBufferMb();

    /**
     * The index writer's RAM buffer in MB while the index reads a backlog (a new replica, or one that
     * was down) without refreshing: larger segments, fewer merges. Heap must allow for it.
     */
    @WithDefault("256")
    double catchUpRamBufferMb();

    /**
     * Threads that index a backlog at once, the topic consumer's included ({@code store.CatchUpLanes});
     * one per processor when unset. At the topic's head the consumer indexes alone.
     */
    OptionalInt catchUpThreads();
}
