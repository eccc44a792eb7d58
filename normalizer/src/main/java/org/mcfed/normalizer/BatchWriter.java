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
import org.mcfed.pipeline.kafka.NewRecord;
import org.mcfed.pipeline.kafka.RawPublished;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * One batch of raw records, at least once, in steps the loop interleaves with the batches before and after it:
 * {@link #normalise} (started on the pool's workers as soon as the batch is polled), {@link #join} (the loop thread
 * takes what is left of it), {@link #send} (the {@code sameAs} links on the loop thread; records and rejects
 * sent), and {@link #complete}: every write acknowledged, and only then the batch's offsets committed and its events
 * reported. A record that comes out as the topic already holds it is not written again (unless asked). Any
 * failure throws before the commit, so the caller rewinds and the batch is processed again; the writes are
 * deterministic, so the compacted records topic makes the repeat harmless.
 */
final class BatchWriter {

    private static final Logger LOG = Logger.getLogger(BatchWriter.class);
    /** On the writes of a record new to the records topic (one instance: a header is read, never changed, by the client). */
    private static final Header NEW_RECORD = NewRecord.header();

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
     * Where a batch lies in the raw partitions: each partition's first offset (to rewind it) and the offset after its
     * last (to commit it), and how many values it holds. All a batch keeps once it is sent: its values and outcomes
     * are garbage from then on, before the young collection that would otherwise copy them to the old generation.
     */
    record Span(Map<TopicPartition, Long> first, Map<TopicPartition, OffsetAndMetadata> next, int count) {

        static Span of(ConsumerRecords<String, byte[]> batch) {
            Map<TopicPartition, Long> first = new HashMap<>();
            Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
            for (TopicPartition tp : batch.partitions()) {
                List<ConsumerRecord<String, byte[]>> recs = batch.records(tp);
                first.put(tp, recs.get(0).offset());
                next.put(tp, new OffsetAndMetadata(recs.get(recs.size() - 1).offset() + 1));
            }
            return new Span(first, next, batch.count());
        }
    }

    /**
     * A batch polled, being normalised.
     *
     * @param lag raw values behind the held partitions' end right after the batch was polled: the loop's progress once
     *            the batch is complete
     */
    record Polled(Span span, List<ConsumerRecord<String, byte[]>> records, ParallelNormalizing.Job job, long lag) {
    }

    /**
     * A batch normalised, not linked yet; {@code nanos} from its poll until its last value was normalised, of which
     * the loop thread spent {@code joinNanos} on it (normalising what the workers had not taken, and waiting).
     */
    record Normalised(Polled polled, List<ParallelNormalizing.Normalized> outcomes, long nanos, long joinNanos) {
    }

    /**
     * A batch linked and sent: its writes in flight, its offsets not committed, its events not reported yet; what it
     * wrote and how long its steps took, for its log line.
     */
    record Sent(Span span, long lag, List<Future<RecordMetadata>> acks, List<Runnable> report,
                Map<String, Integer> rejectedByClass, int published, int unchanged, int tombstones,
                long normalisingNanos, long joinNanos, long sendingNanos) {
    }

    /** How {@link #complete} commits a batch's offsets. */
    enum Commit {
        /**
         * Sent, not awaited: the loop goes on linking the next batch meanwhile. A commit that fails is logged; the next
         * batch's offsets cover it (they are later on every partition), and a restart before that reads the batch again.
         */
        ASYNC,
        /** Awaited: before partitions are given up, so the instance that takes them starts after this batch. */
        SYNC
    }

    /** Starts normalising one polled batch on the pool's workers; {@code lag} is the raw values left behind it. */
    Polled normalise(ConsumerRecords<String, byte[]> batch, long lag) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(batch.count());
        batch.forEach(records::add);
        return new Polled(Span.of(batch), records, normalizer.submit(records), lag);
    }

    /** On the loop thread: the batch's outcomes, once it has normalised what no worker took and the workers are done. */
    Normalised join(Polled polled) {
        long started = System.nanoTime();
        List<ParallelNormalizing.Normalized> outcomes = polled.job().join();
        return new Normalised(polled, outcomes, polled.job().nanos(), System.nanoTime() - started);
    }

    /**
     * Links a normalised batch and sends its writes. A record normalised to the value the topic already holds is not
     * written again ({@link RecordWrite#unchanged()}: a replay after a change that touches a few records writes those
     * only) unless {@code republishUnchanged}, which an operator asks for to write every record again.
     */
    Sent send(Normalised normalised, KafkaProducer<String, byte[]> producer, boolean republishUnchanged) {
        long started = System.nanoTime();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        List<Runnable> report = new ArrayList<>();
        Map<String, Integer> rejectedByClass = new TreeMap<>();
        int published = 0;
        int unchanged = 0;
        int tombstones = 0;
        List<ParallelNormalizing.Normalized> outcomes = normalised.outcomes();
        for (int i = 0; i < outcomes.size(); i++) {
            ParallelNormalizing.Normalized normalized = outcomes.get(i);
            Header rawPublished = RawPublished.header(normalised.polled().records().get(i).timestamp());
            Outcome outcome = normalized.outcome();
            report.add(events::consumed);
            // the events capture ids and classes only: a batch is complete a step later, and its values are garbage by then
            if (outcome instanceof Outcome.Rejected r) {
                acks.add(producer.send(write(settings.rejectsTopic(), r.key(), normalized.json(), List.of(rawPublished))));
                RejectClass rejectClass = r.rejectClass();
                report.add(() -> events.rejected(rejectClass));
                rejectedByClass.merge(rejectClass.label(), 1, Integer::sum);
                LOG.debugf("rejected %s (%s): %s", r.key(), rejectClass.label(), r.reject().reasons());
                continue;
            }
            for (RecordWrite w : linker.apply(outcome, normalized.json())) {
                String id = w.id();
                if (w.unchanged() && !republishUnchanged) {
                    unchanged++;
                    report.add(() -> events.unchanged(id));
                    continue;
                }
                acks.add(producer.send(write(settings.recordsTopic(), id, w.value(),
                        w.newRecord() ? List.of(rawPublished, NEW_RECORD) : List.of(rawPublished))));
                if (w.tombstone()) {
                    tombstones++;
                    report.add(() -> events.tombstone(id));
                } else {
                    published++;
                    report.add(() -> events.published(id));
                }
            }
        }
        return new Sent(normalised.polled().span(), normalised.polled().lag(), acks, report, rejectedByClass, published,
                unchanged, tombstones, normalised.nanos(), normalised.joinNanos(), System.nanoTime() - started);
    }

    /**
     * Waits until every write of a sent batch is acknowledged, tells {@code ownWrites} where its records landed, then
     * commits its offsets and reports its events.
     *
     * @throws KafkaException when a write was not acknowledged (the caller rewinds the batch)
     */
    Written complete(Sent sent, KafkaConsumer<String, byte[]> raw, KafkaProducer<String, byte[]> producer, Commit commit,
                     OwnWrites ownWrites) {
        long started = System.nanoTime();
        producer.flush();
        awaitAcknowledged(sent.acks(), settings.recordsTopic(), ownWrites);
        long acknowledged = System.nanoTime();
        Map<TopicPartition, OffsetAndMetadata> offsets = sent.span().next();
        if (commit == Commit.SYNC) {
            raw.commitSync(offsets);
        } else {
            raw.commitAsync(offsets, (committed, e) -> {
                if (e != null) {
                    LOG.warnf("offsets commit of a batch failed (%s): the next batch's commit covers it", e.toString());
                }
            });
        }
        long committed = System.nanoTime();
        sent.report().forEach(Runnable::run);
        // the parts tell an operator what bounds the normaliser: its CPU (normalising, on the workers while the loop
        // thread links the batch before, then on the loop thread too; linking on the loop thread) or the broker (the
        // wait for the writes' acknowledgements, which the next batch's normalising overlaps, and a commit awaited)
        LOG.infof("normalized %d raw records: normalising %d ms (the loop thread on it %d), linking and sending %d,"
                        + " then waiting for acknowledgements %d, offsets commit %d%s; %d records written, %d unchanged"
                        + " (not written again), %d tombstones, rejected %s",
                sent.span().count(), millis(sent.normalisingNanos()), millis(sent.joinNanos()), millis(sent.sendingNanos()),
                millis(acknowledged - started), millis(committed - acknowledged), commit == Commit.ASYNC ? " to send" : "",
                sent.published(), sent.unchanged(), sent.tombstones(),
                sent.rejectedByClass().isEmpty() ? "none" : sent.rejectedByClass());
        return new Written(sent.published(), sent.unchanged());
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    /**
     * A write with its headers: when its raw value was published, so the index can tell the normaliser's share of a
     * record's delay, and whether it comes from a record new to the topic.
     */
    private static ProducerRecord<String, byte[]> write(String topic, String key, byte[] value, List<Header> headers) {
        return new ProducerRecord<>(topic, null, key, value, headers);
    }

    private static void awaitAcknowledged(List<Future<RecordMetadata>> acks, String recordsTopic, OwnWrites ownWrites) {
        for (Future<RecordMetadata> ack : acks) {
            try {
                RecordMetadata landed = ack.get();
                if (landed.topic().equals(recordsTopic)) {
                    ownWrites.acknowledged(landed.partition(), landed.hasOffset() ? landed.offset() : -1);
                }
            } catch (ExecutionException e) {
                throw new KafkaException("write not acknowledged: " + e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KafkaException("interrupted while waiting for acknowledgements", e);
            }
        }
    }
}
