package org.mcfed.normalizer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.connector.RawRecord;
import org.mcfed.kafka.KraftBroker;
import org.mcfed.sandbox.RegistrySandbox;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * At-least-once under restarts: a running normalizer survives a broker restart and loses nothing
 * published afterwards; a new instance of the same consumer group started with
 * {@code replay-from-start} reprocesses the whole raw topic and ends with the same bytes on the records topic.
 *
 * <p>And fast after a kill: a normalizer that stops without leaving its group (as a killed one does:
 * a static member never sends LeaveGroup) keeps its raw partitions until its session expires.
 * Restarted under the same {@code instance-id} it takes them back at once, well within that session;
 * that is what brings the pipeline back within seconds of a normalizer kill instead of the old 45 s.
 */
class NormalizerRecoveryIT {

    /** Long on purpose: resuming within a fraction of it can only come from taking the partitions back. */
    private static final Duration SESSION = Duration.ofSeconds(45);

    private static KraftBroker broker;
    private static RegistrySandbox sandbox;

    @BeforeAll
    static void start() {
        broker = KraftBroker.onFreePorts().start();
        sandbox = RegistrySandbox.builder().seed(23).scale(0.03).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void brokerRestartLosesNothingAndReplayFromStartEndsWithTheSameBytes() {
        NormalizerSettings settings = NormalizerSettings.defaults(broker.bootstrapServers()).withGroupId("recovery-it");
        TopicSetup.ensureTopics(settings);
        List<RawRecord> nzqa = RegistryHarvest.harvest("nzqa", "nzqa", sandbox.baseUrl("nzqa"));
        List<RawRecord> mqa = RegistryHarvest.harvest("mqa", "mqa", sandbox.baseUrl("mqa"));
        Set<String> expected = new HashSet<>();
        expected.addAll(expectedIds("nzqa"));
        expected.addAll(expectedIds("mqa"));

        CountingEvents first = new CountingEvents();
        try (RawTopicNormalizer normalizer = new RawTopicNormalizer(settings, new RawRecordNormalizer(), first).start()) {
            send(nzqa);
            await().atMost(Duration.ofSeconds(120)).until(() -> first.consumed.get() >= nzqa.size());

            broker.stop();
            broker.start();
            send(mqa);
            // the raw topic may hold this class's other harvests too: wait for this one's records, not a count
            awaitRecordsOf(nzqa, expected);
            awaitRecordsOf(mqa, expected);
            assertThat(normalizer.isRunning()).isTrue();
        }
        Map<String, byte[]> records = KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS);
        assertThat(records.keySet()).as("nothing lost across the broker restart").containsExactlyInAnyOrderElementsOf(expected);

        CountingEvents replay = new CountingEvents();
        try (RawTopicNormalizer again = new RawTopicNormalizer(settings.withReplayFromStart(true),
                new RawRecordNormalizer(), replay).start()) {
            int rawValues = KafkaTestIO.readAll(broker.bootstrapServers(), Topics.RAW).size();
            await().atMost(Duration.ofSeconds(120)).until(() -> replay.consumed.get() >= rawValues && again.progress().caughtUp());
            assertThat(again.knownRecords()).isEqualTo(expected.size());
        }
        Map<String, byte[]> rebuilt = KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS);
        assertThat(rebuilt.keySet()).isEqualTo(records.keySet());
        records.forEach((id, value) -> assertThat(rebuilt.get(id)).as(id).isEqualTo(value));
    }

    @Test
    void aRestartedInstanceWithTheSameNameResumesBeforeTheOldSessionExpires() {
        NormalizerSettings settings = NormalizerSettings.defaults(broker.bootstrapServers()).withGroupId("static-member-it")
                .withMembership("normalizer-1", SESSION);
        TopicSetup.ensureTopics(settings);
        List<RawRecord> nzqa = RegistryHarvest.harvest("nzqa", "nzqa", sandbox.baseUrl("nzqa"));
        List<RawRecord> mqa = RegistryHarvest.harvest("mqa", "mqa", sandbox.baseUrl("mqa"));

        CountingEvents first = new CountingEvents();
        try (RawTopicNormalizer normalizer = new RawTopicNormalizer(settings, new RawRecordNormalizer(), first).start()) {
            send(nzqa);
            await().atMost(Duration.ofSeconds(120)).until(() -> first.consumed.get() >= nzqa.size());
        }
        // the first instance is gone but, a static member, is still in the group holding every raw partition
        assertThat(membersByInstance(settings.groupId())).containsEntry("normalizer-1", Topics.declaration(Topics.RAW).partitions());
        long restarted = System.nanoTime();
        CountingEvents second = new CountingEvents();
        try (RawTopicNormalizer again = new RawTopicNormalizer(settings, new RawRecordNormalizer(), second).start()) {
            send(mqa);
            await().atMost(SESSION.multipliedBy(2)).until(() -> second.consumed.get() >= mqa.size());
            Duration resumed = Duration.ofNanos(System.nanoTime() - restarted);
            assertThat(resumed).as("resumed after %s, the old session being %s", resumed, SESSION)
                    .isLessThan(SESSION.dividedBy(3));
            assertThat(again.assignedRawPartitions()).hasSize(Topics.declaration(Topics.RAW).partitions());
        }
    }

    /** Partitions held per static member name, as the group coordinator sees the group. */
    private static Map<String, Integer> membersByInstance(String group) {
        try (Admin admin = KafkaTestIO.admin(broker.bootstrapServers())) {
            Map<String, Integer> members = new LinkedHashMap<>();
            for (MemberDescription m : admin.describeConsumerGroups(List.of(group)).all().get().get(group).members()) {
                members.put(m.groupInstanceId().orElse("dynamic " + m.consumerId()), m.assignment().topicPartitions().size());
            }
            return members;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the records topic holds, for each expected id among {@code raws}, the record of that raw value. */
    private static void awaitRecordsOf(List<RawRecord> raws, Set<String> expected) {
        await().atMost(Duration.ofSeconds(180)).untilAsserted(() -> {
            Map<String, byte[]> latest = KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS);
            for (RawRecord raw : raws) {
                if (expected.contains(raw.key())) {
                    assertThat(latest.get(raw.key())).as(raw.key()).isNotNull();
                    assertThat(ColJson.read(latest.get(raw.key())).provenance().harvestedAt()).as(raw.key()).isEqualTo(raw.fetchedAt());
                }
            }
        });
    }

    private static Set<String> expectedIds(String source) {
        return RegistryHarvest.expectedRecords(sandbox, source);
    }

    private static void send(List<RawRecord> raws) {
        KafkaTestIO.sendRaw(broker.bootstrapServers(), raws);
    }
}
