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
 * A registry exposing the COL feed is harvested incrementally: the run after a completed one asks
 * the feed only for what changed since the watermark that run reached (kept in the state topic),
 * so the registry serves a small part of the bytes, and exactly the changes are published.
 */
class ColFeedHarvestIsIncrementalIT {

    private static HarvestBench bench;
    private static HarvestEngine engine;

    @BeforeAll
    static void start() {
        bench = new HarvestBench(1.0);
        engine = bench.engine("col-feed-it", List.of("col-feed"));
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
    void theRunAfterACompletedOneFetchesOnlyWhatChangedSinceItsWatermark() {
        SourceTruth before = bench.sandbox.truth("col-feed").source("col-feed");
        long bytes0 = bench.sandbox.traffic().bodyBytes();
        RunReport first = HarvestBench.harvest(engine, "col-feed", Duration.ofMinutes(3));
        long firstBytes = bench.sandbox.traffic().bodyBytes() - bytes0;
        assertThat(first.status()).isEqualTo("completed");
        assertThat(first.created()).isEqualTo(before.liveIds().size());
        List<ConsumerRecord<String, byte[]>> raw = TopicContents.read(bench.bootstrap(), Topics.RAW);

        bench.sandbox.tick(0.03, 0.02, 0.01);
        SourceTruth after = bench.sandbox.truth("col-feed").source("col-feed");
        Set<String> added = new HashSet<>(after.liveIds());
        added.removeAll(before.liveIds());
        Set<String> deleted = new HashSet<>(before.liveIds());
        deleted.removeAll(after.liveIds());
        Map<String, TruthRecord> was = before.byId();
        Set<String> changed = after.live().stream()
                .filter(r -> was.containsKey(r.id()) && !r.updatedAt().equals(was.get(r.id()).updatedAt()))
                .map(TruthRecord::id).collect(Collectors.toSet());
        assertThat(added).isNotEmpty();
        assertThat(changed).isNotEmpty();
        assertThat(deleted).isNotEmpty();

        long bytes1 = bench.sandbox.traffic().bodyBytes();
        RunReport second = HarvestBench.harvest(engine, "col-feed", Duration.ofMinutes(3));
        long secondBytes = bench.sandbox.traffic().bodyBytes() - bytes1;

        assertThat(second.status()).isEqualTo("completed");
        assertThat(second.fetched()).as("only records at or after the watermark are fetched")
                .isLessThan(after.liveIds().size() / 4);
        assertThat(secondBytes).as("bytes of the incremental run vs the full run (" + firstBytes + ")")
                .isLessThan(firstBytes / 4);

        Set<String> firstRun = raw.stream().map(r -> r.partition() + "@" + r.offset()).collect(Collectors.toSet());
        List<ConsumerRecord<String, byte[]>> published = TopicContents.read(bench.bootstrap(), Topics.RAW).stream()
                .filter(r -> !firstRun.contains(r.partition() + "@" + r.offset())).toList();
        Set<String> deletions = published.stream().filter(r -> TopicContents.json(r).path("deleted").asBoolean())
                .map(ConsumerRecord::key).collect(Collectors.toSet());
        Set<String> upserts = published.stream().filter(r -> !TopicContents.json(r).path("deleted").asBoolean())
                .map(ConsumerRecord::key).collect(Collectors.toSet());
        Set<String> addedOrChanged = new HashSet<>(added);
        addedOrChanged.addAll(changed);
        assertThat(published).hasSize(deletions.size() + upserts.size());
        assertThat(upserts).isEqualTo(keys(addedOrChanged));
        assertThat(deletions).isEqualTo(keys(deleted));
        assertThat(second.created()).isEqualTo(added.size());
        assertThat(second.changed()).isEqualTo(changed.size());
        assertThat(second.deleted()).isEqualTo(deleted.size());
    }

    private static Set<String> keys(Set<String> feedIds) {
        return feedIds.stream().map(id -> "col-feed:" + id).collect(Collectors.toSet());
    }
}
