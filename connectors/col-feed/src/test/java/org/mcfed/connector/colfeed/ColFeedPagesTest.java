package org.mcfed.connector.colfeed;

import org.junit.jupiter.api.Test;
import org.mcfed.connector.RawRecord;

import java.net.URI;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ColFeedPagesTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void aJsonPageBecomesTheRawRecordsAHarvestEmits() throws Exception {
        URI url = URI.create("https://pqr.example/col/v1/records?limit=2");
        ColFeedPages.Page page = ColFeedPages.read(ColFeedPages.Protocol.JSON, Fixtures.bytes("json-page-1.json"), "pqr", url, NOW);

        assertThat(page.next()).isEqualTo("c2");
        assertThat(page.records()).extracting(RawRecord::localId, RawRecord::deleted, RawRecord::connector)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("pqr:000123", false, "col-feed"),
                        org.assertj.core.groups.Tuple.tuple("pqr:000124", false, "col-feed"),
                        org.assertj.core.groups.Tuple.tuple("pqr:000099", true, "col-feed"));
        RawRecord first = page.records().get(0);
        assertThat(first.source()).isEqualTo("pqr");
        assertThat(first.url()).isEqualTo(url.toString());
        assertThat(first.fetchedAt()).isEqualTo(NOW);
        assertThat(first.checksum()).startsWith("sha256:");
        assertThat(new ColFeedMapper().map(first).id()).isEqualTo("pqr:000123");
    }

    @Test
    void anOaiPageCarriesItsResumptionToken() throws Exception {
        ColFeedPages.Page page = ColFeedPages.read(ColFeedPages.Protocol.OAI, Fixtures.bytes("oai-page-1.xml"), "pqr",
                URI.create("https://pqr.example/oai?verb=ListRecords&metadataPrefix=col"), NOW);

        assertThat(page.next()).isEqualTo("tok-2");
        assertThat(page.records()).hasSize(3);
    }

    @Test
    void theNextJsonPageKeepsTheQueryAndReplacesTheCursor() {
        assertThat(ColFeedPages.nextPage(ColFeedPages.Protocol.JSON,
                URI.create("https://pqr.example/col/v1/records?limit=2&cursor=c1&since=2025-01-01T00:00:00Z"), "c 2"))
                .hasToString("https://pqr.example/col/v1/records?limit=2&since=2025-01-01T00:00:00Z&cursor=c+2");
    }

    @Test
    void theNextOaiPageAsksWithTheTokenAlone() {
        assertThat(ColFeedPages.nextPage(ColFeedPages.Protocol.OAI,
                URI.create("http://reg.example:8090/oai?verb=ListRecords&metadataPrefix=col&set=country:NZ"), "tok/2"))
                .hasToString("http://reg.example:8090/oai?verb=ListRecords&resumptionToken=tok%2F2");
    }
}
