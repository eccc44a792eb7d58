package org.mcfed.connector.colfeed;

import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.connector.page.PageParseException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class OaiPageParserTest {

    private final OaiPageParser parser = new OaiPageParser();

    @Test
    void readsRecordsDeletedHeadersAndTheResumptionToken() throws Exception {
        FeedPage page = parser.parse(Fixtures.bytes("oai-page-1.xml"));

        assertThat(page.next()).isEqualTo("tok-2");
        assertThat(page.entries()).extracting(FeedEntry::id, FeedEntry::at, FeedEntry::deleted).containsExactly(
                tuple("pqr:000123", Instant.parse("2025-03-01T10:00:00Z"), false),
                tuple("pqr:000124", Instant.parse("2025-03-01T10:00:00Z"), false),
                tuple("pqr:000099", Instant.parse("2025-03-01T09:00:00Z"), true));
        assertThat(ColJson.mapper().readTree(page.entries().get(0).json()))
                .isEqualTo(ColJson.mapper().readTree(Fixtures.text("record-pqr-000123.json")));
    }

    @Test
    void anEmptyResumptionTokenEndsTheList() throws Exception {
        FeedPage page = parser.parse(Fixtures.bytes("oai-page-2.xml"));

        assertThat(page.next()).isNull();
        assertThat(page.entries()).extracting(FeedEntry::id, FeedEntry::at)
                .containsExactly(tuple("nzqa:4116-2", Instant.parse("2025-03-02T08:30:15Z")));
    }

    @Test
    void noRecordsMatchIsAnEmptyList() throws Exception {
        FeedPage page = parser.parse(Fixtures.bytes("oai-no-records.xml"));

        assertThat(page.entries()).isEmpty();
        assertThat(page.next()).isNull();
    }

    @Test
    void otherOaiErrorsAreParseFailuresWithTheCode() {
        assertThatThrownBy(() -> parser.parse(Fixtures.bytes("oai-bad-token.xml")))
                .isInstanceOf(PageParseException.class)
                .hasMessage("OAI-PMH error badResumptionToken: the resumptionToken 'tok-9' has expired");
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedSoNoEntityIsResolved() {
        assertThatThrownBy(() -> parser.parse(Fixtures.bytes("oai-xxe.xml")))
                .isInstanceOf(PageParseException.class)
                .hasMessageStartingWith("OAI-PMH response is not well-formed XML: ")
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void metadataInAnotherFormatIsNotTakenForACOLRecord() {
        assertThatThrownBy(() -> parser.parse(Fixtures.bytes("oai-dc-instead-of-col.xml")))
                .isInstanceOf(PageParseException.class)
                .hasMessage("OAI-PMH record pqr:000123 carries no COL record as JSON in its metadata");
    }

    @Test
    void somethingElseThanOaiPmhIsRefused() {
        assertThatThrownBy(() -> parser.parse("<html><body>maintenance</body></html>".getBytes()))
                .isInstanceOf(PageParseException.class)
                .hasMessage("not an OAI-PMH 2.0 response (root element {null}html)");
    }
}
