package org.mcfed.harvester.throwaway;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run joins its connector's polls into one Kafka transaction up to a number of records or a time window
 * ({@link EngineOptions#transactionRecords()}, {@link EngineOptions#transactionWindow()}): fewer commit markers
 * and coordinator writes for the broker, and still nothing lost when the connector fails after some of them.
 * A real broker and a registry over HTTP; the transactions are counted by their commit markers, the offsets of
 * the raw topic that a read-committed consumer does not see.
 */
class PollsShareATransactionIT {

    private static final int PAGES = 30;
    private static final int PER_PAGE = 4;

    private ThrowawayRegistry registry;
    /** A page whose lines have no title: the throwaway task fails on it (a connector breaking its contract). */
    private volatile int brokenPage = -1;

    @BeforeEach
    void registry() throws Exception {
        registry = ThrowawayRegistry.serving(page -> ThrowawayRegistry.listingPage(page, PAGES, PER_PAGE, page != brokenPage));
    }

    @AfterEach
    void stopRegistry() {
        registry.close();
    }

    @Test
    void pollsWithinTheLimitsShareOneTransactionAndAZeroWindowCommitsEachPollAlone() throws Exception {
        Harvested joined = harvest(options -> options.withTransactions(10_000, Duration.ofMinutes(1)));
        Harvested alone = harvest(options -> options.withTransactions(10_000, Duration.ZERO));

        for (Harvested h : List.of(joined, alone)) {
            assertThat(h.report.status()).isEqualTo("completed");
            assertThat(h.report.created()).isEqualTo(PAGES * PER_PAGE);
            assertThat(h.report.pages()).as("every poll is still counted as a page").isEqualTo(PAGES + 1);
            assertThat(h.keys).hasSize(PAGES * PER_PAGE).doesNotHaveDuplicates();
        }
        // the whole listing in one transaction: one commit marker in each partition it wrote to
        assertThat(joined.markers).isEqualTo(joined.partitionsWritten);
        // a transaction per page: each of the 30 pages left at least one marker
        assertThat(alone.markers).isGreaterThanOrEqualTo(PAGES);
    }

    @Test
    void aRecordLimitEndsTheTransaction() throws Exception {
        Harvested h = harvest(options -> options.withTransactions(3 * PER_PAGE, Duration.ofMinutes(1)));

        assertThat(h.report.status()).isEqualTo("completed");
        assertThat(h.keys).hasSize(PAGES * PER_PAGE).doesNotHaveDuplicates();
        // 10 transactions of 3 pages (and the closing one, which writes no raw record): more markers than one
        // transaction leaves, at most one per partition per transaction
        assertThat(h.markers).isGreaterThan(h.partitionsWritten).isLessThanOrEqualTo(10 * h.partitionsWritten);
    }

    @Test
    void aConnectorFailingAfterJoinedPollsLosesNoneOfTheirRecords() throws Exception {
        brokenPage = 13;

        Harvested h = harvest(options -> options.withTransactions(10_000, Duration.ofMinutes(1)));

        assertThat(h.report.status()).isEqualTo("failed");
        assertThat(h.report.errors()).anyMatch(e -> e.contains("connector " + ThrowawayConnector.NAME + " failed"));
        assertThat(h.keys).as("the 12 pages polled before the failing one are committed")
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 12).boxed()
                        .flatMap(p -> IntStream.range(0, PER_PAGE).mapToObj(i -> "tw:t-" + p + "-" + i)).toList());
        assertThat(h.report.created()).isEqualTo(12 * PER_PAGE);
    }

    private record Harvested(RunReport report, List<String> keys, long markers, long partitionsWritten) {
    }

    private Harvested harvest(UnaryOperator<EngineOptions> options) throws Exception {
        try (KraftBroker broker = KraftBroker.onFreePorts().start();
             HarvestEngine engine = new HarvestEngine(
                     List.of(new HarvestSource("tw", SourceConfig.of("tw", ThrowawayConnector.NAME, registry.base()), "manual", true)),
                     options.apply(EngineOptions.defaults(broker.bootstrapServers(), "transactions-it")), Clock.systemUTC(),
                     new HarvestMetrics(new SimpleMeterRegistry())).start()) {
            // returns once the run's commit markers are written (TopicContents.awaitCommitted), which the count below needs
            RunReport report = HarvestBench.harvest(engine, "tw", Duration.ofMinutes(1));
            List<ConsumerRecord<String, byte[]>> raw = TopicContents.read(broker.bootstrapServers(), Topics.RAW);
            Map<Integer, Long> recordsPerPartition = raw.stream()
                    .collect(Collectors.groupingBy(ConsumerRecord::partition, Collectors.counting()));
            long offsets = TopicContents.endOffsets(broker.bootstrapServers(), Topics.RAW, "read_uncommitted").values().stream()
                    .mapToLong(Long::longValue).sum();
            long records = raw.size();
            return new Harvested(report, raw.stream().map(ConsumerRecord::key).toList(), offsets - records,
                    recordsPerPartition.size());
        }
    }
}
