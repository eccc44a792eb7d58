package org.mcfed.connector.colfeed;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcfed.connector.Connectors;
import org.mcfed.connector.FetchFailure;
import org.mcfed.connector.KnownRecord;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.SourcePosition;
import org.mcfed.connector.run.SourceRun;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** The col-feed task over real HTTP, both protocols: paging, deletions, watermark, incremental runs, loops, failures. */
class ColFeedHarvestIT {

    private FeedServer server;

    @BeforeEach
    void start() throws IOException {
        server = new FeedServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private SourceConfig config(String protocol) {
        return SourceConfig.of("peer", "col-feed", server.base()).withRate(0)
                .withRetry(2, Duration.ofMillis(10), Duration.ofMillis(20))
                .withOptions(Map.of("protocol", protocol, "limit", "2"));
    }

    private SourceRun run(String protocol, Instant since, Map<String, KnownRecord> known) {
        return SourceRun.harvest(Connectors.byName("col-feed").newTask(), config(protocol),
                SourcePosition.start("run-1", since), known, 50);
    }

    @Test
    void aFullJsonRunWalksTheCursorsAndKeepsTheGreatestUpdatedAtAsNextSince() {
        server.page("/col/v1/records?limit=2", "json-page-1.json").page("/col/v1/records?limit=2&cursor=c2", "json-page-2.json");

        SourceRun run = run("json", null, Map.of());

        assertThat(run.complete()).isTrue();
        assertThat(run.failures()).isEmpty();
        assertThat(run.records()).extracting(RawRecord::localId, RawRecord::deleted).containsExactly(
                tuple("pqr:000123", false), tuple("pqr:000124", false), tuple("pqr:000099", true), tuple("nzqa:4116-2", false));
        assertThat(run.records()).allSatisfy(r -> {
            assertThat(r.source()).isEqualTo("peer");
            assertThat(r.connector()).isEqualTo("col-feed");
        });
        assertThat(run.records().get(0).payload()).contains("\"Solar Panel Installation Basics\"");
        assertThat(run.position().since()).isEqualTo(Instant.parse("2025-03-02T08:30:15.250Z"));
        assertThat(run.position().cursor()).isNull();
        assertThat(server.requests).allSatisfy(r -> assertThat(r.userAgent()).isEqualTo(SourceConfig.DEFAULT_USER_AGENT));
    }

    @Test
    void aPageWithBadItemsCostsThoseItemsOnlyAndTheRunGoesOn() {
        server.page("/col/v1/records?limit=2", "json-bad-items.json").page("/col/v1/records?limit=2&cursor=c3", "json-page-2.json");
        KnownRecord badBefore = new KnownRecord("pqr:000203", null, null, "sha256:earlier");

        SourceRun run = run("json", null, Map.of("pqr:000203", badBefore, "pqr:000098", badBefore));

        assertThat(run.complete()).as("the next page is still read, the sweep may run").isTrue();
        assertThat(run.failures()).isEmpty();
        assertThat(run.records()).extracting(RawRecord::localId, RawRecord::deleted, RawRecord::unreadable).containsExactly(
                tuple("pqr:000200", false, false), tuple("202", false, true), tuple("pqr:000203", false, true), tuple("pqr:000204", false, true),
                tuple("pqr:000205", false, false), tuple("pqr:000099", true, false), tuple("pqr:000098", true, false),
                tuple("nzqa:4116-2", false, false));
        assertThat(run.records().get(2).problems())
                .containsExactly("feed item pqr:000203: updatedAt '31/02/2026' is not an ISO-8601 instant");
        assertThat(run.records().get(2).payload()).as("kept for the reject").contains("Asas Pemasangan Panel Solar");
        assertThat(run.itemProblems()).hasSize(7).allSatisfy(p -> assertThat(p.page())
                .isEqualTo(server.base() + "/col/v1/records?limit=2"));
        assertThat(run.position().since()).as("a bad item does not move the watermark")
                .isEqualTo(Instant.parse("2025-03-02T08:30:15.250Z"));
    }

    @Test
    void anOaiPageWithBadRecordsCostsThoseRecordsOnlyAndTheTokenIsFollowed() {
        server.page("/oai?verb=ListRecords&metadataPrefix=col", "oai-bad-items.xml")
                .page("/oai?verb=ListRecords&resumptionToken=tok-3", "oai-page-2.xml");

        SourceRun run = run("oai", null, Map.of());

        assertThat(run.complete()).isTrue();
        assertThat(run.records()).extracting(RawRecord::localId, RawRecord::unreadable).containsExactly(
                tuple("pqr:000300", false), tuple("pqr:000303", true), tuple("pqr:000304", true), tuple("pqr:000099", false),
                tuple("pqr:000305", true), tuple("pqr:000306", true), tuple("nzqa:4116-2", false));
        assertThat(run.itemProblems()).extracting(p -> p.item()).containsExactly(
                "record[1]", "record[2]", "record[3]", "record[4]", "record[6]", "record[7]");
    }

    @Test
    void anIncrementalRunAsksSinceAndReportsTheRecordsItDoesNotListAsUnchanged() {
        Instant since = Instant.parse("2025-03-02T00:00:00Z");
        server.page("/col/v1/records?limit=2&since=2025-03-02T00:00:00Z", "json-page-2.json");
        Map<String, KnownRecord> known = Map.of(
                "pqr:000123", new KnownRecord("pqr:000123", null, null, "sha256:old"),
                "nzqa:4116-2", new KnownRecord("nzqa:4116-2", null, null, "sha256:old"));

        SourceRun run = run("json", since, known);

        assertThat(run.complete()).isTrue();
        assertThat(run.records()).extracting(RawRecord::localId).containsExactly("nzqa:4116-2");
        assertThat(run.unchanged()).containsExactly("pqr:000123");
        assertThat(run.deletedAmong(known.keySet())).as("the sweep deletes nothing after an incremental run").isEmpty();
        assertThat(run.position().since()).isEqualTo(Instant.parse("2025-03-02T08:30:15.250Z"));
    }

    @Test
    void aSecondFullRunReportsRecordsWithTheSameChecksumAsUnchanged() {
        server.page("/col/v1/records?limit=2", "json-page-1.json").page("/col/v1/records?limit=2&cursor=c2", "json-page-2.json");
        SourceRun first = run("json", null, Map.of());

        SourceRun second = run("json", null, first.knownAfter(Map.of()));

        assertThat(second.records()).extracting(RawRecord::localId).containsExactly("pqr:000099");
        assertThat(second.unchanged()).containsExactlyInAnyOrder("pqr:000123", "pqr:000124", "nzqa:4116-2");
    }

    @Test
    void oaiListRecordsFollowsTheResumptionTokenAndAsksFromAtSecondsGranularity() {
        server.page("/oai?verb=ListRecords&metadataPrefix=col&from=2025-02-28T23:59:59Z", "oai-page-1.xml")
                .page("/oai?verb=ListRecords&resumptionToken=tok-2", "oai-page-2.xml");

        SourceRun run = run("oai", Instant.parse("2025-02-28T23:59:59.900Z"), Map.of());

        assertThat(run.complete()).isTrue();
        assertThat(run.records()).extracting(RawRecord::localId, RawRecord::deleted).containsExactly(
                tuple("pqr:000123", false), tuple("pqr:000124", false), tuple("pqr:000099", true), tuple("nzqa:4116-2", false));
        assertThat(run.records().get(0).url()).isEqualTo(server.base()
                + "/oai?verb=GetRecord&metadataPrefix=col&identifier=pqr%3A000123");
        assertThat(run.position().since()).isEqualTo(Instant.parse("2025-03-02T08:30:15Z"));
    }

    @Test
    void noRecordsMatchIsAnEmptyCompleteRun() {
        server.page("/oai?verb=ListRecords&metadataPrefix=col&from=2030-01-01T00:00:00Z", "oai-no-records.xml");

        SourceRun run = run("oai", Instant.parse("2030-01-01T00:00:00Z"), Map.of());

        assertThat(run.complete()).isTrue();
        assertThat(run.records()).isEmpty();
        assertThat(run.position().since()).as("the watermark stays where it was").isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
    }

    @Test
    void aCursorSeenBeforeStopsTheRunWithAnError() {
        server.page("/col/v1/records?limit=2", "json-page-1.json").page("/col/v1/records?limit=2&cursor=c2", "json-page-1.json");

        SourceRun run = run("json", null, Map.of());

        assertThat(run.complete()).isFalse();
        assertThat(run.polls()).isEqualTo(2);
        assertThat(run.failures()).singleElement().satisfies(f ->
                assertThat(f.reason()).isEqualTo("cursor loop: the feed's next cursor 'c2' was already followed in this run"));
    }

    @Test
    void anUnfetchableOrUnreadablePageEndsTheRunIncompleteWithTheReason() {
        server.page("/col/v1/records?limit=2", "json-page-1.json");
        SourceRun missing = run("json", null, Map.of());
        assertThat(missing.complete()).isFalse();
        assertThat(missing.records()).hasSize(3);
        assertThat(missing.failures()).extracting(FetchFailure::reason, FetchFailure::retriable)
                .containsExactly(tuple("HTTP 404 Not Found", false));

        server.page("/oai?verb=ListRecords&metadataPrefix=col", "oai-bad-token.xml");
        SourceRun bad = run("oai", null, Map.of());
        assertThat(bad.complete()).isFalse();
        assertThat(bad.failures()).extracting(FetchFailure::reason)
                .containsExactly("unreadable feed page: OAI-PMH error badResumptionToken: the resumptionToken 'tok-9' has expired");
    }

    @Test
    void badOptionsAreRefusedAtStartNamingSourceAndKey() {
        SourceConfig limit = config("json").withOptions(Map.of("limit", "5000"));
        assertThatThrownBy(() -> Connectors.byName("col-feed").newTask().start(limit, SourcePosition.start("r", null), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source 'peer': mcfed.sources.peer.options.limit must be a whole number from 1 to 1000, was '5000'");

        SourceConfig config = config("json").withOptions(Map.of("protocol", "soap"));
        assertThatThrownBy(() -> Connectors.byName("col-feed").newTask().start(config, SourcePosition.start("r", null), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source 'peer': mcfed.sources.peer.options.protocol must be json or oai, was 'soap'");

        SourceConfig prefix = config("oai").withOptions(Map.of("protocol", "oai", "metadataPrefix", "  "));
        assertThatThrownBy(() -> Connectors.byName("col-feed").newTask().start(prefix, SourcePosition.start("r", null), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source 'peer': mcfed.sources.peer.options.metadataPrefix must name an OAI-PMH metadata format such as col or oai_dc");
    }

    @Test
    void anOaiDcHarvestAsksForOaiDcAndReadsEachRecordInItsOwnForm() {
        server.page("/oai?verb=ListRecords&metadataPrefix=oai_dc", "oai-col-xml.xml");

        SourceRun run = SourceRun.harvest(Connectors.byName("col-feed").newTask(),
                config("oai").withOptions(Map.of("protocol", "oai", "metadataPrefix", "oai_dc")), SourcePosition.start("run-1", null), Map.of(), 5);

        assertThat(run.complete()).isTrue();
        assertThat(run.records()).extracting(RawRecord::localId, RawRecord::contentType, RawRecord::url).containsExactly(
                tuple("hkqr:22/000567/L4", "application/xml",
                        server.base() + "/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=hkqr%3A22%2F000567%2FL4"),
                tuple("mqa:MQA/SWA 0123", "application/xml",
                        server.base() + "/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=mqa%3AMQA%2FSWA+0123"));
    }
}
