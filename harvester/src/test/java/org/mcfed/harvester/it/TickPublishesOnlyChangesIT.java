package org.mcfed.harvester.it;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcfed.col.pipeline.RunReport;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.harvester.run.HarvestEngine;
import org.mcfed.harvester.state.StateTopic;
import org.mcfed.sandbox.truth.SourceTruth;
import org.mcfed.sandbox.truth.TruthRecord;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * NZQA from the sandbox, twice: the first run publishes every record once; after the registry
 * moves on (a tick), the second run publishes only what changed, was added or was deleted, and
 * both reports reconcile with the ground truth.
 */
class TickPublishesOnlyChangesIT {

    private static HarvestBench bench;
    private static HarvestEngine engine;

    @BeforeAll
    static void start() {
        bench = new HarvestBench(1.0);
        engine = bench.engine("tick-it", List.of("nzqa"));
    }

    @AfterAll
    static void stop() {
        if (engine != null) {
            engine.close();
        }
        if (bench != null) {
            bench.close();
        }
    }

    @Test
    void firstRunPublishesEveryRecordOnceThenATickPublishesOnlyTheDifference() {
        SourceTruth before = bench.sandbox.truth("nzqa").source("nzqa");
        RunReport first = HarvestBench.harvest(engine, "nzqa", Duration.ofMinutes(3));

        List<ConsumerRecord<String, byte[]>> raw = TopicContents.read(bench.bootstrap(), Topics.RAW);
        List<String> keys = raw.stream().map(ConsumerRecord::key).toList();
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(new HashSet<>(keys)).isEqualTo(prefixed(before.liveIds()));
        assertThat(first.status()).isEqualTo("completed");
        assertThat(first.created()).isEqualTo(before.liveIds().size());
        assertThat(first.fetched()).isEqualTo(first.created());
        assertThat(first.changed() + first.unchanged() + first.deleted() + first.failed()).isZero();

        bench.sandbox.tick(0.02, 0.01, 0.01);
        SourceTruth after = bench.sandbox.truth("nzqa").source("nzqa");
        Set<String> added = new HashSet<>(after.liveIds());
        added.removeAll(before.liveIds());
        Set<String> deleted = new HashSet<>(before.liveIds());
        deleted.removeAll(after.liveIds());
        Map<String, TruthRecord> was = before.byId();
        Set<String> changed = after.live().stream()
                .filter(r -> was.containsKey(r.id()) && !r.updatedAt().equals(was.get(r.id()).updatedAt()))
                .map(TruthRecord::id).collect(Collectors.toSet());
        assertThat(added).isNotEmpty();
        assertThat(deleted).isNotEmpty();
        assertThat(changed).isNotEmpty();

        Set<String> stateBefore = offsets(TopicContents.read(bench.bootstrap(), StateTopic.NAME));
        RunReport second = HarvestBench.harvest(engine, "nzqa", Duration.ofMinutes(3));
        Set<String> firstRun = raw.stream().map(r -> r.partition() + "@" + r.offset()).collect(Collectors.toSet());
        List<ConsumerRecord<String, byte[]>> published = TopicContents.read(bench.bootstrap(), Topics.RAW).stream()
                .filter(r -> !firstRun.contains(r.partition() + "@" + r.offset())).toList();

        Set<String> deletions = published.stream().filter(r -> TopicContents.json(r).path("deleted").asBoolean())
                .map(ConsumerRecord::key).collect(Collectors.toSet());
        Set<String> upserts = published.stream().filter(r -> !TopicContents.json(r).path("deleted").asBoolean())
                .map(ConsumerRecord::key).collect(Collectors.toSet());
        assertThat(published).hasSize(deletions.size() + upserts.size());
        assertThat(deletions).isEqualTo(prefixed(deleted));
        Set<String> addedOrChanged = new HashSet<>(added);
        addedOrChanged.addAll(changed);
        assertThat(upserts).isEqualTo(prefixed(addedOrChanged));

        assertThat(second.status()).isEqualTo("completed");
        assertThat(second.created()).isEqualTo(added.size());
        assertThat(second.changed()).isEqualTo(changed.size());
        assertThat(second.deleted()).isEqualTo(deleted.size());
        assertThat(second.created() + second.changed() + second.unchanged()).isEqualTo(after.liveIds().size());
        assertThat(bench.reports()).extracting(RunReport::runId).containsExactly(first.runId(), second.runId());

        // the run read the sitemap: its state writes are the records that changed, not one per unchanged record
        Set<String> stateWrites = TopicContents.read(bench.bootstrap(), StateTopic.NAME).stream()
                .filter(r -> !stateBefore.contains(r.partition() + "@" + r.offset()))
                .map(ConsumerRecord::key).filter(k -> k.startsWith("record:")).collect(Collectors.toSet());
        Set<String> touched = new HashSet<>(addedOrChanged);
        touched.addAll(deleted);
        assertThat(stateWrites).isEqualTo(touched.stream().map(id -> StateTopic.recordKey("nzqa", id)).collect(Collectors.toSet()));

        // a third run, over entries the second run left as the first wrote them, still sweeps exactly the deleted
        bench.sandbox.tick(0.0, 0.0, 0.02);
        SourceTruth later = bench.sandbox.truth("nzqa").source("nzqa");
        Set<String> gone = new HashSet<>(after.liveIds());
        gone.removeAll(later.liveIds());
        assertThat(gone).isNotEmpty();
        RunReport third = HarvestBench.harvest(engine, "nzqa", Duration.ofMinutes(3));
        assertThat(third.status()).isEqualTo("completed");
        assertThat(third.deleted()).isEqualTo(gone.size());
        assertThat(third.created() + third.changed()).isZero();
        assertThat(third.unchanged()).isEqualTo(later.liveIds().size());
        // the second and third runs started from the state the run before left, without reading the topic
        assertThat(engine.stateTopicReads()).isEqualTo(1);
    }

    private static Set<String> offsets(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> r.partition() + "@" + r.offset()).collect(Collectors.toSet());
    }

    private static Set<String> prefixed(Set<String> ids) {
        return ids.stream().map(id -> "nzqa:" + id).collect(Collectors.toSet());
    }
}
