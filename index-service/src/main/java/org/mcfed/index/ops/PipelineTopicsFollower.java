package org.mcfed.index.ops;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.pipeline.Topics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads {@code mcfed.harvest-runs.v1} and {@code mcfed.rejects.v1} from the beginning into
 * {@link RunHistory}, {@link SourceHistory} and {@link RejectLedger}, on one daemon thread. Every replica builds its own
 * view, so partitions are assigned, not shared through a consumer group, and no offsets are
 * committed. Topics are looked for until they appear and are never auto-created (they belong to
 * the producers, with their compaction settings). A message that is not JSON is logged and skipped.
 */
@ApplicationScoped
public class PipelineTopicsFollower {

    private static final Logger LOG = Logger.getLogger(PipelineTopicsFollower.class);
    private static final Duration DISCOVERY = Duration.ofSeconds(2);

    @ConfigProperty(name = "mcfed.kafka.bootstrap")
    String bootstrap;

    @Inject
    OpsConfig config;

    @Inject
    RunHistory runs;

    @Inject
    RejectLedger rejects;

    @Inject
    SourceHistory history;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean rewind = new AtomicBoolean();
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;
    private volatile long consumed;

    void start(@Observes StartupEvent event) {
        if (!config.followTopics()) {
            LOG.info("ops: not following the harvest-runs and rejects topics (mcfed.ops.follow-topics=false)");
            return;
        }
        running.set(true);
        thread = new Thread(this::run, "ops-topics-follower");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running.set(false);
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Forgets the views and reads both topics again from their beginning (admin action). */
    public void reload() {
        rewind.set(true);
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    /** Messages consumed since start, for the dashboard. */
    public long consumed() {
        return consumed;
    }

    private void run() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "mcfed-index-ops");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer = c;
            Set<TopicPartition> assigned = new HashSet<>();
            Instant lastDiscovery = Instant.EPOCH;
            while (running.get()) {
                try {
                    if (rewind.getAndSet(false)) {
                        runs.clear();
                        rejects.clear(null);
                        c.seekToBeginning(assigned);
                        LOG.info("ops: re-reading the harvest-runs and rejects topics from the beginning");
                    }
                    if (Instant.now().isAfter(lastDiscovery.plus(DISCOVERY))) {
                        lastDiscovery = Instant.now();
                        discover(c, assigned);
                    }
                    if (assigned.isEmpty()) {
                        // poll needs an assignment; wait for the producers to create the topics
                        Thread.sleep(DISCOVERY.toMillis());
                        continue;
                    }
                    ConsumerRecords<String, byte[]> batch = c.poll(Duration.ofMillis(500));
                    for (ConsumerRecord<String, byte[]> m : batch) {
                        apply(m);
                    }
                } catch (WakeupException e) {
                    // stop() or reload(): the loop condition and the rewind flag decide
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    LOG.warnf("ops: reading the pipeline topics failed, retrying: %s", e.toString());
                    try {
                        Thread.sleep(DISCOVERY.toMillis());
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        } finally {
            consumer = null;
        }
    }

    /** Assigns partitions of the two topics not yet assigned, from their beginning. */
    private void discover(KafkaConsumer<String, byte[]> c, Set<TopicPartition> assigned) {
        Map<String, List<PartitionInfo>> topics = c.listTopics(Duration.ofSeconds(5));
        List<TopicPartition> added = new ArrayList<>();
        for (String topic : List.of(Topics.HARVEST_RUNS, Topics.REJECTS)) {
            for (PartitionInfo info : topics.getOrDefault(topic, List.of())) {
                TopicPartition tp = new TopicPartition(topic, info.partition());
                if (assigned.add(tp)) {
                    added.add(tp);
                }
            }
        }
        if (!added.isEmpty()) {
            c.assign(assigned);
            c.seekToBeginning(added);
            LOG.infof("ops: following %s", added);
        }
    }

    private void apply(ConsumerRecord<String, byte[]> m) {
        consumed++;
        if (m.value() == null) {
            return; // a tombstone of a compacted topic: nothing to show
        }
        JsonNode json;
        try {
            json = ColJson.mapper().readTree(m.value());
        } catch (java.io.IOException e) {
            LOG.warnf("ops: skipping a message on %s at offset %d that is not JSON: %s", m.topic(), m.offset(), e.getMessage());
            return;
        }
        if (json == null || !json.isObject()) {
            LOG.warnf("ops: skipping a message on %s at offset %d that is not a JSON object", m.topic(), m.offset());
            return;
        }
        if (m.topic().equals(Topics.HARVEST_RUNS)) {
            RunView run = RunView.read(m.key(), json);
            runs.add(run);
            history.runEnded(run);
        } else {
            rejects.add(RejectView.read(m.key(), Instant.ofEpochMilli(m.timestamp()), json));
        }
    }
}
