package org.mcfed.connector.microcred;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcfed.col.record.ColRecord;
import org.mcfed.connector.Connector;
import org.mcfed.connector.Connectors;
import org.mcfed.connector.FetchFailure;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Microcred Seeker connector against the registry sandbox at default scale: every course
 * fetched once and mapped, the sandbox's faults survived (visible-text garbage published with gaps,
 * missing titles rejected), a looping next link stopped, and after a tick only the changes fetched.
 */
class MicrocredHarvestIT {

    private static RegistrySandbox sandbox;
    private static final Connector CONNECTOR = Connectors.byName("microcred-seeker");

    @BeforeAll
    static void start() {
        sandbox = RegistrySandbox.builder().seed(42).scale(1.0).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static SourceConfig config() {
        return SourceConfig.of("microcred-seeker", "microcred-seeker", sandbox.baseUrl("microcred-seeker")).withRate(0)
                .withRetry(6, Duration.ofMillis(5), Duration.ofMillis(40));
    }

    private static SourceRun harvest(Map<String, KnownRecord> known) {
        return SourceRun.harvest(CONNECTOR.newTask(), config(), SourcePosition.start("it", null), known, 1_000);
    }

    @Test
    void aFullHarvestFetchesEveryLiveCourseOnceAndMapsIt() throws MappingException {
        sandbox.clearFaults();
        SourceTruth truth = sandbox.truth("microcred-seeker").source("microcred-seeker");

        SourceRun run = harvest(Map.of());

        assertThat(run.complete()).isTrue();
        assertThat(run.failures()).isEmpty();
        List<String> ids = run.records().stream().map(RawRecord::localId).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSameSizeAs(truth.live());
        assertThat(Set.copyOf(ids)).isEqualTo(truth.liveIds());
        Map<String, TruthRecord> byId = truth.byId();
        for (RawRecord raw : run.records()) {
            assertThat(raw.problems()).as(raw.localId()).isEmpty();
            ColRecord record = CONNECTOR.mapper().map(raw);
            assertThat(record.status()).as("status of %s", raw.localId()).isEqualTo(byId.get(raw.localId()).status());
            assertThat(record.title()).as(raw.localId()).containsKey("en");
            assertThat(record.workloadHours()).as("hours of %s", raw.localId()).isNotNull();
            assertThat(record.awardingBody()).as(raw.localId()).isNotNull();
        }
    }

    @Test
    void afterATickOnlyTheChangesAreFetchedAndTheDeletionsSwept() {
        sandbox.clearFaults();
        SourceRun first = harvest(Map.of());
        Map<String, KnownRecord> known = first.knownAfter(Map.of());
        Map<String, TruthRecord> before = sandbox.truth("microcred-seeker").source("microcred-seeker").byId();

        sandbox.tick(0.01, 0.005, 0.002);
        SourceTruth after = sandbox.truth("microcred-seeker").source("microcred-seeker");
        Set<String> added = after.live().stream().filter(r -> !before.containsKey(r.id()))
                .map(TruthRecord::id).collect(Collectors.toSet());
        Set<String> changedOrAdded = after.live().stream()
                .filter(r -> !before.containsKey(r.id()) || !before.get(r.id()).updatedAt().equals(r.updatedAt()))
                .map(TruthRecord::id).collect(Collectors.toSet());
        Set<String> deleted = new HashSet<>(before.keySet());
        deleted.removeAll(after.liveIds());
        SourceRun second = harvest(known);

        assertThat(second.complete()).isTrue();
        assertThat(second.failures()).isEmpty();
        assertThat(added).isNotEmpty();
        Set<String> fetched = second.records().stream().map(RawRecord::localId).collect(Collectors.toSet());
        assertThat(fetched).hasSameSizeAs(second.records()).isSubsetOf(changedOrAdded).containsAll(added);
        // a tick may give a record a new revision whose page comes out byte for byte the same (same
        // ETag, so a 304): that record is rightly unchanged; such coincidences are rare
        Set<String> samePage = new HashSet<>(changedOrAdded);
        samePage.removeAll(fetched);
        assertThat(second.unchanged()).containsAll(samePage);
        assertThat(samePage.size()).isLessThanOrEqualTo(changedOrAdded.size() / 20);
        assertThat(second.unchanged()).hasSize(after.live().size() - fetched.size());
        assertThat(second.deletedAmong(known.keySet())).isEqualTo(deleted);
    }

    @Test
    void theSandboxFaultsAreSurvivedAndWhatCouldNotBeFetchedIsReportedWithItsReason() {
        sandbox.faults("microcred-seeker", FaultSpec.builder().errorRate(0.03).errorStatus(503).retryAfterSeconds(0)
                .tooManyRequestsRate(0.02).resetRate(0.01).truncateRate(0.01).malformedRate(0.02).duplicateRows(3).build());
        try {
            SourceTruth truth = sandbox.truth("microcred-seeker").source("microcred-seeker");

            SourceRun run = harvest(Map.of());

            assertThat(run.complete()).as("failures %s", run.failures()).isTrue();
            assertThat(run.seenIds()).isEqualTo(truth.liveIds());
            assertThat(run.records()).extracting(RawRecord::localId).doesNotHaveDuplicates();
            assertThat(run.failures()).allSatisfy(f -> {
                assertThat(f.localId()).isNotNull();
                assertThat(f.reason()).isNotBlank();
            });
            Set<String> rejected = new HashSet<>();
            for (RawRecord raw : run.records()) {
                try {
                    CONNECTOR.mapper().map(raw);
                } catch (MappingException e) {
                    rejected.add(raw.localId());
                    assertThat(e.reasons()).extracting(MappingException.Reason::element).containsExactly("title");
                }
            }
            assertThat(truth.expectedRejects()).isNotEmpty();
            assertThat(rejected).isEqualTo(truth.expectedRejects());
        } finally {
            sandbox.clearFaults();
        }
    }

    @Test
    void aRestartResumesAtTheListingPageOfTheLastPollAndLosesNothing() {
        sandbox.clearFaults();
        SourceTask interrupted = CONNECTOR.newTask();
        interrupted.start(config(), SourcePosition.start("it", null), Map.of());
        PollResult firstPage = interrupted.poll();
        interrupted.stop();
        assertThat(firstPage.position().cursor()).endsWith("/courses?page=2");

        SourceRun resumed = SourceRun.harvest(CONNECTOR.newTask(), config(), firstPage.position(), Map.of(), 1_000);

        Set<String> all = firstPage.records().stream().map(RawRecord::localId).collect(Collectors.toSet());
        assertThat(resumed.records()).extracting(RawRecord::localId).doesNotContainAnyElementsOf(all);
        resumed.records().forEach(r -> all.add(r.localId()));
        assertThat(resumed.complete()).isTrue();
        assertThat(all).isEqualTo(sandbox.truth("microcred-seeker").source("microcred-seeker").liveIds());
    }

    @Test
    void aNextLinkBackToAnEarlierPageStopsTheRunWithAnErrorInsteadOfLooping() {
        sandbox.faults("microcred-seeker", FaultSpec.loopingNext(3));
        try {
            SourceRun run = harvest(Map.of());

            assertThat(run.complete()).isFalse();
            assertThat(run.failures()).extracting(FetchFailure::reason).singleElement()
                    .satisfies(reason -> assertThat(reason).startsWith("next link loop: listing page ")
                            .endsWith("/courses?page=1 was already visited in this run"));
            assertThat(run.records()).hasSize(3 * 24);
        } finally {
            sandbox.clearFaults();
        }
    }
}
