package org.mcfed.harvester.it;

import org.junit.jupiter.api.Test;
import org.mcfed.col.pipeline.RunReport;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.harvester.run.HarvestEngine;
import org.mcfed.sandbox.fault.FaultSpec;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registry that redesigns its detail pages: the run fails with "page shape changed" on the run
 * report (runs topic), publishes nothing and deletes nothing, so the index keeps the good records.
 * The run is incremental (by sitemap), so the redesign shows on the pages changed since the good run.
 */
class RegistryRedesignFailsTheRunIT {

    @Test
    void theRunReportSaysThePageShapeChangedAndNothingIsPublished() {
        try (HarvestBench bench = new HarvestBench(0.2);
             HarvestEngine engine = bench.engine("redesign", List.of("nzqa"))) {
            RunReport good = HarvestBench.harvest(engine, "nzqa", Duration.ofMinutes(2));
            assertThat(good.status()).isEqualTo("completed");
            int published = TopicContents.read(bench.bootstrap(), Topics.RAW).size();

            bench.sandbox.faults("nzqa", FaultSpec.redesigned());
            // the next run reads the sitemap and fetches the changed pages only: the redesign shows on those
            bench.sandbox.tick(0.3, 0, 0);
            RunReport redesigned = HarvestBench.harvest(engine, "nzqa", Duration.ofMinutes(2));

            assertThat(redesigned.status()).isEqualTo("failed");
            assertThat(redesigned.deleted()).isZero();
            assertThat(redesigned.errors()).anySatisfy(e -> assertThat(e)
                    .contains("page shape changed: ").contains(" detail pages lack the expected labels (e.g. http"));
            assertThat(TopicContents.read(bench.bootstrap(), Topics.RAW)).hasSize(published);
            assertThat(bench.reports()).last().satisfies(r -> assertThat(r.errors()).isEqualTo(redesigned.errors()));
        }
    }
}
