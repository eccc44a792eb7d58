package org.mcfed.connector.testkit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
import org.mcfed.connector.http.RegistryHttpClient;
import org.mcfed.connector.listing.HtmlRegistryTask;
import org.mcfed.connector.run.SourceRun;
import org.mcfed.sandbox.RegistrySandbox;
import org.mcfed.sandbox.fault.FaultSpec;
import org.mcfed.sandbox.truth.SourceTruth;
import org.mcfed.sandbox.truth.TruthRecord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract every registry connector passes against the registry sandbox's registry of the
 * same name, over real HTTP: every live record fetched once and mapped, the sandbox's faults
 * survived with what could not be fetched reported, a tick fetching only the changes, a restart
 * resuming from the last poll's position without losing or repeating a record, a next link
 * that loops back stopping the run with an error, and an oversized page failing permanently
 * rather than being retried or read into memory. A connector runs it in a few lines:
 *
 * <pre>{@code
 * class NzqaContractIT extends ConnectorContract {
 *     NzqaContractIT() { super("nzqa"); }
 * }
 * }</pre>
 *
 * and adds what is its own (a language kept, a value mapped) in {@link #checkMapped} and
 * {@link #checkMappedUnderFaults}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ConnectorContract {

    private static final FaultSpec FAULTS = FaultSpec.builder().errorRate(0.03).errorStatus(503).retryAfterSeconds(0)
            .tooManyRequestsRate(0.02).resetRate(0.01).truncateRate(0.01).malformedRate(0.02).duplicateRows(3).build();

    private final String source;
    private final Connector connector;
    private RegistrySandbox sandbox;

    /** {@code source} names both the connector and the sandbox's registry. */
    protected ConnectorContract(String source) {
        this.source = source;
        this.connector = Connectors.byName(source);
    }

    /**
     * The configuration a connector harvests the sandbox with: the default is the source's name,
     * connector and base URL, rate limit off and quick retries; a connector adds its options here
     * (the COL feed's protocol and page size).
     */
    protected SourceConfig configure(SourceConfig base) {
        return base;
    }

    /**
     * Whether each record keeps validators (an ETag) for a conditional GET of its own page: true for
     * registries of detail pages; a feed that is read from a watermark has none per record.
     */
    protected boolean validatorsPerRecord() {
        return true;
    }

    /** A connector's own checks on each record of a harvest without faults. */
    protected void checkMapped(RawRecord raw, ColRecord record, TruthRecord truth) {
    }

    /** A connector's own checks on each record mapped in the harvest with faults (a malformed page, say). */
    protected void checkMappedUnderFaults(RawRecord raw, ColRecord record, TruthRecord truth) {
    }

    @BeforeAll
    void startSandbox() {
        sandbox = RegistrySandbox.builder().seed(42).scale(1.0).port(0).build().start();
    }

    @AfterAll
    void stopSandbox() {
        sandbox.close();
    }

    @AfterEach
    void clearFaults() {
        sandbox.clearFaults();
    }

    /**
     * For {@link #checkMapped}: a value the page states under {@code field} maps to something (a
     * non-empty list, or a value), so every value word the registry uses is in the connector's vocabulary.
     */
    protected static void assertStatedValueMaps(RawRecord raw, String field, Object mapped) {
        if (raw.first(field) == null) {
            return;
        }
        assertThat(mapped).as("%s: %s '%s' maps to nothing", raw.localId(), field, raw.first(field)).isNotNull();
        if (mapped instanceof java.util.Collection<?> values) {
            assertThat(values).as("%s: %s '%s' maps to nothing", raw.localId(), field, raw.first(field)).isNotEmpty();
        }
    }

    /** For {@link #checkMappedUnderFaults}: a page declared windows-1252 but sent as UTF-8 is still read as UTF-8. */
    protected static void assertNoMojibakeOnWrongCharset(ColRecord record, TruthRecord truth) {
        if ("wrong-charset".equals(truth.malformed())) {
            String text = record.title() + " " + record.awardingBody() + " " + record.learningOutcomes();
            assertThat(text).as("%s: UTF-8 bytes under a windows-1252 declaration are still read as UTF-8", record.id())
                    .doesNotContain("Ã", "Ä", "Å", "â€");
        }
    }

    private SourceConfig config() {
        return configure(SourceConfig.of(source, source, sandbox.baseUrl(source)).withRate(0)
                .withRetry(6, Duration.ofMillis(5), Duration.ofMillis(40)));
    }

    /** {@link #config()} pointing at a sitemap the registry does not have (a 404), so that every run walks the listing. */
    private SourceConfig withoutSitemap() {
        Map<String, String> options = new HashMap<>(config().options());
        options.put(HtmlRegistryTask.SITEMAP_OPTION, "no-such-sitemap.xml");
        return config().withOptions(options);
    }

    private SourceRun harvest(Map<String, KnownRecord> known) {
        return harvest(known, null);
    }

    /** A run from {@code since}: the previous run's watermark, for a source that keeps one (null for the others). */
    private SourceRun harvest(Map<String, KnownRecord> known, java.time.Instant since) {
        return harvest(config(), known, since);
    }

    private SourceRun harvest(SourceConfig config, Map<String, KnownRecord> known, java.time.Instant since) {
        return SourceRun.harvest(connector.newTask(), config, SourcePosition.start("contract", since), known, 1_000);
    }

    private SourceTruth truth() {
        return sandbox.truth(source).source(source);
    }

    @Test
    void everyLiveRecordIsFetchedExactlyOnceAndMaps() throws MappingException {
        SourceTruth truth = truth();
        SourceRun run = harvest(Map.of());

        assertThat(run.complete()).isTrue();
        assertThat(run.failures()).isEmpty();
        List<String> ids = run.records().stream().map(RawRecord::localId).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSameSizeAs(truth.live());
        assertThat(Set.copyOf(ids)).isEqualTo(truth.liveIds());
        Map<String, TruthRecord> byId = truth.byId();
        for (RawRecord raw : run.records()) {
            assertThat(raw.problems()).as(raw.localId()).isEmpty();
            assertThat(raw.position()).as("%s carries the position it came from", raw.localId()).isNotNull();
            if (validatorsPerRecord()) {
                assertThat(raw.first(RawRecord.ETAG_FIELD)).as("%s keeps its ETag for the next conditional GET", raw.localId()).isNotNull();
            }
            ColRecord record = connector.mapper().map(raw);
            assertThat(record.status()).as("status of %s", raw.localId()).isEqualTo(byId.get(raw.localId()).status());
            assertThat(record.title()).as(raw.localId()).isNotEmpty();
            checkMapped(raw, record, byId.get(raw.localId()));
        }
    }

    @Test
    void theSandboxFaultsAreSurvivedAndWhatCouldNotBeFetchedIsReported() {
        sandbox.faults(source, FAULTS);
        SourceTruth truth = truth();
        SourceRun run = harvest(Map.of());

        assertThat(run.complete()).as("the walk reaches the last listing page; failures %s", run.failures()).isTrue();
        Set<String> seenLive = new HashSet<>(run.seenIds());
        run.records().stream().filter(RawRecord::deleted).forEach(r -> seenLive.remove(r.localId()));
        assertThat(seenLive).isEqualTo(truth.liveIds());
        List<String> fetched = run.records().stream().filter(r -> !r.deleted()).map(RawRecord::localId).toList();
        assertThat(fetched).as("duplicated listing rows are fetched once").doesNotHaveDuplicates();
        assertThat(run.failures()).allSatisfy(f -> {
            assertThat(f.localId()).isNotNull();
            assertThat(f.reason()).isNotBlank();
        });
        Set<String> accounted = new HashSet<>(fetched);
        run.failures().forEach(f -> accounted.add(f.localId()));
        assertThat(accounted).as("every live record is fetched or reported").isEqualTo(truth.liveIds());

        Map<String, TruthRecord> byId = truth.byId();
        Set<String> rejected = new HashSet<>();
        for (RawRecord raw : run.records()) {
            if (raw.deleted()) {
                continue; // a deletion the source states (a feed's): nothing to map
            }
            try {
                checkMappedUnderFaults(raw, connector.mapper().map(raw), byId.get(raw.localId()));
            } catch (MappingException e) {
                rejected.add(raw.localId());
                assertThat(e.reasons()).as(raw.localId()).isNotEmpty();
            }
        }
        Set<String> expectedRejects = new HashSet<>(truth.expectedRejects());
        expectedRejects.retainAll(fetched);
        assertThat(expectedRejects).as("the sandbox served malformed pages").isNotEmpty();
        assertThat(rejected).as("exactly the malformed pages are rejected").isEqualTo(expectedRejects);
    }

    /**
     * The run after a tick walks the listing when the registry has no sitemap (a 404 where it should be;
     * a feed has none and reads from its watermark), and still fetches only the changes and sweeps the deletions.
     */
    @Test
    void afterATickOnlyTheChangesAreFetchedAndTheDeletionsSwept() {
        SourceRun first = harvest(Map.of());
        Map<String, KnownRecord> known = first.knownAfter(Map.of());
        Map<String, TruthRecord> before = truth().byId();

        sandbox.tick(0.05, 0.02, 0.01);
        SourceRun second = harvest(withoutSitemap(), known, first.position().since());

        assertCaughtUp(before, known, second);
    }

    /**
     * The incremental run (a sitemap's lastmod, a feed's watermark) after a 1 % change costs the registry
     * at most 3 % of a full run's requests (plus the two of a sitemap index and its file, or a feed's
     * first pages) and of its bytes, and still catches every change, addition and deletion.
     */
    @Test
    void afterAOnePercentTickAnIncrementalRunCostsAtMostThreePercentOfAFullRun() {
        long requests0 = sandbox.traffic().requests();
        long bytes0 = sandbox.traffic().bodyBytes();
        SourceRun first = harvest(Map.of());
        long fullRequests = sandbox.traffic().requests() - requests0;
        long fullBytes = sandbox.traffic().bodyBytes() - bytes0;
        Map<String, KnownRecord> known = first.knownAfter(Map.of());
        Map<String, TruthRecord> before = truth().byId();

        sandbox.tick(0.01, 0.005, 0.005);
        Set<String> deleted = new HashSet<>(before.keySet());
        deleted.removeAll(truth().liveIds());
        assertThat(deleted).as("the tick deleted records").isNotEmpty();
        long requests1 = sandbox.traffic().requests();
        long bytes1 = sandbox.traffic().bodyBytes();
        SourceRun second = harvest(known, first.position().since());
        long incrementalRequests = sandbox.traffic().requests() - requests1;
        long incrementalBytes = sandbox.traffic().bodyBytes() - bytes1;

        assertCaughtUp(before, known, second);
        assertThat(incrementalRequests).as("requests of the incremental run against %d of the full run", fullRequests)
                .isLessThanOrEqualTo((long) (0.03 * fullRequests) + 2);
        assertThat(incrementalBytes).as("bytes of the incremental run against %d of the full run", fullBytes)
                .isLessThanOrEqualTo((long) (0.03 * fullBytes));
    }

    /**
     * {@code second}, run after a tick with what {@code first} left {@code known}, fetched exactly the
     * changed and added records, reported the rest unchanged, and swept (or was told of) every deletion.
     */
    private void assertCaughtUp(Map<String, TruthRecord> before, Map<String, KnownRecord> known, SourceRun second) {
        SourceTruth after = truth();
        Set<String> added = after.live().stream().filter(r -> !before.containsKey(r.id()))
                .map(TruthRecord::id).collect(Collectors.toSet());
        Set<String> changedOrAdded = after.live().stream()
                .filter(r -> !before.containsKey(r.id()) || !before.get(r.id()).updatedAt().equals(r.updatedAt()))
                .map(TruthRecord::id).collect(Collectors.toSet());
        Set<String> deleted = new HashSet<>(before.keySet());
        deleted.removeAll(after.liveIds());

        assertThat(second.complete()).isTrue();
        assertThat(second.failures()).isEmpty();
        assertThat(added).isNotEmpty();
        List<RawRecord> live = second.records().stream().filter(r -> !r.deleted()).toList();
        Set<String> fetched = live.stream().map(RawRecord::localId).collect(Collectors.toSet());
        assertThat(fetched).hasSameSizeAs(live).isSubsetOf(changedOrAdded).containsAll(added);
        // a new revision whose page comes out byte for byte the same (same ETag, a 304) is rightly unchanged; rare
        Set<String> samePage = new HashSet<>(changedOrAdded);
        samePage.removeAll(fetched);
        assertThat(second.unchanged()).containsAll(samePage);
        assertThat(samePage.size()).isLessThanOrEqualTo(changedOrAdded.size() / 20);
        assertThat(second.unchanged()).hasSize(after.live().size() - fetched.size());
        // swept by a complete walk (listings, a sitemap), or stated by the source (a feed's deletions; a feed may
        // restate one of an earlier tick, dated after the newest live record of the last run: nothing to delete)
        Set<String> gone = new HashSet<>(second.deletedAmong(known.keySet()));
        second.records().stream().filter(RawRecord::deleted).map(RawRecord::localId).filter(before::containsKey).forEach(gone::add);
        assertThat(gone).isEqualTo(deleted);
        assertThat(second.knownAfter(new HashMap<>(known)).keySet()).isEqualTo(after.liveIds());
    }

    @Test
    void aRestartResumesFromThePositionOfTheLastPollAndLosesNothing() {
        SourceTask interrupted = connector.newTask();
        interrupted.start(config(), SourcePosition.start("run-7", null), Map.of());
        List<String> before = new ArrayList<>();
        SourcePosition position = null;
        for (int i = 0; i < 2; i++) {
            PollResult r = interrupted.poll();
            r.records().forEach(rec -> before.add(rec.localId()));
            position = r.position();
        }
        interrupted.stop();
        assertThat(before).isNotEmpty();
        assertThat(position.runId()).isEqualTo("run-7");

        SourceRun resumed = SourceRun.harvest(connector.newTask(), config(), position, Map.of(), 1_000);

        assertThat(resumed.complete()).isTrue();
        assertThat(resumed.records()).extracting(RawRecord::localId).doesNotContainAnyElementsOf(before);
        List<String> all = new ArrayList<>(before);
        resumed.records().forEach(r -> all.add(r.localId()));
        assertThat(all).doesNotHaveDuplicates();
        assertThat(Set.copyOf(all)).isEqualTo(truth().liveIds());
    }

    @Test
    void aNextLinkBackToAVisitedPageStopsTheRunWithAnErrorAndDeletesNothing() {
        sandbox.faults(source, FaultSpec.loopingNext(3));
        String someKnownId = truth().live().get(0).id();
        // a known record makes the run incremental; without a sitemap it walks the listing, where the loop is
        SourceRun run = harvest(withoutSitemap(), Map.of(someKnownId, new KnownRecord(someKnownId, null, null, "sha256:x")), null);

        assertThat(run.complete()).isFalse();
        assertThat(run.failures()).extracting(FetchFailure::reason).singleElement()
                .satisfies(reason -> assertThat(reason).as("a listing's next link or a feed's next cursor")
                        .matches("(next link loop: listing page .* was already visited|cursor loop: .* was already followed) in this run"));
        assertThat(run.records()).isNotEmpty().hasSizeLessThan(truth().live().size());
        assertThat(run.deletedAmong(Set.of(someKnownId))).as("an incomplete run deletes nothing").isEmpty();
    }

    @Test
    void anOversizedListingPageIsAPermanentFailureNotRetried() {
        sandbox.faults(source, FaultSpec.oversized(1.0, 2 << 20));
        SourceConfig capped = config().withOptions(Map.of(RegistryHttpClient.MAX_BODY_BYTES_OPTION, String.valueOf(1 << 20)));
        SourceRun run = SourceRun.harvest(connector.newTask(), capped, SourcePosition.start("contract", null), Map.of(), 1_000);

        assertThat(run.complete()).isFalse();
        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo("response body exceeds 1048576 bytes");
            assertThat(f.retriable()).isFalse();
        });
    }
}
