package org.mcfed.connector.hkqr;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * The HKQR connector against the registry sandbox at default scale (4,376 qualifications, English
 * and Chinese pages): every record fetched once, the status each maps to agreeing with the ground
 * truth, the sandbox's faults survived, and after a tick only the changes fetched.
 */
class HkqrHarvestIT {

    private static RegistrySandbox sandbox;
    private static final Connector CONNECTOR = Connectors.byName("hkqr");
    /** One full harvest of the untouched registry and its truth, shared by the tests that start from it. */
    private static SourceRun baseline;
    private static SourceTruth baselineTruth;

    @BeforeAll
    static void start() {
        sandbox = RegistrySandbox.builder().seed(42).scale(1.0).port(0).build().start();
        baselineTruth = sandbox.truth("hkqr").source("hkqr");
        baseline = harvest(Map.of());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static SourceConfig config() {
        return SourceConfig.of("hkqr", "hkqr", sandbox.baseUrl("hkqr")).withRate(0)
                .withRetry(6, Duration.ofMillis(5), Duration.ofMillis(40));
    }

    private static SourceRun harvest(Map<String, KnownRecord> known) {
        return SourceRun.harvest(CONNECTOR.newTask(), config(), SourcePosition.start("it", null), known, 1_000);
    }

    @Test
    void aFullHarvestFetchesEveryLiveRecordOnceAndMapsItsStatus() throws MappingException {
        SourceTruth truth = baselineTruth;
        SourceRun run = baseline;

        assertThat(run.complete()).isTrue();
        assertThat(run.failures()).isEmpty();
        List<String> ids = run.records().stream().map(RawRecord::localId).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSameSizeAs(truth.live());
        assertThat(Set.copyOf(ids)).isEqualTo(truth.liveIds());
        Map<String, TruthRecord> byId = truth.byId();
        int archived = 0;
        for (RawRecord raw : run.records()) {
            assertThat(raw.problems()).as(raw.localId()).isEmpty();
            ColRecord record = CONNECTOR.mapper().map(raw);
            assertThat(record.status()).as("status of %s", raw.localId()).isEqualTo(byId.get(raw.localId()).status());
            assertKeepsEveryLanguage(record);
            assertThat(record.title().keySet()).as("%s: the languages the registry publishes it in (Chinese-only ones too)", raw.localId())
                    .isEqualTo(Set.copyOf(byId.get(raw.localId()).languages()));
            assertThat(record.nqfLevel().level()).as("the level the registration number ends with")
                    .isEqualTo(raw.localId().substring(raw.localId().lastIndexOf("/L") + 2));
            assertThat(record.workloadHours()).as(raw.localId()).isEqualTo(record.credit().value() * 10);
            archived += "archived".equals(record.status()) ? 1 : 0;
        }
        assertThat(archived).as("the archived listing was walked too").isPositive();
    }

    /**
     * Every language a record is published in is kept (interface 2): Traditional Chinese always, English
     * unless the qualification is Chinese-only, Simplified where the registry serves an {@code hkqr-sc} page.
     */
    private static void assertKeepsEveryLanguage(ColRecord record) {
        assertThat(record.title()).as(record.id()).containsKey("zh-Hant");
        assertThat(record.learningOutcomesByLanguage()).as(record.id()).containsOnlyKeys(record.title().keySet());
        String first = record.title().keySet().iterator().next();
        assertThat(record.learningOutcomes()).as(record.id()).isEqualTo(record.learningOutcomesByLanguage().get(first));
        assertThat(record.languages()).as(record.id())
                .isEqualTo(record.title().containsKey("en") ? List.of("eng", "zho") : List.of("zho"));
        assertThat(record.quality().derived()).as(record.id()).contains("languages");
    }

    @Test
    void afterATickOnlyTheChangesAreFetchedAndTheDeletionsSwept() {
        Map<String, KnownRecord> known = baseline.knownAfter(Map.of());
        Map<String, TruthRecord> before = baselineTruth.byId();

        sandbox.tick(0.01, 0.005, 0.002);
        SourceTruth after = sandbox.truth("hkqr").source("hkqr");
        Set<String> added = after.live().stream().filter(r -> !before.containsKey(r.id()))
                .map(TruthRecord::id).collect(Collectors.toSet());
        Set<String> changedOrAdded = after.live().stream()
                .filter(r -> !before.containsKey(r.id()) || !before.get(r.id()).updatedAt().equals(r.updatedAt()))
                .map(TruthRecord::id).collect(Collectors.toSet());
        Set<String> deleted = new HashSet<>(before.keySet());
        deleted.removeAll(after.liveIds());
        long pagesBefore = sandbox.traffic().pages();
        SourceRun second = harvest(known);
        long pages = sandbox.traffic().pages() - pagesBefore;

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
        int listingPages = after.live().size() / 50 + 2;
        assertThat(pages).as("an unchanged record costs one 304 and no Chinese page; a fetched one (or a changed one "
                        + "whose pages came out the same) its three pages")
                .isLessThanOrEqualTo(listingPages + second.unchanged().size() + 3L * fetched.size() + 2L * samePage.size());
    }

    @Test
    void theSandboxFaultsAreSurvivedAndWhatCouldNotBeFetchedIsReportedWithItsReason() {
        sandbox.faults("hkqr", FaultSpec.builder().errorRate(0.03).errorStatus(503).retryAfterSeconds(0)
                .tooManyRequestsRate(0.02).resetRate(0.01).truncateRate(0.01).malformedRate(0.02).duplicateRows(3).build());
        try {
            SourceTruth truth = sandbox.truth("hkqr").source("hkqr");

            SourceRun run = harvest(Map.of());

            assertThat(run.complete()).as("failures %s", run.failures()).isTrue();
            assertThat(run.seenIds()).isEqualTo(truth.liveIds());
            assertThat(run.records()).extracting(RawRecord::localId).doesNotHaveDuplicates();
            assertThat(run.failures()).allSatisfy(f -> {
                assertThat(f.localId()).isNotNull();
                assertThat(f.reason()).isNotBlank();
            });
            Set<String> rejected = new HashSet<>();
            Map<String, TruthRecord> byId = truth.byId();
            int wrongCharset = 0;
            for (RawRecord raw : run.records()) {
                try {
                    ColRecord record = CONNECTOR.mapper().map(raw);
                    if ("wrong-charset".equals(byId.get(raw.localId()).malformed())) {
                        wrongCharset++;
                        assertThat(record.title().get("zh-Hant")).as("Chinese title of %s, a page declared windows-1252", raw.localId())
                                .matches("[\\p{IsHan}（）]+");
                    }
                } catch (MappingException e) {
                    rejected.add(raw.localId());
                    assertThat(e.reasons()).extracting(MappingException.Reason::element).containsExactly("title");
                }
            }
            assertThat(truth.expectedRejects()).isNotEmpty();
            assertThat(rejected).isEqualTo(truth.expectedRejects());
            assertThat(wrongCharset).isPositive();
        } finally {
            sandbox.clearFaults();
        }
    }

    @Test
    void aNextLinkBackToAnEarlierPageStopsTheRunWithAnErrorInsteadOfLooping() {
        sandbox.faults("hkqr", FaultSpec.loopingNext(3));
        try {
            SourceRun run = harvest(Map.of());

            assertThat(run.complete()).isFalse();
            assertThat(run.failures()).extracting(FetchFailure::reason).singleElement()
                    .satisfies(reason -> assertThat(reason).startsWith("next link loop: listing page ")
                            .endsWith("result?page=1&maxCredit=59 was already visited in this run"));
            assertThat(run.records()).hasSize(3 * 50);
        } finally {
            sandbox.clearFaults();
        }
    }
}
