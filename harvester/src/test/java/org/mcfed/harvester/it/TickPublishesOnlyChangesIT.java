package org.mcfed.harvester.it;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcfed.col.pipeline.RunReport;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.harvester.run.HarvestEngine;
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
    }

    private static Set<String> prefixed(Set<String> ids) {
        return ids.stream().map(id -> "nzqa:" + id).collect(Collectors.toSet());
    }
}
