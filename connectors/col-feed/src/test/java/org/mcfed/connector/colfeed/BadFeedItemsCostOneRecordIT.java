package org.mcfed.connector.colfeed;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mcfed.col.pipeline.ItemProblem;
import org.mcfed.col.record.ColRecord;
import org.mcfed.connector.Connector;
import org.mcfed.connector.Connectors;
import org.mcfed.connector.MappingException;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.SourcePosition;
import org.mcfed.connector.run.SourceRun;
import org.mcfed.sandbox.RegistrySandbox;
import org.mcfed.sandbox.fault.FaultSpec;
import org.mcfed.sandbox.truth.SourceTruth;
import org.mcfed.sandbox.truth.TruthRecord;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's COL-feed registry serving one record in ten as a broken item (not an object, no id,
 * a bad date, a value of the wrong type, metadata that does not parse), over real HTTP: each bad item
 * costs that item only. Identified ones arrive with their problems (the normalizer rejects them with
 * those reasons), the rest of every page is read and mapped, the counts reconcile with the truth, and
 * the items that cannot be identified are named by page and position for the run report.
 */
class BadFeedItemsCostOneRecordIT {

    private static final Connector CONNECTOR = Connectors.byName("col-feed");
    private static final Set<String> UNIDENTIFIABLE = Set.of("item-not-an-object", "item-without-id");
    private RegistrySandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = RegistrySandbox.builder().seed(7).scale(1.0).port(0).build().start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private SourceRun harvest(String protocol, String metadataPrefix) {
        SourceConfig config = SourceConfig.of("pqr", "col-feed", sandbox.baseUrl("col-feed")).withRate(0)
                .withRetry(3, Duration.ofMillis(5), Duration.ofMillis(20))
                .withOptions(Map.of("protocol", protocol, "limit", "100", "metadataPrefix", metadataPrefix));
        return SourceRun.harvest(CONNECTOR.newTask(), config, SourcePosition.start("it", null), Map.of(), 1_000);
    }

    private SourceTruth truth() {
        return sandbox.truth("col-feed").source("col-feed");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"json, col", "oai, col", "oai, oai_dc"})
    void eachBadItemIsRejectedAloneAndTheRestIsPublished(String protocol, String metadataPrefix) throws MappingException {
        sandbox.faults("col-feed", FaultSpec.builder().badItemRate(0.1).colXmlRate(0.5).build());
        SourceTruth truth = truth();
        Set<String> unidentifiable = truth.live().stream().filter(t -> t.malformed() != null && UNIDENTIFIABLE.contains(t.malformed()))
                .map(TruthRecord::id).collect(Collectors.toSet());
        Set<String> identifiedBad = truth.expectedRejects();
        assertThat(unidentifiable).as("the fault plan breaks items both ways").isNotEmpty();
        assertThat(identifiedBad).isNotEmpty();

        SourceRun run = harvest(protocol, metadataPrefix);

        assertThat(run.complete()).as("every page read: %s", run.failures()).isTrue();
        assertThat(run.failures()).isEmpty();
        Map<String, RawRecord> live = run.records().stream().filter(r -> !r.deleted())
                .collect(Collectors.toMap(RawRecord::localId, r -> r));
        Set<String> expectedHarvested = new HashSet<>(truth.liveIds());
        expectedHarvested.removeAll(unidentifiable);
        assertThat(live.keySet()).as("harvested = live - unidentifiable").isEqualTo(expectedHarvested);

        Set<String> rejected = new HashSet<>();
        int published = 0;
        for (RawRecord raw : live.values()) {
            if (raw.unreadable()) {
                rejected.add(raw.localId());
                assertThat(raw.problems()).as(raw.localId()).singleElement().asString().contains(raw.localId());
                continue;
            }
            ColRecord record = CONNECTOR.mapper().map(raw);
            assertThat(record.id()).isEqualTo(raw.localId());
            assertThat(record.title()).as(raw.localId()).isNotEmpty();
            published++;
        }
        assertThat(rejected).as("exactly the identified bad items are rejected").isEqualTo(identifiedBad);
        if (metadataPrefix.equals("col") && protocol.equals("oai")) {
            assertThat(live.values()).as("a record that broke its page's XML cost that record only")
                    .anySatisfy(r -> assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("is not well-formed XML")));
        }
        assertThat(published + rejected.size()).as("harvested = published + rejected").isEqualTo(live.size());

        assertThat(run.itemProblems()).allSatisfy(p -> {
            assertThat(p.page()).startsWith(sandbox.baseUrl("col-feed").toString());
            assertThat(p.item()).matches(protocol.equals("json") ? "records\\[\\d+]" : "record\\[\\d+]");
            assertThat(p.problem()).isNotBlank();
        });
        assertThat(run.itemProblems().stream().filter(p -> p.id() == null).count())
                .as("every unidentifiable item named by position").isEqualTo(unidentifiable.size());
        assertThat(run.itemProblems().stream().map(ItemProblem::id).filter(id -> id != null).collect(Collectors.toSet()))
                .isEqualTo(identifiedBad);
    }

    @Test
    void colXmlElementsMapToTheSameRecordsAsColJson() throws MappingException {
        SourceRun json = harvest("json", "col");
        sandbox.faults("col-feed", FaultSpec.builder().colXmlRate(1.0).build());
        SourceRun xml = harvest("oai", "col");

        Map<String, ColRecord> fromJson = new HashMap<>();
        for (RawRecord raw : json.records()) {
            fromJson.put(raw.localId(), withoutProvenance(CONNECTOR.mapper().map(raw)));
        }
        int compared = 0;
        for (RawRecord raw : xml.records()) {
            if (raw.deleted()) {
                continue;
            }
            assertThat(raw.contentType()).isEqualTo("application/xml");
            assertThat(raw.payload()).startsWith("<record xmlns=\"urn:mcfed:col-record:v1\"");
            assertThat(withoutProvenance(CONNECTOR.mapper().map(raw))).as(raw.localId()).isEqualTo(fromJson.get(raw.localId()));
            compared++;
        }
        assertThat(compared).isEqualTo(truth().liveIds().size());
    }

    private static ColRecord withoutProvenance(ColRecord r) {
        return r.toBuilder().provenance(null).build();
    }
}
