package org.mcfed.normalizer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import org.mcfed.pipeline.kafka.RawPublished;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * One batch of raw records, at least once: each is normalised (records through the {@code sameAs}
 * links, rejects with their reasons), every write is sent and acknowledged, and only then are the
 * batch's offsets committed and its events reported. A record that comes out as the topic already holds
 * it is not written again (unless asked). Any failure throws before the commit, so the
 * caller rewinds and the batch is processed again; the writes are deterministic, so the compacted
 * records topic makes the repeat harmless.
 */
final class BatchWriter {

    private static final Logger LOG = Logger.getLogger(BatchWriter.class);

    private final NormalizerSettings settings;
    private final ParallelNormalizing normalizer;
    private final SameAsLinker linker;
    private final NormalizerEvents events;

    BatchWriter(NormalizerSettings settings, ParallelNormalizing normalizer, SameAsLinker linker, NormalizerEvents events) {
        this.settings = settings;
        this.normalizer = normalizer;
        this.linker = linker;
        this.events = events;
    }

    /** The records one batch wrote to {@code mcfed.records.v1}, and those it left as the topic holds them. */
    record Written(int records, int unchanged) {
    }

    /**
     * Writes one batch. A record normalised to the value the topic already holds is not written again
     * ({@link RecordWrite#unchanged()}: a replay after a change that touches a few records writes those only)
     * unless {@code republishUnchanged}, which an operator asks for to write every record again.
     */
    Written write(ConsumerRecords<String, byte[]> batch, KafkaConsumer<String, byte[]> raw, KafkaProducer<String, byte[]> producer,
                  boolean republishUnchanged) {
        long started = System.nanoTime();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        List<Runnable> report = new ArrayList<>();
        Map<String, Integer> rejectedByClass = new TreeMap<>();
        int published = 0;
        int unchanged = 0;
        int tombstones = 0;
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(batch.count());
        batch.forEach(records::add);
        List<ParallelNormalizing.Normalized> outcomes = normalizer.normalize(records);
        long normalised = System.nanoTime();
        for (int i = 0; i < outcomes.size(); i++) {
            ParallelNormalizing.Normalized normalized = outcomes.get(i);
            Header rawPublished = RawPublished.header(records.get(i).timestamp());
            Outcome outcome = normalized.outcome();
            report.add(events::consumed);
            if (outcome instanceof Outcome.Rejected r) {
                acks.add(producer.send(write(settings.rejectsTopic(), r.key(), normalized.json(), rawPublished)));
                report.add(() -> events.rejected(r.rejectClass()));
                rejectedByClass.merge(r.rejectClass().label(), 1, Integer::sum);
                LOG.debugf("rejected %s (%s): %s", r.key(), r.rejectClass().label(), r.reject().reasons());
                continue;
            }
            for (RecordWrite w : linker.apply(outcome, normalized.json())) {
                if (w.unchanged() && !republishUnchanged) {
                    unchanged++;
                    report.add(() -> events.unchanged(w.id()));
                    continue;
                }
                acks.add(producer.send(write(settings.recordsTopic(), w.id(), w.value(), rawPublished)));
                if (w.tombstone()) {
                    tombstones++;
                    report.add(() -> events.tombstone(w.id()));
                } else {
                    published++;
                    report.add(() -> events.published(w.id()));
                }
            }
        }
        long linked = System.nanoTime();
        producer.flush();
        awaitAcknowledged(acks);
        long acknowledged = System.nanoTime();
        raw.commitSync(nextOffsets(batch));
        long committed = System.nanoTime();
        report.forEach(Runnable::run);
        // the parts tell an operator what bounds the normaliser: its CPU (normalising on every thread, linking on
        // the loop thread) or the broker (the writes' acknowledgements and the offsets' commit, during which it waits)
        LOG.infof("normalized %d raw records in %d ms (normalising %d, linking and sending %d, acknowledgements %d,"
                        + " offsets commit %d): %d records written, %d unchanged (not written again), %d tombstones, rejected %s",
                batch.count(), millis(committed - started), millis(normalised - started), millis(linked - normalised),
                millis(acknowledged - linked), millis(committed - acknowledged), published, unchanged, tombstones,
                rejectedByClass.isEmpty() ? "none" : rejectedByClass);
        return new Written(published, unchanged);
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    /** A write carrying when its raw value was published, so the index can tell the normaliser's share of a record's delay. */
    private static ProducerRecord<String, byte[]> write(String topic, String key, byte[] value, Header rawPublished) {
        return new ProducerRecord<>(topic, null, key, value, List.of(rawPublished));
    }

    private static void awaitAcknowledged(List<Future<RecordMetadata>> acks) {
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
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, byte[]> batch) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition tp : batch.partitions()) {
            List<ConsumerRecord<String, byte[]>> recs = batch.records(tp);
            offsets.put(tp, new OffsetAndMetadata(recs.get(recs.size() - 1).offset() + 1));
        }
        return offsets;
    }
}
