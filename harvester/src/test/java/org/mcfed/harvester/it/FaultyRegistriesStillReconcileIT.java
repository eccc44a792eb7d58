package org.mcfed.harvester.it;

import org.junit.jupiter.api.Test;
import org.mcfed.col.pipeline.RunReport;
import org.mcfed.harvester.run.HarvestEngine;
import org.mcfed.normalizer.NormalizerSettings;
import org.mcfed.normalizer.RawTopicNormalizer;
import org.mcfed.sandbox.fault.FaultSpec;
import org.mcfed.sandbox.truth.GroundTruth;
import org.mcfed.sandbox.truth.SourceTruth;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every registry misbehaves (10% of requests answered 503, 3% of connections reset, 3% of detail
 * pages malformed): retries absorb the transient faults, the reconciliation with the ground truth
 * still holds, and the malformed pages the sandbox says must be rejected are on the rejects topic
 * with their reasons.
 */
class FaultyRegistriesStillReconcileIT {

    @Test
    void faultsAreRetriedAndMalformedPagesBecomeRejectsWithReasons() {
        try (HarvestBench bench = new HarvestBench(0.5)) {
            List<String> sources = bench.sandbox.sources();
            FaultSpec faults = FaultSpec.builder().errorRate(0.10).errorStatus(503).retryAfterSeconds(0)
                    .resetRate(0.03).malformedRate(0.03).build();
            sources.forEach(s -> bench.sandbox.faults(s, faults));
            GroundTruth truth = bench.sandbox.truth();
            assertThat(sources.stream().mapToInt(s -> truth.source(s).expectedRejects().size()).sum()).isPositive();

            try (HarvestEngine engine = bench.engine("faults", sources);
                 RawTopicNormalizer normalizer = new RawTopicNormalizer(NormalizerSettings.defaults(bench.bootstrap())).start()) {
                sources.forEach(s -> HarvestBench.start(engine, s));
                Map<String, RunReport> reports = new HashMap<>();
                for (String s : sources) {
                    reports.put(s, HarvestBench.awaitReport(engine, s, null, Duration.ofMinutes(6)));
                }
                for (String s : sources) {
                    SourceTruth t = truth.source(s);
                    RunReport r = reports.get(s);
                    assertThat(r.status()).as("%s: %s", s, r.errors()).isEqualTo("completed");
                    assertThat(r.failed()).as("%s pages lost after retries: %s", s, r.errors()).isZero();
                    assertThat(r.created()).as("%s new", s).isEqualTo(t.liveIds().size());
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
                    SourceTruth t = truth.source(s);
                    assertThat(o.rejected().keySet()).as("%s expected rejects", s).containsAll(t.expectedRejects());
                    assertThat(o.published().stream().filter(o.rejected()::containsKey)).as(s).isEmpty();
                    assertThat(o.rejectKeys()).as(s).doesNotHaveDuplicates();
                    assertThat(o.rejected().values()).as("%s reasons", s).allSatisfy(reasons -> assertThat(reasons).isNotEmpty());
                    System.out.printf("%s with faults: live %d, published %d, rejected %d (expected rejects %d), run %d ms%n",
                            s, t.liveIds().size(), o.published().size(), o.rejected().size(), t.expectedRejects().size(),
                            reports.get(s).durationMs());
                }
            }
        }
    }
}
