package org.mcfed.index.store;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.pipeline.Backoff;
import org.mcfed.col.record.ColRecord;
import org.mcfed.pipeline.kafka.KafkaClients;
import org.mcfed.pipeline.kafka.NewRecord;
import org.mcfed.pipeline.kafka.RawPublished;
import org.mcfed.pipeline.kafka.ReadToEnd;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Consumes the compacted records topic into a {@link LuceneRecordStore}. Every partition is
 * assigned manually (each replica holds a full index, so there is no consumer group and no group
 * offsets): the position of each partition lives in the index's own commits, so a restart, after a
 * kill -9 too, seeks to exactly what the last index commit contains, and an empty or lost index
 * reads the topic from the beginning, which rebuilds it. Replays are harmless: upserts are by id.
 *
 * <p>A failure (the broker gone, a restart) reopens the consumer from the last index commit after
 * the pipeline's Kafka backoff ({@link Backoff#kafkaReconnect()}, at most 1 s), so indexing resumes
 * within a second of the broker's return.
 *
 * <p>A value that is not a COL record is logged with its partition and offset and skipped (it stays
 * on the topic); it never stops the consumer.
 */
public final class TopicIndexer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TopicIndexer.class);
    private static final Duration PARTITION_RECHECK = Duration.ofSeconds(30);
    /** The default of {@code mcfed.index.catch-up-ram-buffer-mb}. */
    public static final double DEFAULT_CATCH_UP_RAM_BUFFER_MB = 256;
    /**
     * Bytes one fetch brings per partition: a few thousand records of about 1.4 kB, so that a
     * catch-up is not a poll per 500 records (the client's default is 1 MiB).
     */
    private static final int PARTITION_FETCH_BYTES = 4 * 1024 * 1024;
    /**
     * Bytes one fetch brings in all: Kafka's default, 50 MiB, let a catch-up of twelve partitions read answers of 35 MB.
     * The client reads each into an array of that size, and the JDK reads it from the socket through a temporary direct
     * buffer of that size too, which it keeps for the thread: a new replica held 49 MiB of direct memory that way and
     * peaked above 1 GiB resident. 8 MiB is still about 6,000 records a fetch.
     */
    private static final int FETCH_BYTES = 8 * 1024 * 1024;

    private final LuceneRecordStore store;
    private final String bootstrap;
    private final String topic;
    private final Duration commitInterval;
    private final double catchUpRamBufferMb;
    private final int catchUpLanes;
    private final Thread thread;
    private final PeriodicCommits commits;
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong deleted = new AtomicLong();
    private final AtomicLong unreadable = new AtomicLong();
    private volatile boolean running = true;
    private volatile boolean caughtUp;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Map<TopicPartition, Long> endsAtStart = Map.of();

    public TopicIndexer(LuceneRecordStore store, String bootstrap, String topic, Duration commitInterval) {
        this(store, bootstrap, topic, commitInterval, DEFAULT_CATCH_UP_RAM_BUFFER_MB);
    }

    /**
     * @param catchUpRamBufferMb the writer's RAM buffer while reading a backlog (see
     *                           {@link LuceneRecordStore#beginCatchUp})
     */
    public TopicIndexer(LuceneRecordStore store, String bootstrap, String topic, Duration commitInterval, double catchUpRamBufferMb) {
        this(store, bootstrap, topic, commitInterval, catchUpRamBufferMb, CatchUpLanes.forThisMachine());
    }

    /**
     * @param catchUpLanes threads that index a backlog at once, the consumer's included (see {@link CatchUpLanes});
     *                     at the topic's head the consumer thread indexes alone
     */
    public TopicIndexer(LuceneRecordStore store, String bootstrap, String topic, Duration commitInterval, double catchUpRamBufferMb,
                        int catchUpLanes) {
        this.store = store;
        this.bootstrap = bootstrap;
        this.topic = topic;
        this.commitInterval = commitInterval;
        this.catchUpRamBufferMb = catchUpRamBufferMb;
        this.catchUpLanes = catchUpLanes;
        this.commits = new PeriodicCommits(store);
        this.thread = new Thread(this::run, "index-consumer-" + topic);
        thread.setDaemon(true);
    }

    public TopicIndexer start() {
        thread.start();
        return this;
    }

    /** True once every partition has been read up to where it ended when consumption started. */
    public boolean caughtUp() {
        return caughtUp;
    }

    public long indexedCount() {
        return indexed.get();
    }

    public long deletedCount() {
        return deleted.get();
    }

    public long unreadableCount() {
        return unreadable.get();
    }

    private void run() {
        Backoff backoff = Backoff.kafkaReconnect();
        while (running) {
            try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(properties())) {
                consumer = c;
                if (!running) {
                    break;
                }
                List<TopicPartition> partitions = awaitPartitions(c);
                if (partitions.isEmpty()) {
                    continue;
                }
                consume(c, partitions);
                backoff.reset();
            } catch (WakeupException e) {
                // close() asked us to stop
            } catch (RuntimeException e) {
                if (!running) {
                    break;
                }
                Duration wait = backoff.next();
                LOG.errorf(e, "consuming %s failed; retrying in %d ms from the last index commit", topic, wait.toMillis());
                sleepQuietly(wait.toMillis());
            } finally {
                consumer = null;
            }
        }
    }

    private void consume(KafkaConsumer<String, byte[]> c, List<TopicPartition> partitions) {
        c.assign(partitions);
        Map<String, Long> saved = store.committedOffsets();
        List<TopicPartition> fromStart = new ArrayList<>();
        for (TopicPartition tp : partitions) {
            Long offset = saved.get(key(tp));
            if (offset == null) {
                fromStart.add(tp);
            } else {
                c.seek(tp, offset);
            }
        }
        if (!fromStart.isEmpty()) {
            // (an empty collection would mean every assigned partition)
            c.seekToBeginning(fromStart);
        }
        endsAtStart = c.endOffsets(partitions);
        long backlog = 0;
        for (TopicPartition tp : partitions) {
            backlog += Math.max(0, endsAtStart.getOrDefault(tp, 0L) - c.position(tp));
        }
        LOG.infof("indexing %s: %d partitions, resuming from index commit %s%s; %d records behind", topic, partitions.size(), saved,
                fromStart.isEmpty() ? "" : ", rebuilding " + fromStart.size() + " partition(s) from the beginning", backlog);
        if (!caughtUp && backlog > 0) {
            store.beginCatchUp(catchUpRamBufferMb);
        }
        long catchUpStart = System.nanoTime();
        Map<String, Long> next = new HashMap<>();
        long lastCommit = System.nanoTime();
        long lastRecheck = System.nanoTime();
        long sinceCommit = 0;
        try (CatchUpLanes lanes = new CatchUpLanes(store.catchingUp() ? catchUpLanes : 1)) {
            while (running) {
                ConsumerRecords<String, byte[]> batch = c.poll(Duration.ofMillis(200));
                if (store.catchingUp()) {
                    lanes.apply(batch, this::apply);
                    for (TopicPartition tp : batch.partitions()) {
                        List<ConsumerRecord<String, byte[]>> read = batch.records(tp);
                        next.put(key(tp), read.get(read.size() - 1).offset() + 1);
                    }
                    sinceCommit += batch.count();
                } else {
                    for (ConsumerRecord<String, byte[]> r : batch) {
                        apply(r);
                        next.put(key(new TopicPartition(r.topic(), r.partition())), r.offset() + 1);
                        sinceCommit++;
                    }
                }
                if (!caughtUp && ReadToEnd.reached(c, endsAtStart)) {
                    if (store.catchingUp()) {
                        // searchable and committed before it reports ready
                        store.endCatchUp(next);
                        lanes.close(); // the head is indexed on this thread alone
                        sinceCommit = 0;
                        lastCommit = System.nanoTime();
                    }
                    caughtUp = true;
                    LOG.infof("index caught up with %s in %d ms: %d records indexed, %d deleted", topic,
                            elapsed(catchUpStart).toMillis(), indexed.get(), deleted.get());
                }
                // while catching up, one commit at the end (a crash then reads the backlog again)
                if (sinceCommit > 0 && !store.catchingUp() && elapsed(lastCommit).compareTo(commitInterval) >= 0 && commits.start(next)) {
                    sinceCommit = 0;
                    lastCommit = System.nanoTime();
                }
                if (elapsed(lastRecheck).compareTo(PARTITION_RECHECK) >= 0) {
                    lastRecheck = System.nanoTime();
                    if (c.partitionsFor(topic, Duration.ofSeconds(5)).size() != partitions.size()) {
                        LOG.infof("%s changed its partition count; reassigning", topic);
                        break;
                    }
                }
            }
        } finally {
            // a failed background commit is rethrown here, after which the consumer reopens from the last good one
            commits.await();
            if (sinceCommit > 0) {
                store.commit(next);
            }
        }
    }

    private void apply(ConsumerRecord<String, byte[]> r) {
        Instant topicTime = Instant.ofEpochMilli(r.timestamp());
        if (r.value() == null) {
            if (r.key() == null) {
                LOG.warnf("tombstone without key at %s-%d@%d skipped", r.topic(), r.partition(), r.offset());
                unreadable.incrementAndGet();
                return;
            }
            store.delete(r.key(), topicTime);
            deleted.incrementAndGet();
            return;
        }
        ColRecord record;
        try {
            record = ColJson.read(r.value());
        } catch (RuntimeException e) {
            LOG.warnf("value at %s-%d@%d (key %s) is not a COL record, skipped: %s", r.topic(), r.partition(), r.offset(), r.key(), e.getMessage());
            unreadable.incrementAndGet();
            return;
        }
        if (record.id() == null || record.id().isBlank()) {
            LOG.warnf("record at %s-%d@%d (key %s) has no id, skipped", r.topic(), r.partition(), r.offset(), r.key());
            unreadable.incrementAndGet();
            return;
        }
        if (r.key() != null && !r.key().equals(record.id())) {
            LOG.warnf("record at %s-%d@%d has key %s but id %s; indexed by its id", r.topic(), r.partition(), r.offset(), r.key(), record.id());
        }
        store.upsert(record, r.value(), topicTime, RawPublished.read(r.headers()), NewRecord.read(r.headers()));
        indexed.incrementAndGet();
    }

    private List<TopicPartition> awaitPartitions(KafkaConsumer<String, byte[]> c) {
        boolean logged = false;
        while (running) {
            List<PartitionInfo> infos;
            try {
                infos = c.partitionsFor(topic, Duration.ofSeconds(5));
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                infos = List.of();
            }
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition()))
                        .sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
            }
            if (!logged) {
                LOG.infof("waiting for topic %s at %s", topic, bootstrap);
                logged = true;
            }
            sleepQuietly(500);
        }
        return List.of();
    }

    private Properties properties() {
        Properties p = KafkaClients.reader(bootstrap, "index-service-" + topic);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(PARTITION_FETCH_BYTES));
        p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(FETCH_BYTES));
        return p;
    }

    private static String key(TopicPartition tp) {
        return tp.topic() + "-" + tp.partition();
    }

    private static Duration elapsed(long sinceNanos) {
        return Duration.ofNanos(System.nanoTime() - sinceNanos);
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops consuming, commits what was consumed, and waits for the consumer thread to end. */
    @Override
    public void close() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        try {
            thread.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        commits.close();
    }
}
