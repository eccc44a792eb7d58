package org.mcfed.harvester.it;

import org.junit.jupiter.api.Test;
import org.mcfed.col.pipeline.RunReport;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.harvester.run.HarvestEngine;
import org.mcfed.sandbox.fault.FaultSpec;
import org.mcfed.sandbox.truth.SourceTruth;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A harvester killed in the middle of a run (nothing more committed, its transaction left open, its
 * group membership left behind) and started again under the same instance name resumes the run
 * from its checkpoint: every record ends on the raw topic exactly once and the one run report
 * counts the whole run.
 */
class HarvestResumesAfterKillIT {

    @Test
    void restartedHarvesterResumesWithoutLossOrDuplicates() {
        try (HarvestBench bench = new HarvestBench(1.0)) {
            bench.sandbox.faults("nzqa", FaultSpec.latency(8));
            SourceTruth truth = bench.sandbox.truth("nzqa").source("nzqa");

            HarvestEngine first = bench.engine("harvester-0", List.of("nzqa"));
            HarvestBench.start(first, "nzqa");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> TopicContents.read(bench.bootstrap(), Topics.RAW).size() >= 100);
            first.halt();
            int beforeRestart = TopicContents.read(bench.bootstrap(), Topics.RAW).size();
            assertThat(beforeRestart).isLessThan(truth.liveIds().size());

            try (HarvestEngine second = bench.engine("harvester-0", List.of("nzqa"))) {
                RunReport report = HarvestBench.awaitReport(second, "nzqa", null, Duration.ofMinutes(3));

                RawReconciliation.assertEachLiveRecordOnce(bench.bootstrap(), "nzqa", truth.liveIds());
                assertThat(report.status()).isEqualTo("completed");
                assertThat(report.created()).isEqualTo(truth.liveIds().size());
                assertThat(report.fetched()).isEqualTo(report.created());
                assertThat(report.failed()).isZero();
                assertThat(bench.reports()).extracting(RunReport::runId).containsExactly(report.runId());
            }
        }
    }
}
