package org.mcfed.normalizer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.mcfed.col.json.ColJson;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The normalizer as a running service, in plain Java: a managed Kafka consumer loop over
 * {@code mcfed.raw.v1} in consumer group {@link NormalizerSettings#groupId()} (so instances share
 * its partitions), writing {@code mcfed.records.v1} and {@code mcfed.rejects.v1}.
 *
 * <p>At-least-once: a batch is normalised, every write is sent and acknowledged ({@code acks=all},
 * idempotent producer), and only then are the batch's offsets committed. A crash before the commit
 * reprocesses the batch; since {@link RawRecordNormalizer} is deterministic, the records topic
 * receives the same values again, which compaction makes harmless. A failed write rewinds the
 * batch and rebuilds the {@code sameAs} state from the records topic before retrying.
 *
 * <p>Before each batch the loop reads {@code mcfed.records.v1} up to its end into the
 * {@link SameAsLinker} (from the beginning at start), so links see records written by other
 * instances too. Replay ({@link #requestReplay()} or {@link NormalizerSettings#replayFromStart()})
 * seeks the group's assigned raw partitions to their beginning: the records topic is rebuilt
 * from what was harvested, after a mapping change, without re-harvesting. With several instances,
 * each replays the partitions it holds.
 */
public final class RawTopicNormalizer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RawTopicNormalizer.class);
    private static final Duration FAILURE_BACKOFF = Duration.ofSeconds(1);

    private final NormalizerSettings settings;
    private final RawRecordNormalizer normalizer;
    private final NormalizerEvents events;
    private final SameAsLinker linker = new SameAsLinker();
    private final AtomicBoolean replayRequested = new AtomicBoolean();
    private final AtomicLong consumed = new AtomicLong();
    private final Set<TopicPartition> replayedAtStart = new HashSet<>();
    private final Object stopSignal = new Object();

    private volatile Set<Integer> assigned = Set.of();
    private volatile boolean running;
    private volatile boolean ready;
    private volatile String lastError;
    private volatile KafkaConsumer<String, byte[]> rawConsumer;
    private Thread thread;

    public RawTopicNormalizer(NormalizerSettings settings, RawRecordNormalizer normalizer, NormalizerEvents events) {
        this.settings = settings;
        this.normalizer = normalizer;
        this.events = events == null ? NormalizerEvents.NONE : events;
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

    /** Asks the loop to reprocess its raw partitions from the beginning; returns at once. */
    public void requestReplay() {
        replayRequested.set(true);
        KafkaConsumer<String, byte[]> c = rawConsumer;
        if (c != null) {
            c.wakeup();
        }
    }

    /** True while the loop runs. */
    public boolean isRunning() {
        return running && thread != null && thread.isAlive();
    }

    /** True once the {@code sameAs} state has been rebuilt from the records topic and raw records flow. */
    public boolean isReady() {
        return ready && isRunning();
    }

    /** The partitions of {@code mcfed.raw.v1} this instance holds in its consumer group now. */
    public Set<Integer> assignedRawPartitions() {
        return assigned;
    }

    /** The last error the loop recovered from, or null. */
    public String lastError() {
        return lastError;
    }

    /** Raw values processed since start (a reprocessed batch counts again). */
    public long consumedCount() {
        return consumed.get();
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
        KafkaConsumer<String, byte[]> c = rawConsumer;
        if (c != null) {
            c.wakeup();
        }
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
        LOG.infof("normalizer stopped after %d raw records", consumed.get());
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> records = recordsReader();
             KafkaConsumer<String, byte[]> raw = rawConsumer()) {
            rawConsumer = raw;
            KafkaProducer<String, byte[]> producer = producer();
            try {
                rebuild(records);
                raw.subscribe(List.of(settings.rawTopic()), new Assignment(raw));
                ready = true;
                while (running) {
                    producer = step(raw, records, producer);
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
            assigned = Set.of();
            rawConsumer = null;
            linker.close();
        }
    }

    /** One poll and its batch; returns the producer to go on with (a new one after a failed write). */
    private KafkaProducer<String, byte[]> step(KafkaConsumer<String, byte[]> raw, KafkaConsumer<String, byte[]> records,
                                               KafkaProducer<String, byte[]> producer) {
        if (replayRequested.getAndSet(false)) {
            if (raw.assignment().isEmpty()) {
                replayRequested.set(true);
            } else {
                raw.seekToBeginning(raw.assignment());
                LOG.infof("replaying %s from the beginning on %s", settings.rawTopic(), raw.assignment());
            }
        }
        ConsumerRecords<String, byte[]> batch;
        try {
            batch = raw.poll(settings.pollTimeout());
        } catch (WakeupException e) {
            return producer; // replay requested or closing: the loop condition decides
        }
        if (batch.isEmpty()) {
            return producer;
        }
        try {
            catchUp(records);
            process(batch, raw, producer);
            lastError = null;
            return producer;
        } catch (WakeupException e) {
            rewind(raw, batch);
            linker.clear();
            rebuildQuietly(records);
            return producer;
        } catch (KafkaException | IllegalStateException e) {
            lastError = e.toString();
            LOG.warnf("batch of %d raw records not completed (%s); rewinding it and rebuilding state from %s",
                    batch.count(), e.getMessage(), settings.recordsTopic());
            rewind(raw, batch);
            producer.close(Duration.ZERO);
            backOff();
            linker.clear();
            rebuildQuietly(records);
            return producer();
        }
    }

    private void process(ConsumerRecords<String, byte[]> batch, KafkaConsumer<String, byte[]> raw,
                         KafkaProducer<String, byte[]> producer) {
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        List<Runnable> report = new ArrayList<>();
        Map<String, Integer> rejectedByClass = new TreeMap<>();
        int published = 0;
        int tombstones = 0;
        for (ConsumerRecord<String, byte[]> rec : batch) {
            report.add(events::consumed);
            Outcome outcome = normalizer.normalize(rec.key(), rec.value());
            if (outcome instanceof Outcome.Rejected r) {
                acks.add(producer.send(new ProducerRecord<>(settings.rejectsTopic(), r.key(), ColJson.writeBytes(r.reject()))));
                report.add(() -> events.rejected(r.rejectClass()));
                rejectedByClass.merge(r.rejectClass().label(), 1, Integer::sum);
                LOG.debugf("rejected %s (%s): %s", r.key(), r.rejectClass().label(), r.reject().reasons());
                continue;
            }
            for (RecordWrite w : linker.apply(outcome)) {
                acks.add(producer.send(new ProducerRecord<>(settings.recordsTopic(), w.id(), w.value())));
                if (w.tombstone()) {
                    tombstones++;
                    report.add(() -> events.tombstone(w.id()));
                } else {
                    published++;
                    report.add(() -> events.published(w.id()));
                }
            }
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get();
            } catch (ExecutionException e) {
                throw new KafkaException("write not acknowledged: " + e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KafkaException("interrupted while waiting for acknowledgements", e);
            }
        }
        raw.commitSync(nextOffsets(batch));
        consumed.addAndGet(batch.count());
        report.forEach(Runnable::run);
        LOG.infof("normalized %d raw records: %d records written, %d tombstones, rejected %s",
                batch.count(), published, tombstones, rejectedByClass.isEmpty() ? "none" : rejectedByClass);
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, byte[]> batch) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition tp : batch.partitions()) {
            List<ConsumerRecord<String, byte[]>> recs = batch.records(tp);
            offsets.put(tp, new OffsetAndMetadata(recs.get(recs.size() - 1).offset() + 1));
        }
        return offsets;
    }

    private static void rewind(KafkaConsumer<String, byte[]> raw, ConsumerRecords<String, byte[]> batch) {
        for (TopicPartition tp : batch.partitions()) {
            if (raw.assignment().contains(tp)) {
                raw.seek(tp, batch.records(tp).get(0).offset());
            }
        }
    }

    /** Reads the records topic from its beginning into a fresh {@code sameAs} state. */
    private void rebuild(KafkaConsumer<String, byte[]> records) {
        linker.clear();
        records.seekToBeginning(records.assignment());
        int loaded = catchUp(records);
        LOG.infof("sameAs state rebuilt from %s: %d values read, %d records known", settings.recordsTopic(), loaded,
                linker.size());
    }

    private void rebuildQuietly(KafkaConsumer<String, byte[]> records) {
        while (running) {
            try {
                rebuild(records);
                return;
            } catch (KafkaException e) {
                lastError = e.toString();
                LOG.warnf("cannot read %s yet (%s); retrying", settings.recordsTopic(), e.getMessage());
                backOff();
            }
        }
    }

    /** Reads the records topic up to its current end into the linker; returns the values read. */
    private int catchUp(KafkaConsumer<String, byte[]> records) {
        Map<TopicPartition, Long> end = records.endOffsets(records.assignment());
        int loaded = 0;
        while (behind(records, end)) {
            for (ConsumerRecord<String, byte[]> rec : records.poll(Duration.ofMillis(200))) {
                linker.load(rec.key(), rec.value());
                loaded++;
            }
        }
        linker.settle();
        return loaded;
    }

    private static boolean behind(KafkaConsumer<String, byte[]> records, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (records.position(e.getKey()) < e.getValue()) {
                return true;
            }
        }
        return false;
    }

    private void backOff() {
        synchronized (stopSignal) {
            try {
                if (running) {
                    stopSignal.wait(FAILURE_BACKOFF.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    private KafkaConsumer<String, byte[]> recordsReader() {
        Properties p = common();
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.groupId() + "-records-reader");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p);
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo info : c.partitionsFor(settings.recordsTopic(), Duration.ofSeconds(30))) {
            partitions.add(new TopicPartition(info.topic(), info.partition()));
        }
        c.assign(partitions);
        return c;
    }

    private KafkaConsumer<String, byte[]> rawConsumer() {
        Properties p = common();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.groupId() + "-raw");
        // A killed member holds its partitions until its session expires (45 s by Kafka's default, which is
        // what stalled the pipeline after a normalizer kill); a static member restarted under the same name
        // takes them back at once.
        if (settings.instanceId() != null) {
            p.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, settings.instanceId());
        }
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, String.valueOf(settings.sessionTimeout().toMillis()));
        p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, String.valueOf(Math.max(500, settings.sessionTimeout().toMillis() / 5)));
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(settings.maxPollRecords()));
        // the harvester publishes raw records in transactions: never normalise an aborted one
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }

    private KafkaProducer<String, byte[]> producer() {
        Properties p = common();
        p.put(ProducerConfig.CLIENT_ID_CONFIG, settings.groupId() + "-writer");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    private Properties common() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrap());
        return p;
    }

    /**
     * Tracks the raw partitions held, and for {@code replay-from-start} seeks each newly assigned
     * partition to its beginning once. Offsets are committed after every batch, so a revocation
     * leaves nothing pending.
     */
    private final class Assignment implements ConsumerRebalanceListener {
        private final KafkaConsumer<String, byte[]> raw;

        Assignment(KafkaConsumer<String, byte[]> raw) {
            this.raw = raw;
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            track(partitions, List.of());
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            track(partitions, List.of());
        }

        private void track(Collection<TopicPartition> gone, Collection<TopicPartition> added) {
            Set<Integer> now = new HashSet<>();
            raw.assignment().stream().filter(tp -> !gone.contains(tp)).forEach(tp -> now.add(tp.partition()));
            added.forEach(tp -> now.add(tp.partition()));
            assigned = Set.copyOf(now);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            track(List.of(), partitions);
            if (!settings.replayFromStart()) {
                return;
            }
            List<TopicPartition> fresh = partitions.stream().filter(replayedAtStart::add).toList();
            if (!fresh.isEmpty()) {
                raw.seekToBeginning(fresh);
                LOG.infof("replay-from-start: reading %s from the beginning", fresh);
            }
        }
    }
}
