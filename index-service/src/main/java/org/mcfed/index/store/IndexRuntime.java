package org.mcfed.index.store;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.mcfed.index.IndexConfig;
import org.mcfed.index.KafkaConfig;

import java.util.concurrent.TimeUnit;

/**
 * Owns the index of the running service: opens the store, starts consuming the records topic at
 * start-up, and at shutdown stops the consumer (which commits) before closing the store. The store
 * is the {@link RecordIndex} bean others inject.
 */
@ApplicationScoped
public class IndexRuntime {

    private static final Logger LOG = Logger.getLogger(IndexRuntime.class);

    private final LuceneRecordStore store;
    private final IndexConfig config;
    private final KafkaConfig kafka;
    private volatile TopicIndexer indexer;

    IndexRuntime(IndexConfig config, KafkaConfig kafka, MeterRegistry meters) {
        this.config = config;
        this.kafka = kafka;
        this.store = LuceneRecordStore.open(config.dir(),
                new RefreshPolicy(config.maxStale(), config.newRecordMaxStale()), config.ramBufferMb());
        LOG.infof("index at %s holds %d records", store.folder(), store.count());
        Gauge.builder("mcfed.index.records", store, LuceneRecordStore::count).description("live records in the index").register(meters);
        FunctionCounter.builder("mcfed.index.refreshes", store, LuceneRecordStore::refreshCount)
                .description("near-real-time searcher refreshes (each flushes a segment)").register(meters);
        Timer freshness = Timer.builder("mcfed.index.freshness")
                .description("from a record's page fetch (provenance.harvestedAt) to the record being searchable")
                .publishPercentiles(0.5, 0.9, 0.99).register(meters);
        store.freshness().reportTo(ms -> freshness.record(ms, TimeUnit.MILLISECONDS));
        FunctionCounter.builder("mcfed.index.indexed", this, r -> r.indexer == null ? 0 : r.indexer.indexedCount())
                .description("records upserted from the topic since start").register(meters);
        FunctionCounter.builder("mcfed.index.deleted", this, r -> r.indexer == null ? 0 : r.indexer.deletedCount())
                .description("tombstones applied since start").register(meters);
        FunctionCounter.builder("mcfed.index.unreadable", this, r -> r.indexer == null ? 0 : r.indexer.unreadableCount())
                .description("topic values skipped as not COL records").register(meters);
    }

    void onStart(@Observes StartupEvent event) {
        if (config.consume()) {
            indexer = new TopicIndexer(store, kafka.bootstrap(), config.topic(), config.commitInterval(), config.catchUpRamBufferMb(),
                    config.catchUpThreads().orElse(CatchUpLanes.forThisMachine())).start();
        } else {
            LOG.infof("mcfed.index.consume=false: serving %s without consuming %s", store.folder(), config.topic());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (indexer != null) {
            indexer.close();
        }
        store.close();
    }

    @Produces
    @Singleton
    LuceneRecordStore store() {
        return store;
    }

    /** The consumer, or null when not consuming. */
    public TopicIndexer indexer() {
        return indexer;
    }

    /** True when the index has caught up with the topic (or is not consuming one). */
    public boolean ready() {
        return !config.consume() || (indexer != null && indexer.caughtUp());
    }
}
