package org.mcfed.connector.colfeed;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mcfed.col.record.ColRecord;
import org.mcfed.connector.Connector;
import org.mcfed.connector.Connectors;
import org.mcfed.connector.KnownRecord;
import org.mcfed.connector.MappingException;
import org.mcfed.connector.PollResult;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.SourcePosition;
import org.mcfed.connector.SourceTask;
import org.mcfed.connector.run.SourceRun;
import org.mcfed.sandbox.RegistrySandbox;
import org.mcfed.sandbox.fault.FaultSpec;
import org.mcfed.sandbox.truth.SourceTruth;
import org.mcfed.sandbox.truth.TruthRecord;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The col-feed connector against the sandbox's COL-feed registry at default scale, over the JSON
 * feed and over OAI-PMH: every record fetched once with its feed id kept, the sandbox's faults
 * survived, and a run from the previous run's watermark fetching only what a tick changed.
 */
class ColFeedSandboxIT {

    private static final Connector CONNECTOR = Connectors.byName("col-feed");
    private RegistrySandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = RegistrySandbox.builder().seed(42).scale(1.0).port(0).build().start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private SourceConfig config(String protocol) {
        return SourceConfig.of("pqr", "col-feed", sandbox.baseUrl("col-feed")).withRate(0)
                .withRetry(6, Duration.ofMillis(5), Duration.ofMillis(40))
                .withOptions(Map.of("protocol", protocol, "limit", "100"));
    }

    private SourceRun harvest(String protocol, Instant since, Map<String, KnownRecord> known) {
        return SourceRun.harvest(CONNECTOR.newTask(), config(protocol), SourcePosition.start("it", since), known, 1_000);
    }

    private SourceTruth truth() {
        return sandbox.truth("col-feed").source("col-feed");
    }

    private static Set<String> ids(List<RawRecord> records, boolean deleted) {
        return records.stream().filter(r -> r.deleted() == deleted).map(RawRecord::localId).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "oai"})
    void aFullHarvestFetchesEveryRecordOnceAndKeepsTheFeedIds(String protocol) throws MappingException {
        SourceTruth truth = truth();

        SourceRun run = harvest(protocol, null, Map.of());

        assertThat(run.complete()).isTrue();
        assertThat(run.failures()).isEmpty();
        List<RawRecord> live = run.records().stream().filter(r -> !r.deleted()).toList();
        assertThat(live).extracting(RawRecord::localId).doesNotHaveDuplicates().hasSameSizeAs(truth.live());
        assertThat(ids(run.records(), false)).isEqualTo(truth.liveIds());
        Map<String, TruthRecord> byId = truth.byId();
        for (RawRecord raw : live) {
            ColRecord record = CONNECTOR.mapper().map(raw);
            assertThat(record.id()).isEqualTo(raw.localId()).startsWith("pqr:");
            assertThat(CONNECTOR.mapper().idOf(raw)).isEqualTo(raw.localId());
            assertThat(record.status()).as(raw.localId()).isEqualTo(byId.get(raw.localId()).status());
            assertThat(record.provenance().source()).isEqualTo("pqr");
        }
        Instant newest = truth.live().stream().map(TruthRecord::updatedAt).max(Instant::compareTo).orElseThrow();
        assertThat(run.position().since()).as("the next run's watermark").isEqualTo(newest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "oai"})
    void aRunFromTheWatermarkAfterATickFetchesOnlyTheChangesAndTheDeletions(String protocol) {
        SourceRun first = harvest(protocol, null, Map.of());
        Map<String, KnownRecord> known = first.knownAfter(Map.of());
        Map<String, TruthRecord> before = truth().byId();

        sandbox.tick(0.01, 0.005, 0.002);
        SourceTruth after = truth();
        Set<String> changedOrAdded = after.live().stream()
                .filter(r -> !before.containsKey(r.id()) || !before.get(r.id()).updatedAt().equals(r.updatedAt()))
                .map(TruthRecord::id).collect(Collectors.toSet());
        Set<String> deleted = new HashSet<>(before.keySet());
        deleted.removeAll(after.liveIds());
        SourceRun second = harvest(protocol, first.position().since(), known);

        assertThat(second.complete()).isTrue();
        assertThat(second.failures()).isEmpty();
        assertThat(changedOrAdded).isNotEmpty();
        assertThat(deleted).isNotEmpty();
        assertThat(ids(second.records(), false)).isEqualTo(changedOrAdded);
        assertThat(ids(second.records(), true)).isEqualTo(deleted);
        assertThat(second.records()).hasSize(changedOrAdded.size() + deleted.size());
        Set<String> untouched = new HashSet<>(after.liveIds());
        untouched.removeAll(changedOrAdded);
        assertThat(second.unchanged()).containsExactlyInAnyOrderElementsOf(untouched);
        assertThat(second.deletedAmong(known.keySet())).as("deletions come from the feed, not the sweep").isEmpty();
        assertThat(second.position().since()).isAfter(first.position().since());
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "oai"})
    void aRestartResumesAtTheCursorOfTheLastPollAndLosesNothing(String protocol) {
        SourceTask interrupted = CONNECTOR.newTask();
        interrupted.start(config(protocol), SourcePosition.start("it", null), Map.of());
        PollResult firstPage = interrupted.poll();
        interrupted.stop();
        assertThat(firstPage.done()).isFalse();
        assertThat(firstPage.position().cursor()).isNotNull();

        SourceRun resumed = SourceRun.harvest(CONNECTOR.newTask(), config(protocol), firstPage.position(), Map.of(), 1_000);

        assertThat(resumed.complete()).isTrue();
        Set<String> all = new HashSet<>(ids(firstPage.records(), false));
        assertThat(ids(resumed.records(), false)).doesNotContainAnyElementsOf(all);
        all.addAll(ids(resumed.records(), false));
        assertThat(all).isEqualTo(truth().liveIds());
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "oai"})
    void theSandboxFaultsAreSurvivedAndMalformedRecordsRejectedOnlyWhenUntitledOrUnbindable(String protocol) {
        sandbox.faults("col-feed", FaultSpec.builder().errorRate(0.05).errorStatus(503).retryAfterSeconds(0)
                .tooManyRequestsRate(0.05).resetRate(0.03).truncateRate(0.03).malformedRate(0.05).build());
        SourceTruth truth = truth();

        SourceRun run = harvest(protocol, null, Map.of());

        assertThat(run.complete()).as("failures %s", run.failures()).isTrue();
        assertThat(ids(run.records(), false)).isEqualTo(truth.liveIds());
        Set<String> rejected = new HashSet<>();
        for (RawRecord raw : run.records()) {
            if (raw.deleted()) {
                continue;
            }
            try {
                CONNECTOR.mapper().map(raw);
            } catch (MappingException e) {
                rejected.add(raw.localId());
                // no title, or a workload stated in words (garbage values): a mandatory value that cannot be bound
                assertThat(e.reasons()).extracting(MappingException.Reason::element).containsAnyOf("title", "workloadHours");
            }
        }
        assertThat(truth.expectedRejects()).isNotEmpty();
        assertThat(rejected).isEqualTo(truth.expectedRejects());
    }
}
