package org.mcfed.normalizer;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import org.junit.jupiter.api.Test;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.connector.RawRecord;
import org.mcfed.kafka.KraftBroker;
import org.mcfed.sandbox.RegistrySandbox;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A full disk under the {@code sameAs} state stops the normalizer's work, not the normalizer: it reports not ready with
 * the reason, rewinds what it could not finish, and once space is freed goes on by itself, losing nothing. The disk
 * is an in-memory file system with a size limit (Jimfs), filled by a ballast file that the test deletes to free it.
 */
class NormalizerFullDiskIT {

    /** The state's disk; the ballast leaves it this much room, less than the first batch's values need. */
    private static final long DISK = 16L << 20;
    private static final long ROOM = 16L << 10;

    @Test
    void aFullDiskHoldsTheLoopNotReadyUntilSpaceIsFreedThenEveryRecordIsPublished() throws IOException {
        try (KraftBroker broker = KraftBroker.onFreePorts().start();
             RegistrySandbox sandbox = RegistrySandbox.builder().seed(29).scale(0.5).port(0).build().start();
             FileSystem disk = Jimfs.newFileSystem(Configuration.unix().toBuilder().setMaxSize(DISK).build())) {
            Path state = Files.createDirectories(disk.getPath("/state"));
            Path ballast = disk.getPath("/ballast");
            Files.write(ballast, new byte[(int) (DISK - ROOM)]);
            NormalizerSettings settings = NormalizerSettings.defaults(broker.bootstrapServers()).withGroupId("full-disk-it")
                    .withStateDirectory(state, Duration.ofSeconds(1));
            TopicSetup.ensureTopics(settings);
            List<RawRecord> nzqa = RegistryHarvest.harvest("nzqa", "nzqa", sandbox.baseUrl("nzqa"));
            Set<String> expected = RegistryHarvest.expectedRecords(sandbox, "nzqa");

            try (RawTopicNormalizer normalizer = new RawTopicNormalizer(settings).start()) {
                await().atMost(Duration.ofSeconds(60)).until(normalizer::isReady);
                KafkaTestIO.sendRaw(broker.bootstrapServers(), nzqa);

                await().atMost(Duration.ofSeconds(60)).until(() -> !normalizer.isReady()
                        && String.valueOf(normalizer.lastError()).contains("cannot append to the sameAs value store /state/"));
                assertThat(normalizer.isRunning()).as("waiting for space, not stopped").isTrue();
                assertThat(normalizer.lastError()).as("the disk's own words reach the operator").contains("out of");
                int publishedWhileFull = KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS).size();
                assertThat(publishedWhileFull).as("the full disk held the work back").isLessThan(expected.size());

                Files.delete(ballast);
                await().atMost(Duration.ofSeconds(90)).until(() ->
                        KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS).keySet().containsAll(expected));
                await().atMost(Duration.ofSeconds(30)).until(normalizer::isReady);
                assertThat(normalizer.lastError()).isNull();
                assertThat(normalizer.knownRecords()).isEqualTo(expected.size());
            }
            Map<String, byte[]> records = KafkaTestIO.latest(broker.bootstrapServers(), Topics.RECORDS);
            assertThat(records.keySet()).as("every record, none lost to the full disk").isEqualTo(expected);
            Set<String> rejected = KafkaTestIO.latestRejects(broker.bootstrapServers()).keySet();
            assertThat(rejected).as("harvested = published + rejected")
                    .containsExactlyInAnyOrderElementsOf(nzqa.stream().map(RawRecord::key).filter(k -> !expected.contains(k)).toList());
        }
    }
}
