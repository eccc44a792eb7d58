package org.mcfed.connector.colfeed;

import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.pipeline.ItemProblem;
import org.mcfed.connector.page.PageParseException;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class OaiPageParserTest {

    private static final URI PAGE = URI.create("https://pqr.example/oai?verb=ListRecords&resumptionToken=tok-2");
    private final OaiPageParser parser = new OaiPageParser();

    @Test
    void readsRecordsDeletedHeadersAndTheResumptionToken() throws Exception {
        FeedPage page = parser.parse(PAGE, Fixtures.bytes("oai-page-1.xml"));

        assertThat(page.next()).isEqualTo("tok-2");
        assertThat(page.entries()).extracting(FeedEntry::id, FeedEntry::at, FeedEntry::deleted).containsExactly(
                tuple("pqr:000123", Instant.parse("2025-03-01T10:00:00Z"), false),
                tuple("pqr:000124", Instant.parse("2025-03-01T10:00:00Z"), false),
                tuple("pqr:000099", Instant.parse("2025-03-01T09:00:00Z"), true));
        assertThat(ColJson.mapper().readTree(page.entries().get(0).payload()))
                .isEqualTo(ColJson.mapper().readTree(Fixtures.text("record-pqr-000123.json")));
    }

    @Test
    void anEmptyResumptionTokenEndsTheList() throws Exception {
        FeedPage page = parser.parse(PAGE, Fixtures.bytes("oai-page-2.xml"));

        assertThat(page.next()).isNull();
        assertThat(page.entries()).extracting(FeedEntry::id, FeedEntry::at)
                .containsExactly(tuple("nzqa:4116-2", Instant.parse("2025-03-02T08:30:15Z")));
    }

    @Test
    void noRecordsMatchIsAnEmptyList() throws Exception {
        FeedPage page = parser.parse(PAGE, Fixtures.bytes("oai-no-records.xml"));

        assertThat(page.entries()).isEmpty();
        assertThat(page.next()).isNull();
    }

    @Test
    void otherOaiErrorsAreParseFailuresWithTheCode() {
        assertThatThrownBy(() -> parser.parse(PAGE, Fixtures.bytes("oai-bad-token.xml")))
                .isInstanceOf(PageParseException.class)
                .hasMessage("OAI-PMH error badResumptionToken: the resumptionToken 'tok-9' has expired");
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedSoNoEntityIsResolved() {
        assertThatThrownBy(() -> parser.parse(PAGE, Fixtures.bytes("oai-xxe.xml")))
                .isInstanceOf(PageParseException.class)
                .hasMessageStartingWith("OAI-PMH response is not well-formed XML: ")
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void aBadRecordCostsThatRecordOnlyAndIsNamedWhereItStands() throws Exception {
        FeedPage page = parser.parse(PAGE, Fixtures.bytes("oai-bad-items.xml"));

        assertThat(page.next()).as("the resumptionToken is still followed").isEqualTo("tok-3");
        assertThat(page.entries()).extracting(FeedEntry::id, FeedEntry::deleted, FeedEntry::problems).containsExactly(
                tuple("pqr:000300", false, List.of()),
                tuple("pqr:000303", false, List.of("OAI-PMH record pqr:000303: datestamp '01/03/2025' is not an ISO-8601 instant")),
                tuple("pqr:000304", false, List.of("OAI-PMH record pqr:000304: its COL JSON does not parse: "
                        + page.entries().get(2).problems().get(0).substring("OAI-PMH record pqr:000304: its COL JSON does not parse: ".length()))),
                tuple("pqr:000099", true, List.of()),
                tuple("pqr:000305", false, List.of("OAI-PMH record pqr:000305 carries {urn:example:other}thing, neither a COL record nor oai_dc")),
                tuple("pqr:000306", false, List.of("OAI-PMH record pqr:000306 has no metadata")));
        assertThat(page.entries().get(0).payload()).as("CDATA read as text")
                .isEqualTo("{\"id\": \"pqr:000300\", \"title\": {\"en\": \"Cold Chain Logistics & Safety\"}, \"updatedAt\": \"2025-03-01T10:00:00Z\"}");
        assertThat(page.entries().get(3).at()).as("day granularity").isEqualTo(Instant.parse("2025-03-01T00:00:00Z"));
        assertThat(page.entries().get(2).payload()).as("the broken metadata is kept for the reject").contains("Cut off");
        assertThat(page.problems()).extracting(ItemProblem::item, ItemProblem::id).containsExactly(
                tuple("record[1]", null), tuple("record[2]", null), tuple("record[3]", "pqr:000303"),
                tuple("record[4]", "pqr:000304"), tuple("record[6]", "pqr:000305"), tuple("record[7]", "pqr:000306"));
        assertThat(page.problems().get(0).problem()).isEqualTo("no header");
        assertThat(page.problems().get(1).problem()).isEqualTo("header without an identifier");
    }

    @Test
    void aRecordThatIsNotWellFormedCostsThatRecordOnly() throws Exception {
        FeedPage page = parser.parse(PAGE, Fixtures.bytes("oai-broken-record.xml"));

        assertThat(page.next()).isEqualTo("tok&4");
        assertThat(page.entries()).extracting(FeedEntry::id, FeedEntry::unreadable).containsExactly(
                tuple("pqr:000400", false), tuple("pqr:000401", true), tuple("pqr:000403", false));
        assertThat(page.entries().get(1).problems()).singleElement().asString()
                .startsWith("OAI-PMH record pqr:000401 is not well-formed XML: ");
        assertThat(page.entries().get(1).payload()).as("kept for the reject").contains("Health & Safety");
        assertThat(page.entries().get(0).payload()).contains("Food Safety &amp; Hygiene");
        assertThat(page.problems()).extracting(ItemProblem::item, ItemProblem::id)
                .containsExactly(tuple("record[1]", "pqr:000401"), tuple("record[2]", null));
    }

    @Test
    void aPageCutShortIsNotReadHalfSoTheListDoesNotEndEarly() {
        assertThatThrownBy(() -> parser.parse(PAGE, Fixtures.bytes("oai-cut-short.xml")))
                .isInstanceOf(PageParseException.class)
                .hasMessageStartingWith("OAI-PMH response is not well-formed XML: ");
    }

    @Test
    void colXmlElementsAndDublinCoreAreKeptAsXmlWithTheirNamespaces() throws Exception {
        FeedPage page = parser.parse(PAGE, Fixtures.bytes("oai-col-xml.xml"));

        assertThat(page.problems()).isEmpty();
        assertThat(page.entries()).extracting(FeedEntry::id, FeedEntry::contentType, FeedEntry::at).containsExactly(
                tuple("hkqr:22/000567/L4", FeedEntry.XML, Instant.parse("2025-03-01T10:00:00Z")),
                tuple("mqa:MQA/SWA 0123", FeedEntry.XML, Instant.parse("2025-03-01T00:00:00Z")));
        assertThat(page.entries().get(0).payload()).startsWith("<record xmlns=\"urn:mcfed:col-record:v1\"");
        assertThat(page.entries().get(1).payload()).startsWith("<oai_dc:dc").contains("xmlns:d=\"http://purl.org/dc/elements/1.1/\"");
    }

    @Test
    void somethingElseThanOaiPmhIsRefused() {
        assertThatThrownBy(() -> parser.parse(PAGE, "<html><body>maintenance</body></html>".getBytes()))
                .isInstanceOf(PageParseException.class)
                .hasMessage("not an OAI-PMH 2.0 response (root element {null}html)");
    }
}
