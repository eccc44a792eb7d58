package org.mcfed.harvester.it;

import org.junit.jupiter.api.Test;
import org.mcfed.col.pipeline.RunReport;
import org.mcfed.harvester.run.HarvestEngine;
import org.mcfed.harvester.run.RunRequest;
import org.mcfed.harvester.run.Trigger;
import org.mcfed.sandbox.truth.SourceTruth;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A harvester's first scheduled run can fire (5 s after start) before the lease group has given this
 * instance its slots, as on a loaded machine. It is refused then, but not lost: the run starts as soon
 * as the lease comes, instead of at the next schedule an hour or a day later.
 */
class ScheduledRunBeforeTheLeaseRunsOnceItComesIT {

    @Test
    void theScheduledRunStartsWhenTheLeaseArrives() {
        try (HarvestBench bench = new HarvestBench(0.2)) {
            SourceTruth truth = bench.sandbox.truth("nzqa").source("nzqa");
            HarvestEngine engine = bench.unstartedEngine("harvester-0", List.of("nzqa"));
            try (engine) {
                assertThat(engine.request("nzqa", Trigger.SCHEDULE)).isEqualTo(RunRequest.NOT_OWNER);

                engine.start();
                RunReport report = HarvestBench.awaitReport(engine, "nzqa", null, Duration.ofMinutes(2));

                assertThat(report.status()).isEqualTo("completed");
                assertThat(report.created()).isEqualTo(truth.liveIds().size());
                RawReconciliation.assertEachLiveRecordOnce(bench.bootstrap(), "nzqa", truth.liveIds());
            }
        }
    }
}
