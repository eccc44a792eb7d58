package org.mcfed.harvester.it;

import org.junit.jupiter.api.Test;
import org.mcfed.col.pipeline.ItemProblem;
import org.mcfed.col.pipeline.RunReport;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.harvester.run.HarvestEngine;
import org.mcfed.normalizer.NormalizerSettings;
import org.mcfed.normalizer.RawTopicNormalizer;
import org.mcfed.sandbox.fault.FaultSpec;
import org.mcfed.sandbox.truth.SourceTruth;
import org.mcfed.sandbox.truth.TruthRecord;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A COL feed in which one record in ten is a broken item, harvested by the engine through Kafka
 * with the normalizer running: each identifiable bad item is rejected alone with its reason, every
 * other record is published, harvested = published + rejected, and the run report on the runs topic
 * names the items that could not be identified by page and position.
 */
class BadFeedItemsAreRejectedAloneIT {

    private static final Set<String> UNIDENTIFIABLE = Set.of("item-not-an-object", "item-without-id");

    @Test
    void eachBadItemCostsThatItemOnly() {
        try (HarvestBench bench = new HarvestBench(1.0)) {
            bench.sandbox.faults("col-feed", FaultSpec.badItems(0.1));
            SourceTruth truth = bench.sandbox.truth("col-feed").source("col-feed");
            Set<String> unidentifiable = truth.live().stream()
                    .filter(t -> t.malformed() != null && UNIDENTIFIABLE.contains(t.malformed()))
                    .map(TruthRecord::id).collect(Collectors.toSet());
            Set<String> harvestable = new HashSet<>(truth.liveIds());
            harvestable.removeAll(unidentifiable);
            assertThat(unidentifiable).isNotEmpty();
            assertThat(truth.expectedRejects()).isNotEmpty();

            try (HarvestEngine engine = bench.engine("bad-items", List.of("col-feed"));
                 RawTopicNormalizer normalizer = new RawTopicNormalizer(NormalizerSettings.defaults(bench.bootstrap())).start()) {
                RunReport report = HarvestBench.harvest(engine, "col-feed", Duration.ofMinutes(3));

                assertThat(report.status()).as("%s", report.errors()).isEqualTo("completed");
                assertThat(report.failed()).isZero();
                assertThat(report.created()).as("harvested = live - unidentifiable").isEqualTo(harvestable.size());
                RawReconciliation.assertEachLiveRecordOnce(bench.bootstrap(), "col-feed", harvestable);

                RunReport onTopic = TopicContents.reports(bench.bootstrap(), Topics.HARVEST_RUNS).stream()
                        .filter(r -> r.runId().equals(report.runId())).findFirst().orElseThrow();
                assertThat(onTopic.itemProblemCount()).isEqualTo(unidentifiable.size() + truth.expectedRejects().size());
                assertThat(onTopic.itemProblems()).hasSize((int) Math.min(onTopic.itemProblemCount(), RunReport.MAX_ITEM_PROBLEMS));
                assertThat(onTopic.itemProblems().stream().filter(p -> p.id() == null))
                        .as("unidentifiable items named by page and position").hasSize(unidentifiable.size())
                        .allSatisfy(p -> {
                            assertThat(p.page()).startsWith(bench.sandbox.baseUrl("col-feed") + "/col/v1/records?");
                            assertThat(p.item()).matches("records\\[\\d+]");
                            assertThat(p.problem()).isIn("no id", "a JSON string, not a record object");
                        });
                assertThat(onTopic.itemProblems().stream().map(ItemProblem::id).filter(id -> id != null).collect(Collectors.toSet()))
                        .isEqualTo(truth.expectedRejects());

                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                        assertThat(PipelineOutcome.of(bench.bootstrap(), "col-feed").accountedFor())
                                .containsExactlyInAnyOrderElementsOf(harvestable));
                PipelineOutcome outcome = PipelineOutcome.of(bench.bootstrap(), "col-feed");
                assertThat(outcome.rejected().keySet()).as("exactly the identifiable bad items").isEqualTo(truth.expectedRejects());
                assertThat(outcome.rejected()).allSatisfy((id, reasons) -> assertThat(reasons).singleElement().asString()
                        .startsWith("page: feed item " + id + ": updatedAt "));
                assertThat(outcome.published()).hasSize(harvestable.size() - truth.expectedRejects().size());
            }
        }
    }
}
