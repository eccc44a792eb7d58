package org.mcfed.harvester.lease;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * Which sources this instance may harvest, decided by Kafka so that two instances never harvest
 * the same source at once. Every instance joins one consumer group on the lease topic
 * {@value #TOPIC}, which has one partition per slot; a source belongs to slot
 * {@code floorMod(name.hashCode(), slots)}, and the instance the group assigns that partition to
 * owns the source. Kafka gives each partition to exactly one live member, moves it when a member
 * leaves or stops heartbeating, and (with static membership, {@code group.instance.id} = the
 * instance id) hands it straight back to a restarted instance of the same name.
 * <p>
 * During the short window of a rebalance two instances may both believe they own a slot; that is
 * covered by the per-source transactional producer ({@code transactional.id} =
 * {@code mcfed-harvester-<source>}): the new owner's {@code initTransactions()} fences the old one,
 * whose next commit fails, so at most one of them ever publishes. The topic carries no messages.
 */
public final class SourceLeases implements AutoCloseable {

    public static final String TOPIC = "mcfed.harvest-leases.v1";

    private static final Logger LOG = Logger.getLogger(SourceLeases.class);

    private final Consumer<byte[], byte[]> consumer;
    private final int slots;
    private final Set<Integer> owned = ConcurrentHashMap.newKeySet();
    private final IntConsumer onAcquired;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean leaveOnClose = true;
    private volatile boolean joined;
    /** Times slots were given to or taken from this instance; see {@link #changes}. */
    private final AtomicLong changes = new AtomicLong();
    private long startedAt;

    /**
     * @param consumer   a consumer in the harvesters' group (static membership), not yet subscribed
     * @param onAcquired told each slot this instance has just been given
     */
    public SourceLeases(Consumer<byte[], byte[]> consumer, int slots, IntConsumer onAcquired) {
        this.consumer = consumer;
        this.slots = slots;
        this.onAcquired = onAcquired;
        this.thread = new Thread(this::loop, "harvest-leases");
        this.thread.setDaemon(true);
    }

    public static int slotOf(String source, int slots) {
        return Math.floorMod(source.hashCode(), slots);
    }

    public SourceLeases start() {
        thread.start();
        return this;
    }

    /**
     * How many times this instance's slots were given or taken (every rebalance counts, even one that gives
     * the same slots back): while it stays the same, no other instance can have harvested a source this
     * one holds, so what this instance knows of the source's state is still what the state topic says.
     */
    public long changes() {
        return changes.get();
    }

    public boolean owns(String source) {
        return owned.contains(slotOf(source, slots));
    }

    public int slotOf(String source) {
        return slotOf(source, slots);
    }

    /**
     * Whether the group has assigned this instance its slots at least once. Before that, not owning a source
     * means only "still joining", not "another instance harvests it".
     */
    public boolean joined() {
        return joined;
    }

    private void loop() {
        startedAt = System.nanoTime();
        try {
            consumer.subscribe(List.of(TOPIC), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    changes.incrementAndGet();
                    partitions.forEach(p -> owned.remove(p.partition()));
                    LOG.debugf("lease slots revoked: %s", partitions);
                }

                @Override
                public void onPartitionsLost(Collection<TopicPartition> partitions) {
                    onPartitionsRevoked(partitions);
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    if (!joined) {
                        // how long a (re)started instance waited for the group: one step of its recovery after a kill
                        LOG.infof("lease group joined after %d ms: %d lease slots", (System.nanoTime() - startedAt) / 1_000_000,
                                partitions.size());
                    }
                    LOG.debugf("lease slots assigned: %s", partitions);
                    partitions.forEach(p -> owned.add(p.partition()));
                    changes.incrementAndGet();
                    joined = true;
                    partitions.forEach(p -> onAcquired.accept(p.partition()));
                }
            });
            while (running) {
                consumer.poll(Duration.ofMillis(200));
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.errorf(e, "lease consumer failed; this instance harvests nothing until restarted");
        } finally {
            owned.clear();
            consumer.close(CloseOptions.groupMembershipOperation(leaveOnClose
                    ? CloseOptions.GroupMembershipOperation.LEAVE_GROUP
                    : CloseOptions.GroupMembershipOperation.REMAIN_IN_GROUP));
        }
    }

    /** Gives the slots back to the group at once, so another instance takes the sources over now. */
    @Override
    public void close() {
        stop(true);
    }

    /** Stops as a crashed instance would look to the group: still a member until its session times out or it comes back. */
    public void halt() {
        stop(false);
    }

    private void stop(boolean leave) {
        leaveOnClose = leave;
        running = false;
        owned.clear();
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
