package org.mcfed.harvester.it;

import org.junit.jupiter.api.Test;
import org.mcfed.col.pipeline.RunReport;
import org.mcfed.harvester.run.HarvestEngine;
import org.mcfed.normalizer.NormalizerSettings;
import org.mcfed.normalizer.RawTopicNormalizer;
import org.mcfed.sandbox.truth.GroundTruth;
import org.mcfed.sandbox.truth.SourceTruth;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole pipeline over every registry of the sandbox at default scale: the harvester with the
 * real connectors over HTTP, the normalizer in-process, the real broker. Every ground-truth record
 * ends on the records topic or on the rejects topic with reasons, never both, each raw record was
 * published once, and the run reports alone reconcile with the ground truth.
 */
class FullHarvestReconcilesWithGroundTruthIT {

    @Test
    void everyRecordEndsPublishedOrRejectedAndTheReportsReconcile() {
        try (HarvestBench bench = new HarvestBench(1.0)) {
            List<String> sources = bench.sandbox.sources();
            GroundTruth truth = bench.sandbox.truth();
            try (HarvestEngine engine = bench.engine("e2e", sources);
                 RawTopicNormalizer normalizer = new RawTopicNormalizer(NormalizerSettings.defaults(bench.bootstrap())).start()) {
                sources.forEach(s -> HarvestBench.start(engine, s));
                Map<String, RunReport> reports = new HashMap<>();
                for (String s : sources) {
                    reports.put(s, HarvestBench.awaitReport(engine, s, null, Duration.ofMinutes(6)));
                }
                for (String s : sources) {
                    SourceTruth t = truth.source(s);
                    RunReport r = reports.get(s);
                    assertThat(r.status()).as(s).isEqualTo("completed");
                    assertThat(r.created()).as("%s new", s).isEqualTo(t.liveIds().size());
                    assertThat(r.fetched()).as("%s fetched", s).isEqualTo(r.created() + r.changed() + (r.unchanged()));
                    assertThat(r.failed() + r.deleted() + r.changed()).as("%s failed/deleted/changed", s).isZero();
                    RawReconciliation.assertEachLiveRecordOnce(bench.bootstrap(), s, t.liveIds());
                }
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                    for (String s : sources) {
                        assertThat(PipelineOutcome.of(bench.bootstrap(), s).accountedFor()).as(s)
                                .containsExactlyInAnyOrderElementsOf(truth.source(s).liveIds());
                    }
                });
                for (String s : sources) {
                    PipelineOutcome o = PipelineOutcome.of(bench.bootstrap(), s);
                    assertThat(o.published().stream().filter(o.rejected()::containsKey)).as("%s both published and rejected", s).isEmpty();
                    assertThat(o.rejectKeys()).as("%s rejected twice", s).doesNotHaveDuplicates();
                    assertThat(o.rejected().values()).as("%s rejects carry reasons", s).allSatisfy(reasons -> assertThat(reasons).isNotEmpty());
                    System.out.printf("%s: live %d, published %d, rejected %d, run %d ms%n", s, truth.source(s).liveIds().size(),
                            o.published().size(), o.rejected().size(), reports.get(s).durationMs());
                }
            }
        }
    }
}
