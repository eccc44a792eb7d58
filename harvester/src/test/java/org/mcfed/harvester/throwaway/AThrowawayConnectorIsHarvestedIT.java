package org.mcfed.harvester.throwaway;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mcfed.col.pipeline.RunReport;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.connector.SourceConfig;
import org.mcfed.harvester.config.EngineOptions;
import org.mcfed.harvester.config.HarvestSource;
import org.mcfed.harvester.it.HarvestBench;
import org.mcfed.harvester.it.TopicContents;
import org.mcfed.harvester.run.HarvestEngine;
import org.mcfed.harvester.run.HarvestMetrics;
import org.mcfed.kafka.KraftBroker;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding a registry is one folder: a connector that lives only in this test folder (its class and its
 * {@code META-INF/services} line) serves 3 pages of 4 records from an in-test HTTP server, and the
 * harvester, configured with {@code connector=throwaway}, harvests every record onto the raw topic.
 */
class AThrowawayConnectorIsHarvestedIT {

    private static final int PAGES = 3;
    private static final int PER_PAGE = 4;

    @Test
    void theThrowawayRegistryIsHarvestedOntoTheRawTopic() throws Exception {
        try (ThrowawayRegistry registry = ThrowawayRegistry.serving(page -> ThrowawayRegistry.listingPage(page, PAGES, PER_PAGE, true));
             KraftBroker broker = KraftBroker.onFreePorts().start();
             HarvestEngine engine = new HarvestEngine(
                     List.of(new HarvestSource("tw", SourceConfig.of("tw", ThrowawayConnector.NAME, registry.base()), "manual", true)),
                     EngineOptions.defaults(broker.bootstrapServers(), "throwaway-it"), Clock.systemUTC(),
                     new HarvestMetrics(new SimpleMeterRegistry())).start()) {

            RunReport report = HarvestBench.harvest(engine, "tw", Duration.ofMinutes(1));

            assertThat(report.status()).isEqualTo("completed");
            assertThat(report.created()).isEqualTo(PAGES * PER_PAGE);
            assertThat(TopicContents.read(broker.bootstrapServers(), Topics.RAW).stream().map(ConsumerRecord::key).toList())
                    .hasSize(PAGES * PER_PAGE).doesNotHaveDuplicates().contains("tw:t-1-0", "tw:t-3-3");
        }
    }
}
