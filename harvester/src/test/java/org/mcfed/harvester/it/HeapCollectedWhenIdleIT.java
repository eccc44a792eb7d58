package org.mcfed.harvester.it;

import org.junit.jupiter.api.Test;
import org.mcfed.col.pipeline.RunReport;
import org.mcfed.harvester.run.HarvestEngine;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The engine collects the heap once when its last run has ended (the app's default), and not while
 * another run is still on; an engine with the option off (the engine's default) never does.
 */
class HeapCollectedWhenIdleIT {

    private static final Duration WITHIN = Duration.ofMinutes(3);

    @Test
    void theHeapIsCollectedOnceTheLastRunHasEnded() throws InterruptedException {
        try (HarvestBench bench = new HarvestBench(0.1);
             HarvestEngine engine = bench.unstartedEngine(List.of("nzqa", "mqa"), bench.options("idle-gc").withIdleCollection(true)).start()) {
            RunReport first = HarvestBench.harvest(engine, "nzqa", WITHIN);
            assertThat(first.status()).isEqualTo("completed");
            await().atMost(Duration.ofSeconds(30)).until(() -> engine.idleCollections() == 1);

            // two runs at once: the one that ends first finds the other on, so only the last ending asks
            HarvestBench.start(engine, "mqa");
            HarvestBench.start(engine, "nzqa");
            RunReport mqa = HarvestBench.awaitReport(engine, "mqa", null, WITHIN);
            RunReport second = HarvestBench.awaitReport(engine, "nzqa", first.runId(), WITHIN);
            assertThat(List.of(mqa.status(), second.status())).containsOnly("completed");
            await().atMost(Duration.ofSeconds(30)).until(() -> engine.idleCollections() >= 2);
            Thread.sleep(500);
            // both may have ended within the same moment, each finding the other done: at most one more then
            assertThat(engine.idleCollections()).isBetween(2L, 3L);
        }
    }

    @Test
    void anEngineWithTheOptionOffNeverCollects() throws InterruptedException {
        try (HarvestBench bench = new HarvestBench(0.1);
             HarvestEngine engine = bench.engine("no-idle-gc", List.of("nzqa"))) {
            assertThat(HarvestBench.harvest(engine, "nzqa", WITHIN).status()).isEqualTo("completed");
            Thread.sleep(1000); // the collection would run on a thread of its own, soon after the run's end
            assertThat(engine.idleCollections()).isZero();
        }
    }
}
