package org.mcfed.connector.colfeed;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The page addresses of both protocols, under a base URL with or without a trailing slash (another mcfed: its index-service root). */
class FeedProtocolUrlsTest {

    private static final Instant SINCE = Instant.parse("2025-03-01T10:00:00.750Z");

    @Test
    void jsonFeedPagesCarrySinceLimitAndTheEncodedCursor() {
        JsonFeedProtocol json = new JsonFeedProtocol(URI.create("http://peer.example:8080/"), 200);

        assertThat(json.firstPage(null)).hasToString("http://peer.example:8080/col/v1/records?limit=200");
        assertThat(json.firstPage(SINCE)).hasToString("http://peer.example:8080/col/v1/records?limit=200&since=2025-03-01T10:00:00.750Z");
        assertThat(json.nextPage("a+b/c=", SINCE))
                .hasToString("http://peer.example:8080/col/v1/records?limit=200&since=2025-03-01T10:00:00.750Z&cursor=a%2Bb%2Fc%3D");
    }

    @Test
    void oaiListRecordsAsksFromInWholeSecondsAndThenOnlyTheToken() {
        OaiProtocol oai = new OaiProtocol(URI.create("https://registry.example/pqr"), "col", "country:PH");

        assertThat(oai.firstPage(null)).hasToString("https://registry.example/pqr/oai?verb=ListRecords&metadataPrefix=col&set=country%3APH");
        assertThat(oai.firstPage(SINCE))
                .hasToString("https://registry.example/pqr/oai?verb=ListRecords&metadataPrefix=col&from=2025-03-01T10:00:00Z&set=country%3APH");
        assertThat(oai.nextPage("tok|2 3", SINCE)).hasToString("https://registry.example/pqr/oai?verb=ListRecords&resumptionToken=tok%7C2+3");
        assertThat(oai.itemUrl("nzqa:4116-2", null))
                .isEqualTo("https://registry.example/pqr/oai?verb=GetRecord&metadataPrefix=col&identifier=nzqa%3A4116-2");
    }
}
