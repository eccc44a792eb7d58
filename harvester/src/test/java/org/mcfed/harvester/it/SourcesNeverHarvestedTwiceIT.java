package org.mcfed.harvester.it;

import org.junit.jupiter.api.Test;
import org.mcfed.col.pipeline.RunReport;
import org.apache.kafka.clients.producer.Producer;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.harvester.kafka.HarvesterClients;
import org.mcfed.harvester.run.HarvestEngine;
import org.mcfed.sandbox.fault.FaultSpec;
import org.mcfed.harvester.run.RunRequest;
import org.mcfed.harvester.run.Trigger;
import org.mcfed.sandbox.truth.SourceTruth;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two harvester instances share the sources through the lease group: each source is owned by
 * exactly one of them, the other refuses to harvest it, and when one instance stops the other
 * takes its sources over and harvests them.
 */
class SourcesNeverHarvestedTwiceIT {

    private static final List<String> SOURCES = List.of("nzqa", "mqa", "microcred-seeker", "hkqr", "col-feed");

    @Test
    void eachSourceHasOneOwnerAndMovesWhenItsOwnerStops() {
        try (HarvestBench bench = new HarvestBench(0.1)) {
            HarvestEngine a = bench.engine("harvester-a", SOURCES);
            try (HarvestEngine b = bench.engine("harvester-b", SOURCES)) {
                // With the 32 slots of the lease topic the group splits these sources between the two.
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                        SOURCES.stream().allMatch(s -> a.owns(s) ^ b.owns(s))
                                && SOURCES.stream().anyMatch(a::owns) && SOURCES.stream().anyMatch(b::owns));
                String ofA = SOURCES.stream().filter(a::owns).findFirst().orElse(null);
                String ofB = SOURCES.stream().filter(b::owns).findFirst().orElse(null);
                assertThat(ofA).as("instance a owns some source").isNotNull();
                assertThat(ofB).as("instance b owns some source").isNotNull();
                assertThat(b.request(ofA, Trigger.MANUAL)).isEqualTo(RunRequest.NOT_OWNER);
                assertThat(a.request(ofB, Trigger.MANUAL)).isEqualTo(RunRequest.NOT_OWNER);

                long t0 = System.nanoTime();
                a.close();
                System.out.printf("instance a closed in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                        .until(() -> SOURCES.stream().allMatch(b::owns));
                System.out.printf("instance b owns every source %d ms after a began to close%n", (System.nanoTime() - t0) / 1_000_000);
                RunReport report = HarvestBench.harvest(b, ofA, Duration.ofMinutes(2));
                SourceTruth truth = bench.sandbox.truth(ofA).source(ofA);
                assertThat(report.status()).isEqualTo("completed");
                assertThat(report.created()).isEqualTo(truth.liveIds().size());
                RawReconciliation.assertEachLiveRecordOnce(bench.bootstrap(), ofA, truth.liveIds());
            } finally {
                a.close();
            }
        }
    }

    /**
     * The safety net under the leases: whoever starts harvesting a source initialises the source's
     * transactional producer, which fences the previous owner. An instance still running a run it
     * no longer owns cannot commit another record, and the open transaction is aborted.
     */
    @Test
    void aNewOwnerFencesTheOldOneWhichCommitsNothingMore() {
        try (HarvestBench bench = new HarvestBench(1.0);
             HarvestEngine old = bench.engine("harvester-old", List.of("nzqa"))) {
            bench.sandbox.faults("nzqa", FaultSpec.latency(8));
            HarvestBench.start(old, "nzqa");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> TopicContents.read(bench.bootstrap(), Topics.RAW).size() >= 50);

            try (Producer<String, byte[]> newOwner = new HarvesterClients(bench.bootstrap()).transactionalProducer("nzqa")) {
                await().atMost(Duration.ofSeconds(60)).until(() -> !old.control("nzqa").running());
                int committed = TopicContents.read(bench.bootstrap(), Topics.RAW).size();
                assertThat(committed).isLessThan(bench.sandbox.truth("nzqa").source("nzqa").liveIds().size());
                assertThat(old.control("nzqa").lastRuns()).as("the fenced run reports nothing").isEmpty();
                assertThat(bench.reports()).isEmpty();
                assertThat(TopicContents.read(bench.bootstrap(), Topics.RAW)).hasSize(committed);
            }
        }
    }
}
