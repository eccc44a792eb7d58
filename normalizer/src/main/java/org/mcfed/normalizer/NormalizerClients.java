package org.mcfed.normalizer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.mcfed.pipeline.kafka.KafkaClients;
import org.mcfed.pipeline.kafka.ReadToEnd;

import java.time.Duration;
import java.util.Properties;

/** The normalizer's three Kafka clients, on the pipeline's shared settings ({@link KafkaClients}) plus what is its own. */
final class NormalizerClients {

    private NormalizerClients() {
    }

    /** A reader of every partition of {@code mcfed.records.v1}, outside the group: the {@code sameAs} state's source. */
    static KafkaConsumer<String, byte[]> recordsReader(NormalizerSettings settings) {
        KafkaConsumer<String, byte[]> c = KafkaClients.newReader(settings.bootstrap(), settings.groupId() + "-records-reader");
        try {
            c.assign(ReadToEnd.partitionsOf(c, settings.recordsTopic(), Duration.ofSeconds(30)));
            return c;
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** The least a fetch of the raw topic returns unless {@link #HEAD_FETCH_MAX_WAIT_MS} passes first. */
    static final int HEAD_FETCH_MIN_BYTES = 256 * 1024;
    static final int HEAD_FETCH_MAX_WAIT_MS = 100;
    /**
     * At most this much per fetch response of the raw topic (Kafka's default is 50 MiB, up to 1 MiB a partition). The
     * client reads a response into one heap array: twelve partitions made arrays of several megabytes, each a humongous
     * object to G1 (over half a region). They stayed in the heap until G1's next marking, and in a replay at a million
     * records G1 collected the whole heap every 10 to 15 s. The normaliser runs with 4 MiB regions
     * ({@code LocalPipeline.NORMALIZER_GC}), so a response below 2 MiB is an ordinary object. A limit of 448 KiB under
     * 1 MiB regions had done the same for the heap, but its polls of a few hundred values slowed the normaliser: its
     * share of the freshness p99 rose from about 150 to 693 and 860 ms, and a replay that writes what changed took
     * 84 s; at this size, with 4 MiB regions, 179 ms and 52 s (BENCHMARKS.md, 2026-12-05, seventeenth session).
     */
    static final int RAW_FETCH_MAX_BYTES = 1792 * 1024;

    /**
     * A member of the normalizers' group over {@code mcfed.raw.v1}: offsets committed by the loop
     * after each batch's writes are acknowledged; read-committed, so an aborted harvest transaction
     * is never normalised.
     */
    static KafkaConsumer<String, byte[]> rawConsumer(NormalizerSettings settings) {
        Properties p = KafkaClients.groupMember(settings.bootstrap(), settings.groupId(), settings.groupId() + "-raw");
        // A killed member holds its partitions until its session expires (45 s by Kafka's default, which is
        // what stalled the pipeline after a normalizer kill); a static member restarted under the same name
        // takes them back at once.
        if (settings.instanceId() != null) {
            p.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, settings.instanceId());
        }
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, String.valueOf(settings.sessionTimeout().toMillis()));
        p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, String.valueOf(Math.max(500, settings.sessionTimeout().toMillis() / 5)));
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(settings.maxPollRecords()));
        // At the head of a harvest a fetch returned whatever had just arrived, often one harvester
        // transaction of 50 values, and each batch then paid its own flush, acknowledgements and offset
        // commit: more than 19,000 of them in a million-record run. A fetch now waits for 256 KiB or 100 ms, the
        // latter a small share of the 2 s a change may take to become searchable.
        p.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, String.valueOf(HEAD_FETCH_MIN_BYTES));
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, String.valueOf(HEAD_FETCH_MAX_WAIT_MS));
        p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, String.valueOf(RAW_FETCH_MAX_BYTES));
        return new KafkaConsumer<>(p);
    }

    /**
     * The writer of records and rejects (acknowledged by all in-sync replicas, idempotent). A batch of
     * {@link NormalizerSettings#DEFAULT_MAX_POLL_RECORDS} raw values writes about a megabyte over twelve
     * partitions, all sent before the loop waits for their acknowledgements: 256 KiB producer batches
     * send them in a few requests per partition instead of one per 16 KiB (Kafka's default).
     */
    static KafkaProducer<String, byte[]> producer(NormalizerSettings settings) {
        Properties p = KafkaClients.writer(settings.bootstrap(), settings.groupId() + "-writer");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
        return new KafkaProducer<>(p);
    }
}
