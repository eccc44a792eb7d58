package org.mcfed.harvester.it;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mcfed.col.pipeline.RunReport;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.harvester.run.HarvestEngine;
import org.mcfed.harvester.run.RunRequest;
import org.mcfed.harvester.run.SourceBreaker;
import org.mcfed.harvester.run.Trigger;
import org.mcfed.sandbox.fault.FaultSpec;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registry that goes down (every request 503) fails its runs: they delete nothing, say why in
 * their reports, and after two failures the source's breaker opens so scheduled runs leave the
 * registry alone; an operator's run once it is back closes the breaker, still deleting nothing.
 */
class FailedRunDeletesNothingIT {

    @Test
    void aRegistryThatIsDownLosesNoRecordsAndOpensItsBreaker() {
        try (HarvestBench bench = new HarvestBench(0.2);
             HarvestEngine engine = bench.engine("breaker", List.of("nzqa"))) {
            RunReport full = HarvestBench.harvest(engine, "nzqa", Duration.ofMinutes(2));
            assertThat(full.status()).isEqualTo("completed");
            int published = TopicContents.read(bench.bootstrap(), Topics.RAW).size();

            bench.sandbox.faults("nzqa", FaultSpec.builder().errorRate(1.0).errorStatus(503).retryAfterSeconds(0).build());
            RunReport down = HarvestBench.harvest(engine, "nzqa", Duration.ofMinutes(2));
            assertThat(down.status()).isEqualTo("failed");
            assertThat(down.deleted()).isZero();
            assertThat(down.failed()).isPositive();
            assertThat(down.errors()).anySatisfy(e -> assertThat(e).contains("503"));
            assertThat(engine.control("nzqa").breaker().state()).isEqualTo(SourceBreaker.State.CLOSED);

            RunReport downAgain = HarvestBench.harvest(engine, "nzqa", Duration.ofMinutes(2));
            assertThat(downAgain.status()).isEqualTo("failed");
            assertThat(engine.control("nzqa").breaker().state()).isEqualTo(SourceBreaker.State.OPEN);
            assertThat(engine.request("nzqa", Trigger.SCHEDULE)).isEqualTo(RunRequest.BREAKER_OPEN);

            bench.sandbox.clearFaults();
            RunReport back = HarvestBench.harvest(engine, "nzqa", Duration.ofMinutes(2));
            assertThat(back.status()).isEqualTo("completed");
            assertThat(back.deleted()).isZero();
            assertThat(back.created() + back.changed()).isZero();
            assertThat(back.unchanged()).isEqualTo(full.created());
            assertThat(engine.control("nzqa").breaker().state()).isEqualTo(SourceBreaker.State.CLOSED);

            List<ConsumerRecord<String, byte[]>> raw = TopicContents.read(bench.bootstrap(), Topics.RAW);
            assertThat(raw).hasSize(published);
            assertThat(raw).noneMatch(r -> TopicContents.json(r).path("deleted").asBoolean());
            assertThat(bench.reports()).extracting(RunReport::status)
                    .containsExactly("completed", "failed", "failed", "completed");
        }
    }
}
