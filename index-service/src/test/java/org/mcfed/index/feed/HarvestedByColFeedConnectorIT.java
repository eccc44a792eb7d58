package org.mcfed.index.feed;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.BeforeEach;
import org.mcfed.col.record.ColRecord;
import org.mcfed.connector.Connector;
import org.mcfed.connector.Connectors;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.SourcePosition;
import org.mcfed.connector.run.SourceRun;
import org.mcfed.index.store.RecordIndex;
import org.mcfed.index.testkit.Catalog;
import org.mcfed.index.testkit.FeedsProfile;
import org.mcfed.index.testkit.Pipeline;
import org.mcfed.kafka.KafkaBrokerResource;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another aggregator harvesting this one: the project's own col-feed connector walks this
 * service's COL JSON feed and its OAI-PMH provider over HTTP, and gets every live record, mapped
 * back to the very COL record the topic holds, and every deletion; an incremental run from the
 * watermark of the first sees nothing new.
 */
@QuarkusTest
@TestProfile(FeedsProfile.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class HarvestedByColFeedConnectorIT {

    @Inject
    RecordIndex index;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void published() {
        Pipeline.publishOnce(index);
    }

    private SourceRun harvest(String protocol, SourcePosition from) throws Exception {
        SourceConfig config = SourceConfig.of("peer-mcfed", "col-feed", new URI(base.toString())).withRate(0)
                .withRetry(1, Duration.ofMillis(10), Duration.ofMillis(10))
                .withOptions(Map.of("protocol", protocol, "limit", "4"));
        return SourceRun.harvest(Connectors.byName("col-feed").newTask(), config, from, Map.of(), 100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "oai"})
    void theColFeedConnectorHarvestsEverythingAndThenNothingNew(String protocol) throws Exception {
        SourceRun run = harvest(protocol, SourcePosition.start("full", null));
        assertThat(run.failures()).isEmpty();
        assertThat(run.complete()).isTrue();
        assertThat(run.records().stream().filter(r -> !r.deleted()).map(RawRecord::localId))
                .containsExactlyInAnyOrderElementsOf(Catalog.live().stream().map(ColRecord::id).toList());
        assertThat(run.records().stream().filter(RawRecord::deleted).map(RawRecord::localId))
                .containsExactlyInAnyOrderElementsOf(Catalog.DELETED);

        Connector connector = Connectors.byName("col-feed");
        for (RawRecord raw : run.records().stream().filter(r -> !r.deleted()).toList()) {
            ColRecord mapped = connector.mapper().map(raw);
            // provenance says where the peer got it, quality is the peer's own score: the rest is the record as published here
            assertThat(mapped.toBuilder().provenance(null).quality(null).build())
                    .isEqualTo(Catalog.byId(raw.localId()).toBuilder().provenance(null).quality(null).build());
        }

        Instant watermark = run.position().since();
        assertThat(watermark).isNotNull();
        SourceRun again = harvest(protocol, SourcePosition.start("incremental", watermark));
        assertThat(again.failures()).isEmpty();
        assertThat(again.complete()).isTrue();
        Instant from = watermark.truncatedTo(ChronoUnit.SECONDS);
        List<String> atOrAfterWatermark = new ArrayList<>(Catalog.DELETED);
        Catalog.live().stream().filter(r -> !r.updatedAt().isBefore(from)).forEach(r -> atOrAfterWatermark.add(r.id()));
        assertThat(again.records()).extracting(RawRecord::localId)
                .as("an incremental run lists only what changed at or after the watermark")
                .isSubsetOf(atOrAfterWatermark)
                .hasSizeLessThan(run.records().size());
    }
}
