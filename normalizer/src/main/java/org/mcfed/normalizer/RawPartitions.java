package org.mcfed.normalizer;

import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The partitions of {@code mcfed.raw.v1} this instance holds in the group, and replay: with
 * {@code replay-from-start} each newly assigned partition is read from its beginning once; a
 * requested replay seeks every held partition to its beginning before the next poll, so the
 * records topic is rebuilt from what was harvested without re-harvesting. Before partitions are
 * given up, and before a replay's seek, the loop's batch in flight is completed ({@link Release},
 * {@link #replayIfRequested}), so a revocation leaves nothing pending.
 *
 * <p>It also says when another instance may have written records this one has not read
 * ({@link #othersMayHaveWritten()}), so that the {@code sameAs} state is caught up with the records
 * topic only then, and not before every batch.
 */
final class RawPartitions implements ConsumerRebalanceListener {

    private static final Logger LOG = Logger.getLogger(RawPartitions.class);

    private final String topic;
    private final boolean replayFromStart;
    private final AtomicBoolean replayRequested = new AtomicBoolean();
    private final Release release;
    private final Set<TopicPartition> replayedAtStart = new HashSet<>();
    private volatile Set<Integer> held = Set.of();
    /** True while this instance holds every partition of the raw topic: no other instance has raw values to write records for. */
    private volatile boolean holdsEvery;
    /** Set at every change of the partitions held (and at start), cleared by {@link #othersMayHaveWritten()}. */
    private final AtomicBoolean changedSinceAsked = new AtomicBoolean(true);
    private volatile KafkaConsumer<String, byte[]> raw;
    /** When {@link #subscribe} was called, until the first partitions arrive (0 after): a restart's step an operator can time. */
    private long subscribedAt;

    /**
     * What the loop does in a poll before partitions are given up: completes its batch in flight, and gives up (rewinds)
     * the one it is normalising.
     */
    interface Release {
        /** {@code lost}: the group has moved on already (a session expired), so no offsets can be committed any more. */
        void beforeRelease(boolean lost);
    }

    RawPartitions(NormalizerSettings settings, Release release) {
        this.release = release;
        this.topic = settings.rawTopic();
        this.replayFromStart = settings.replayFromStart();
    }

    /** Subscribes {@code consumer} to the raw topic with this as its rebalance listener. */
    void subscribe(KafkaConsumer<String, byte[]> consumer) {
        raw = consumer;
        subscribedAt = System.nanoTime();
        consumer.subscribe(List.of(topic), this);
    }

    /** The consumer is gone: nothing is held any more. */
    void detach() {
        raw = null;
        held = Set.of();
        holdsEvery = false;
        changedSinceAsked.set(true);
    }

    /** The partition numbers held now. */
    Set<Integer> held() {
        return held;
    }

    /**
     * True when another instance may have written records since the last call: while it holds some of the raw
     * topic's partitions, and once after each change of the partitions this instance holds. An instance that gave
     * partitions up had its last batch's writes acknowledged before it let them go, so one catch-up after the change
     * sees them. On the polling thread, before a batch.
     */
    boolean othersMayHaveWritten() {
        boolean changed = changedSinceAsked.getAndSet(false);
        return changed || !holdsEvery;
    }

    /** Asks for a replay and interrupts the poll in progress so it starts at once. */
    void requestReplay() {
        replayRequested.set(true);
        wakeup();
    }

    /** Interrupts the poll in progress (a replay, or closing). */
    void wakeup() {
        KafkaConsumer<String, byte[]> c = raw;
        if (c != null) {
            c.wakeup();
        }
    }

    /**
     * On the polling thread, before a poll: seeks the held partitions to their beginning if a replay
     * was asked for, after {@code beforeSeek} (the batch in flight completed); true when it did. When
     * {@code beforeSeek} throws, the replay is still asked for.
     */
    boolean replayIfRequested(KafkaConsumer<String, byte[]> consumer, Runnable beforeSeek) {
        if (!replayRequested.getAndSet(false)) {
            return false;
        }
        if (consumer.assignment().isEmpty()) {
            replayRequested.set(true); // nothing held yet: replay once partitions arrive
            return false;
        }
        try {
            beforeSeek.run();
        } catch (RuntimeException e) {
            replayRequested.set(true);
            throw e;
        }
        consumer.seekToBeginning(consumer.assignment());
        LOG.infof("replaying %s from the beginning on %s", topic, consumer.assignment());
        return true;
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        if (!partitions.isEmpty()) {
            release.beforeRelease(false);
        }
        track(partitions, List.of());
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
        if (!partitions.isEmpty()) {
            release.beforeRelease(true);
        }
        track(partitions, List.of());
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        track(List.of(), partitions);
        if (subscribedAt != 0 && !partitions.isEmpty()) {
            LOG.infof("took %d partitions of %s %d ms after joining the group", partitions.size(), topic,
                    (System.nanoTime() - subscribedAt) / 1_000_000);
            subscribedAt = 0;
        }
        if (!replayFromStart) {
            return;
        }
        List<TopicPartition> fresh = partitions.stream().filter(replayedAtStart::add).toList();
        if (!fresh.isEmpty()) {
            raw.seekToBeginning(fresh);
            LOG.infof("replay-from-start: reading %s from the beginning", fresh);
        }
    }

    private void track(Collection<TopicPartition> gone, Collection<TopicPartition> added) {
        KafkaConsumer<String, byte[]> c = raw;
        Set<Integer> now = new HashSet<>();
        (c == null ? Set.<TopicPartition>of() : c.assignment()).stream().filter(tp -> !gone.contains(tp)).forEach(tp -> now.add(tp.partition()));
        added.forEach(tp -> now.add(tp.partition()));
        held = Set.copyOf(now);
        holdsEvery = c != null && !now.isEmpty() && now.size() == partitionCount(c);
        changedSinceAsked.set(true);
    }

    /** The raw topic's partitions as the consumer's metadata knows them; 0 (so never all held) when it cannot say. */
    private int partitionCount(KafkaConsumer<String, byte[]> consumer) {
        try {
            List<PartitionInfo> infos = consumer.partitionsFor(topic);
            return infos == null ? 0 : infos.size();
        } catch (KafkaException e) {
            LOG.warnf("cannot tell how many partitions %s has (%s): catching up with the records topic before every batch", topic, e.getMessage());
            return 0;
        }
    }
}
