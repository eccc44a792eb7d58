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
 * The Kafka broker stops and comes back in the middle of a run: the harvester waits or resumes
 * from its last committed checkpoint, and nothing is lost or published twice.
 */
class HarvestResumesAfterBrokerRestartIT {

    @Test
    void brokerRestartMidRunLosesNothing() {
        try (HarvestBench bench = new HarvestBench(1.0)) {
            bench.sandbox.faults("nzqa", FaultSpec.latency(8));
            SourceTruth truth = bench.sandbox.truth("nzqa").source("nzqa");

            try (HarvestEngine engine = bench.engine("harvester-0", List.of("nzqa"))) {
                HarvestBench.start(engine, "nzqa");
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                        .until(() -> TopicContents.read(bench.bootstrap(), Topics.RAW).size() >= 100);
                bench.broker.stop();
                bench.broker.start();

                RunReport report = HarvestBench.awaitReport(engine, "nzqa", null, Duration.ofMinutes(4));
                RawReconciliation.assertEachLiveRecordOnce(bench.bootstrap(), "nzqa", truth.liveIds());
                assertThat(report.status()).isEqualTo("completed");
                assertThat(report.created()).isEqualTo(truth.liveIds().size());
                assertThat(report.fetched()).isEqualTo(report.created());
                assertThat(bench.reports()).extracting(RunReport::runId).containsExactly(report.runId());
            }
        }
    }
}
