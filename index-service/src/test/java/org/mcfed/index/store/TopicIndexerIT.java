package org.mcfed.index.store;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.RecordsTopic;
import org.mcfed.index.SampleRecords;
import org.mcfed.kafka.KraftBroker;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The index against a real KRaft broker: consumption, tombstones, restarts (kill -9 included) and rebuilds. */
class TopicIndexerIT {

    private static KraftBroker broker;

    @TempDir
    Path root;

    @BeforeAll
    static void startBroker() {
        broker = KraftBroker.onFreePorts().start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    private static LuceneRecordStore open(Path root) {
        return LuceneRecordStore.open(root, Duration.ofMillis(100));
    }

    private static TopicIndexer indexer(LuceneRecordStore store, String topic) {
        return new TopicIndexer(store, broker.bootstrapServers(), topic, Duration.ofMillis(200)).start();
    }

    @Test
    void consumesRecordsUpdatesTombstonesAndSkipsUnreadableValues() {
        String topic = "records-consume";
        try (RecordsTopic t = new RecordsTopic(broker.bootstrapServers(), topic, 3);
             LuceneRecordStore store = open(root)) {
            t.publishAll(SampleRecords.distinct());
            t.send("garbage:1", "{not json".getBytes(StandardCharsets.UTF_8));
            t.publish(SampleRecords.nzqaFarming().toBuilder().workloadHours(111.0).build());
            t.tombstone("hkqr:23/001234/L3");
            TopicIndexer indexer = indexer(store, topic);
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> indexer.caughtUp() && store.count() == 7);
                store.awaitVisible();
                assertThat(store.get("nzqa:4116-2")).get().extracting(ColRecord::workloadHours).isEqualTo(111.0);
                assertThat(store.get("hkqr:23/001234/L3")).isEmpty();
                assertThat(store.get("garbage:1")).isEmpty();
                assertThat(indexer.unreadableCount()).isEqualTo(1);
                assertThat(store.documentCount()).isEqualTo(8);   // 7 records + 1 deletion marker

                // near-real-time: a new record is searchable within a second of being published
                long start = System.nanoTime();
                t.publishAll(List.of(SampleRecords.nzqaTeReo().toBuilder().id("nzqa:7777-1").build()));
                await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).until(() -> store.get("nzqa:7777-1").isPresent());
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            } finally {
                indexer.close();
            }
            assertThat(store.committedOffsets()).isEqualTo(t.endOffsets());
        }
    }

    @Test
    void aNewReplicaReadsTheBacklogWithoutRefreshingAndIsSearchableAndCommittedWhenReady() {
        String topic = "records-catch-up";
        int backlog = 2000;
        try (RecordsTopic t = new RecordsTopic(broker.bootstrapServers(), topic, 3);
             LuceneRecordStore store = open(root)) {
            t.publishAll(SampleRecords.projectManagementRun(backlog));
            TopicIndexer indexer = indexer(store, topic);
            try {
                await().atMost(Duration.ofSeconds(60)).until(indexer::caughtUp);
                assertThat(store.catchingUp()).isFalse();
                assertThat(store.refreshCount()).as("one refresh, at the end of the catch-up").isEqualTo(1);
                assertThat(store.count()).as("every record searchable once ready").isEqualTo(backlog);
                assertThat(store.committedOffsets()).as("committed once ready").isEqualTo(t.endOffsets());

                // then near-real-time again
                t.publishAll(List.of(SampleRecords.nzqaTeReo().toBuilder().id("nzqa:after-catch-up").build()));
                await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20)).until(() -> store.get("nzqa:after-catch-up").isPresent());
            } finally {
                indexer.close();
            }
        }
    }

    @Test
    void aBacklogIndexedOnSeveralLanesEndsWithEachIdsLastWrite() {
        String topic = "records-catch-up-lanes";
        int ids = 300;
        int versions = 5;
        try (RecordsTopic t = new RecordsTopic(broker.bootstrapServers(), topic, 3);
             LuceneRecordStore store = open(root)) {
            // every id written five times, the versions interleaved, so each lane sees a key's writes spread over polls
            for (int v = 1; v <= versions; v++) {
                List<ColRecord> round = new ArrayList<>();
                for (int i = 0; i < ids; i++) {
                    round.add(SampleRecords.nzqaFarming().toBuilder().id("nzqa:lane-" + i).workloadHours((double) v).build());
                }
                t.publishAll(round);
                for (int i = 0; v < versions && i < ids; i += 7) {
                    t.tombstone("nzqa:lane-" + i); // deleted after each version but the last, then written again by the next
                }
            }
            for (int i = 0; i < ids; i += 14) {
                t.tombstone("nzqa:lane-" + i); // and these stay deleted
            }
            TopicIndexer indexer = new TopicIndexer(store, broker.bootstrapServers(), topic, Duration.ofMillis(200),
                    TopicIndexer.DEFAULT_CATCH_UP_RAM_BUFFER_MB, 4).start();
            try {
                await().atMost(Duration.ofSeconds(60)).until(indexer::caughtUp);
                int deleted = 0;
                for (int i = 0; i < ids; i++) {
                    String id = "nzqa:lane-" + i;
                    if (i % 14 == 0) {
                        assertThat(store.get(id)).as(id).isEmpty();
                        deleted++;
                    } else {
                        assertThat(store.get(id)).as(id).get().extracting(ColRecord::workloadHours).isEqualTo((double) versions);
                    }
                }
                assertThat(store.count()).isEqualTo(ids - deleted);
                assertThat(indexer.indexedCount()).isEqualTo((long) ids * versions);
                assertThat(store.committedOffsets()).as("committed once ready").isEqualTo(t.endOffsets());
            } finally {
                indexer.close();
            }
        }
    }

    @Test
    void restartResumesFromTheOffsetsInTheIndexCommitAndRebuildsALostIndex() throws Exception {
        String topic = "records-restart";
        try (RecordsTopic t = new RecordsTopic(broker.bootstrapServers(), topic, 3)) {
            t.publishAll(SampleRecords.projectManagementRun(40));
            try (LuceneRecordStore store = open(root)) {
                TopicIndexer indexer = indexer(store, topic);
                await().atMost(Duration.ofSeconds(30)).until(() -> indexer.caughtUp() && store.count() == 40);
                indexer.close();
                assertThat(store.committedOffsets()).isEqualTo(t.endOffsets());
            }
            t.publishAll(SampleRecords.distinct());
            t.tombstone("nzqa:9000-1");
            try (LuceneRecordStore store = open(root)) {
                assertThat(store.count()).isEqualTo(40);
                TopicIndexer indexer = indexer(store, topic);
                await().atMost(Duration.ofSeconds(30)).until(() -> indexer.caughtUp() && store.count() == 47);
                // only what was published after the restart was consumed again
                assertThat(indexer.indexedCount()).isEqualTo(8);
                assertThat(indexer.deletedCount()).isEqualTo(1);
                indexer.close();
                store.awaitVisible();
                assertThat(store.documentCount()).isEqualTo(48);
            }

            // the index folder is lost: it rebuilds itself from the compacted topic
            deleteTree(root);
            try (LuceneRecordStore store = open(root)) {
                assertThat(store.count()).isZero();
                TopicIndexer indexer = indexer(store, topic);
                await().atMost(Duration.ofSeconds(30)).until(() -> indexer.caughtUp() && store.count() == 47);
                indexer.close();
                assertThat(store.get("nzqa:9000-1")).isEmpty();
                assertThat(store.committedOffsets()).isEqualTo(t.endOffsets());
            }
        }
    }

    @Test
    void killDashNineMidStreamResumesFromTheLastIndexCommitWithoutLossOrDuplicates() throws Exception {
        String topic = "records-kill";
        int total = 1500;
        try (RecordsTopic t = new RecordsTopic(broker.bootstrapServers(), topic, 3)) {
            Process child = new ProcessBuilder(javaBin(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    IndexerProcess.class.getName(), broker.bootstrapServers(), topic, root.toString())
                    .redirectErrorStream(true).redirectOutput(root.resolve("child.log").toFile()).start();
            Map<String, Long> atKill;
            try {
                List<ColRecord> records = new ArrayList<>();
                ColRecord template = SampleRecords.nzqaFarming();
                for (int i = 0; i < total; i++) {
                    records.add(template.toBuilder().id("nzqa:k" + i).build());
                }
                // publish in slices while the child indexes, and kill it once it has committed part of the stream
                for (int i = 0; i < total; i += 250) {
                    t.publishAll(records.subList(i, Math.min(total, i + 250)));
                }
                await().atMost(Duration.ofSeconds(60)).until(() -> committedRecords(root) > 0);
                child.destroyForcibly().waitFor();
                atKill = committedOffsets(root);
            } finally {
                child.destroyForcibly();
            }
            assertThat(child.exitValue()).isEqualTo(137);
            try (LuceneRecordStore store = open(root)) {
                assertThat(store.committedOffsets()).isEqualTo(atKill);
                long resumedFrom = atKill.values().stream().mapToLong(Long::longValue).sum();
                TopicIndexer indexer = indexer(store, topic);
                await().atMost(Duration.ofSeconds(60)).until(() -> indexer.caughtUp() && store.count() == total);
                indexer.close();
                store.awaitVisible();
                assertThat(store.documentCount()).isEqualTo(total);
                // it resumed where the killed process's last commit stood, not from the beginning
                assertThat(indexer.indexedCount()).isEqualTo(total - resumedFrom);
                assertThat(store.committedOffsets()).isEqualTo(t.endOffsets());
            }
        }
    }

    private static long committedRecords(Path root) {
        return committedOffsets(root).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The offsets of the last commit on disk, read without the writer's lock (the child holds it). */
    private static Map<String, Long> committedOffsets(Path root) {
        Path folder = IndexSchema.folder(root);
        Map<String, Long> out = new HashMap<>();
        try (FSDirectory dir = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(dir)) {
                return out;
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                reader.getIndexCommit().getUserData().forEach((k, v) -> {
                    if (k.startsWith(IndexSchema.OFFSET_KEY_PREFIX)) {
                        out.put(k.substring(IndexSchema.OFFSET_KEY_PREFIX.length()), Long.parseLong(v));
                    }
                });
            }
        } catch (Exception e) {
            return out;   // a commit in progress: ask again
        }
        return out;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
