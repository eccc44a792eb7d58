package org.mcfed.normalizer;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.jboss.logging.Logger;
import org.mcfed.pipeline.kafka.ReadToEnd;

import java.time.Duration;

/**
 * The {@code sameAs} state as the records topic holds it: rebuilt from {@code mcfed.records.v1}
 * at start and after a failed write, and caught up before each batch so that links see records
 * written by other instances too.
 */
final class SameAsState implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SameAsState.class);
    /**
     * Longest read of the records topic (a rebuild reads all of it); past it the batch fails and is
     * retried like any Kafka fault.
     */
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(30);

    private final SameAsLinker linker;
    private final KafkaConsumer<String, byte[]> records;
    private final String topic;

    SameAsState(SameAsLinker linker, NormalizerSettings settings) {
        this.linker = linker;
        this.records = NormalizerClients.recordsReader(settings);
        this.topic = settings.recordsTopic();
    }

    /** Reads the records topic from its beginning into a fresh state. */
    void rebuild() {
        long started = System.nanoTime();
        linker.clear();
        records.seekToBeginning(records.assignment());
        long loaded = catchUp();
        LOG.infof("sameAs state rebuilt from %s in %d ms: %d values read, %d records known", topic,
                (System.nanoTime() - started) / 1_000_000, loaded, linker.size());
    }

    /** Reads the records topic on up to its current end; returns the values read. */
    long catchUp() {
        long loaded = ReadToEnd.fromPosition(records, READ_TIMEOUT, r -> linker.load(r.key(), r.value()));
        linker.settle();
        return loaded;
    }

    @Override
    public void close() {
        records.close();
    }
}
