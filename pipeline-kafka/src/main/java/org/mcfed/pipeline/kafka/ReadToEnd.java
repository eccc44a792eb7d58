package org.mcfed.pipeline.kafka;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a topic up to its end as of the moment the read starts: how a service rebuilds state from
 * a compacted topic (the normalizer's {@code sameAs} links, the harvester's checkpoints and run
 * reports) or a tool checks what a topic holds. Records written after the start are left for the
 * caller's next read. With a read-committed consumer the end is the last stable offset, so an open
 * transaction does not hold the read up.
 */
public final class ReadToEnd {

    /** How long one poll waits; the read ends as soon as every partition reached its end. */
    private static final Duration POLL = Duration.ofMillis(200);
    /** Longest wait for the end offsets themselves (the client's own default API timeout). */
    private static final Duration END_OFFSETS = Duration.ofSeconds(60);

    private ReadToEnd() {
    }

    /**
     * Assigns {@code consumer} every partition of {@code topic} and hands each record from the
     * beginning up to the current end to {@code each}; returns how many it handed over.
     *
     * @throws UnknownTopicOrPartitionException when the topic does not exist
     * @throws TimeoutException when the end is not reached within {@code timeout}
     */
    public static <K, V> long fromStart(Consumer<K, V> consumer, String topic, Duration timeout,
                                        java.util.function.Consumer<ConsumerRecord<K, V>> each) {
        List<TopicPartition> partitions = partitionsOf(consumer, topic, timeout);
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return fromPosition(consumer, timeout, each);
    }

    /**
     * The live values of a compacted topic, from the beginning up to the current end: the last value
     * of each key, keys whose last value is a tombstone left out, in the order keys were first met.
     *
     * @throws UnknownTopicOrPartitionException when the topic does not exist
     * @throws TimeoutException when the end is not reached within {@code timeout}
     */
    public static <K, V> Map<K, V> liveValues(Consumer<K, V> consumer, String topic, Duration timeout) {
        Map<K, V> latest = new LinkedHashMap<>();
        fromStart(consumer, topic, timeout, r -> {
            if (r.value() == null) {
                latest.remove(r.key());
            } else {
                latest.put(r.key(), r.value());
            }
        });
        return latest;
    }

    /**
     * Hands each record of {@code consumer}'s assignment from its current positions up to the
     * current end to {@code each}: catching up with what others wrote since the last read.
     *
     * @throws TimeoutException when the end is not reached within {@code timeout}
     */
    public static <K, V> long fromPosition(Consumer<K, V> consumer, Duration timeout,
                                           java.util.function.Consumer<ConsumerRecord<K, V>> each) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment(),
                timeout.compareTo(END_OFFSETS) < 0 ? timeout : END_OFFSETS);
        return upTo(consumer, end, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())), each);
    }

    /**
     * Hands each record of {@code consumer}'s assignment from its current positions up to {@code end}
     * (offsets the caller asked for itself, e.g. with a shorter wait than {@link #fromPosition}'s).
     *
     * @throws TimeoutException when {@code end} is not reached within {@code timeout}
     */
    public static <K, V> long upTo(Consumer<K, V> consumer, Map<TopicPartition, Long> end, Duration timeout,
                                   java.util.function.Consumer<ConsumerRecord<K, V>> each) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long read = 0;
        while (!reached(consumer, end)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("reading " + end.keySet() + " did not reach its end " + end + " within " + timeout);
            }
            for (ConsumerRecord<K, V> record : consumer.poll(POLL)) {
                each.accept(record);
                read++;
            }
        }
        return read;
    }

    /** The partitions of {@code topic} in partition order. */
    public static List<TopicPartition> partitionsOf(Consumer<?, ?> consumer, String topic, Duration timeout) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
        if (infos == null || infos.isEmpty()) {
            throw new UnknownTopicOrPartitionException("topic " + topic + " does not exist");
        }
        return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition()))
                .sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
    }

    /** True once {@code consumer}'s position on every partition of {@code end} is at or past its offset there. */
    public static boolean reached(Consumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
