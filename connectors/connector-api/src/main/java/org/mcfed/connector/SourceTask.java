package org.mcfed.connector;

import java.util.Map;

/**
 * One harvest run of one source, shaped like Kafka Connect's {@code SourceTask}: {@link #start},
 * then {@link #poll} until a result is {@code done}, then {@link #stop}. Each poll does a bounded
 * amount of work (about one listing page and its detail pages) so a route can checkpoint between
 * polls; every emitted record carries the {@link SourcePosition} to resume from.
 */
public interface SourceTask extends AutoCloseable {

    /**
     * @param config  the source's configuration
     * @param resume  where to resume (cursor of an interrupted run), or a fresh position
     * @param known   records seen in earlier runs by local id: validators for conditional GET and checksums
     */
    void start(SourceConfig config, SourcePosition resume, Map<String, KnownRecord> known);

    /** Fetches the next batch. Never throws for one bad page: that page becomes a failure or a record with problems. */
    PollResult poll();

    void stop();

    @Override
    default void close() {
        stop();
    }
}
