package org.mcfed.connector.mqa;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcfed.col.record.ColRecord;
import org.mcfed.connector.Connector;
import org.mcfed.connector.Connectors;
import org.mcfed.connector.FetchFailure;
import org.mcfed.connector.KnownRecord;
import org.mcfed.connector.MappingException;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.SourcePosition;
import org.mcfed.connector.http.RegistryHttpClient;
import org.mcfed.connector.run.SourceRun;
import org.mcfed.sandbox.RegistrySandbox;
import org.mcfed.sandbox.fault.FaultSpec;
import org.mcfed.sandbox.truth.SourceTruth;
import org.mcfed.sandbox.truth.TruthRecord;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MQA connector against the registry sandbox's MQR at default scale (600 micro-credentials among
 * 400 programme rows), over real HTTP: every micro-credential once and no programme, the sandbox's
 * fault modes survived, and incremental runs.
 */
class MqaSandboxHarvestIT {

    private static RegistrySandbox sandbox;
    private final Connector connector = Connectors.byName("mqa");

    @BeforeAll
    static void startSandbox() {
        sandbox = RegistrySandbox.builder().seed(42).scale(1.0).port(0).build().start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void noFaults() {
        sandbox.clearFaults();
    }

    private SourceConfig config() {
        return new SourceConfig("mqa", "mqa", sandbox.baseUrl("mqa"), 2000, 6, Duration.ofMillis(5),
                Duration.ofMillis(100), Duration.ofSeconds(5), SourceConfig.DEFAULT_USER_AGENT, Map.of());
    }

    private SourceRun harvest(SourceConfig config, Map<String, KnownRecord> known) {
        return SourceRun.harvest(connector.newTask(), config, SourcePosition.start("it", null), known, 1000);
    }

    @Test
    void fetchesEveryLiveMicroCredentialExactlyOnceAndMapsItsStatus() {
        SourceTruth truth = sandbox.truth().source("mqa");
        SourceRun run = harvest(config(), Map.of());

        assertThat(run.complete()).isTrue();
        assertThat(run.failures()).isEmpty();
        List<String> ids = run.records().stream().map(RawRecord::localId).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(truth.live().size());
        assertThat(Set.copyOf(ids)).isEqualTo(truth.liveIds());
        assertThat(run.records()).allSatisfy(r -> {
            assertThat(r.problems()).isEmpty();
            assertThat(r.first(RawRecord.ETAG_FIELD)).isNotNull();
        });

        Map<String, TruthRecord> byId = truth.byId();
        for (RawRecord raw : run.records()) {
            ColRecord record = map(raw);
            assertThat(record.id()).isEqualTo("mqa:" + raw.localId());
            assertThat(record.status()).as("%s: expired validity = archived", raw.localId()).isEqualTo(byId.get(raw.localId()).status());
            assertThat(record.title()).as("every record has a Malay page, a full-language version").containsKey("ms");
            assertThat(record.title().keySet()).as("%s: the languages the registry publishes it in (Malay-only ones too)", raw.localId())
                    .isEqualTo(Set.copyOf(byId.get(raw.localId()).languages()));
            assertThat(record.learningOutcomesByLanguage()).as(raw.localId()).containsOnlyKeys(record.title().keySet());
            // every value word the registry uses is in the vocabularies: a stated value never maps to nothing
            if (raw.first("remarks") != null) {
                assertThat(record.stackability()).as(raw.localId() + ": " + raw.first("remarks")).isNotNull();
            }
            if (raw.first("assessment") != null) {
                assertThat(record.assessment().types()).as(raw.localId() + ": " + raw.first("assessment")).isNotEmpty();
            }
            if (raw.first("deliveryMode") != null) {
                assertThat(record.modeOfLearning()).as(raw.localId() + ": " + raw.first("deliveryMode")).isNotEmpty();
            }
            if (raw.first("language") != null) {
                assertThat(record.languages()).as(raw.localId() + ": " + raw.first("language")).isNotEmpty();
            }
        }
    }

    @Test
    void survivesTheSandboxsFaultModesAndReportsWhatItCouldNotFetch() {
        sandbox.faults("mqa", FaultSpec.builder().errorRate(0.08).errorStatus(503).retryAfterSeconds(0)
                .tooManyRequestsRate(0.05).resetRate(0.05).truncateRate(0.05).malformedRate(0.06).duplicateRows(3).build());
        SourceTruth truth = sandbox.truth().source("mqa");
        SourceRun run = harvest(config().withRetry(3, Duration.ofMillis(5), Duration.ofMillis(50)), Map.of());

        assertThat(run.complete()).as("the walk reaches the last listing page").isTrue();
        List<String> fetched = run.records().stream().map(RawRecord::localId).toList();
        assertThat(fetched).as("duplicated listing rows are fetched once").doesNotHaveDuplicates();
        Set<String> failed = run.failures().stream().map(FetchFailure::localId).collect(Collectors.toSet());
        assertThat(run.failures()).allSatisfy(f -> {
            assertThat(f.localId()).isNotNull();
            assertThat(f.reason()).containsAnyOf("HTTP 503", "HTTP 429", "IOException", "EOF", "closed", "reset", "timeout");
        });
        Set<String> accounted = new HashSet<>(fetched);
        accounted.addAll(failed);
        assertThat(accounted).as("every live record is fetched or reported").isEqualTo(truth.liveIds());
        assertThat(run.seenIds()).isEqualTo(truth.liveIds());

        Set<String> rejected = new HashSet<>();
        Map<String, TruthRecord> byId = truth.byId();
        int wrongCharset = 0;
        for (RawRecord raw : run.records()) {
            try {
                ColRecord record = connector.mapper().map(raw);
                if ("wrong-charset".equals(byId.get(raw.localId()).malformed())) {
                    wrongCharset++;
                    String text = record.title() + " " + record.awardingBody() + " " + record.learningOutcomes();
                    assertThat(text).as("UTF-8 bytes under a windows-1252 declaration are still read as UTF-8")
                            .doesNotContain("Ã", "Ä", "Å", "â€");
                }
            } catch (MappingException e) {
                rejected.add(raw.localId());
                assertThat(e.reasons()).isNotEmpty();
            }
        }
        Set<String> expectedRejects = new HashSet<>(truth.expectedRejects());
        expectedRejects.retainAll(fetched);
        assertThat(rejected).as("exactly the pages served without a title are rejected").isEqualTo(expectedRejects);
        assertThat(expectedRejects).isNotEmpty();
        assertThat(wrongCharset).isPositive();
    }

    @Test
    void aNextLinkBackToAVisitedPageStopsTheRunWithAnError() {
        sandbox.faults("mqa", FaultSpec.loopingNext(3));
        SourceRun run = harvest(config(), Map.of("MQA/SWA 0001", new KnownRecord("MQA/SWA 0001", null, null, "sha256:x")));

        assertThat(run.complete()).isFalse();
        assertThat(run.polls()).isEqualTo(4);
        assertThat(run.failures()).singleElement().satisfies(f -> assertThat(f.reason())
                .isEqualTo("next link loop: listing page " + sandbox.baseUrl("mqa")
                        + "/mqr/english/eakrmc.cfm?StartRow=1 was already visited in this run"));
        assertThat(run.records()).as("three pages of 15 micro-credentials among 10 programmes").hasSize(45);
        assertThat(run.deletedAmong(Set.of("MQA/SWA 0001"))).as("an incomplete run deletes nothing").isEmpty();
    }

    @Test
    void anOversizedListingPageIsAPermanentFailureNotRetried() {
        sandbox.faults("mqa", FaultSpec.oversized(1.0, 2 << 20));
        SourceRun run = harvest(config().withOptions(Map.of(RegistryHttpClient.MAX_BODY_BYTES_OPTION, String.valueOf(1 << 20))), Map.of());

        assertThat(run.complete()).isFalse();
        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo("response body exceeds 1048576 bytes");
            assertThat(f.retriable()).isFalse();
        });
    }

    @Test
    void afterATickOnlyTheChangesAreFetched() {
        SourceRun first = harvest(config(), Map.of());
        Map<String, KnownRecord> known = first.knownAfter(Map.of());
        SourceTruth before = sandbox.truth().source("mqa");

        sandbox.tick(0.05, 0.02, 0.01);
        SourceTruth after = sandbox.truth().source("mqa");
        SourceRun second = harvest(config(), known);

        Set<String> changedOrNew = new HashSet<>();
        for (TruthRecord r : after.live()) {
            TruthRecord was = before.byId().get(r.id());
            if (was == null || !was.updatedAt().equals(r.updatedAt())) {
                changedOrNew.add(r.id());
            }
        }
        Set<String> gone = new HashSet<>(before.liveIds());
        gone.removeAll(after.liveIds());

        assertThat(second.complete()).isTrue();
        assertThat(second.failures()).isEmpty();
        assertThat(second.records()).extracting(RawRecord::localId).containsExactlyInAnyOrderElementsOf(changedOrNew);
        Set<String> unchanged = new HashSet<>(after.liveIds());
        unchanged.removeAll(changedOrNew);
        assertThat(Set.copyOf(second.unchanged())).isEqualTo(unchanged);
        assertThat(second.deletedAmong(known.keySet())).isEqualTo(gone).isNotEmpty();
        Map<String, KnownRecord> next = second.knownAfter(new HashMap<>(known));
        assertThat(next.keySet()).isEqualTo(after.liveIds());
    }

    private ColRecord map(RawRecord raw) {
        try {
            return connector.mapper().map(raw);
        } catch (MappingException e) {
            throw new AssertionError(raw.localId() + " rejected: " + e.reasons(), e);
        }
    }
}
