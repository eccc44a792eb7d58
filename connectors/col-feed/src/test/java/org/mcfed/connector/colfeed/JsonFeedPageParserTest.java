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

class JsonFeedPageParserTest {

    private static final URI PAGE = URI.create("https://pqr.example/col/v1/records?limit=100&cursor=c2");
    private final JsonFeedPageParser parser = new JsonFeedPageParser();

    @Test
    void readsRecordsVerbatimDeletionsAndTheNextCursor() throws Exception {
        FeedPage page = parser.parse(PAGE, Fixtures.bytes("json-page-1.json"));

        assertThat(page.next()).isEqualTo("c2");
        assertThat(page.entries()).extracting(FeedEntry::id, FeedEntry::at, FeedEntry::deleted).containsExactly(
                org.assertj.core.groups.Tuple.tuple("pqr:000123", Instant.parse("2025-03-01T10:00:00Z"), false),
                org.assertj.core.groups.Tuple.tuple("pqr:000124", Instant.parse("2025-03-01T10:00:00Z"), false),
                org.assertj.core.groups.Tuple.tuple("pqr:000099", Instant.parse("2025-03-01T09:00:00Z"), true));
        assertThat(ColJson.mapper().readTree(page.entries().get(0).payload()))
                .isEqualTo(ColJson.mapper().readTree(Fixtures.text("record-pqr-000123.json")));
        assertThat(page.entries().get(2).payload()).isNull();
    }

    @Test
    void theLastPageHasNoCursor() throws Exception {
        FeedPage page = parser.parse(PAGE, Fixtures.bytes("json-page-2.json"));

        assertThat(page.next()).isNull();
        assertThat(page.entries()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("nzqa:4116-2");
            assertThat(e.at()).isEqualTo(Instant.parse("2025-03-02T08:30:15.250Z"));
        });
    }

    @Test
    void aNumericCursorIsFollowedLikeAnyOther() throws Exception {
        assertThat(parser.parse(PAGE, "{\"records\":[],\"next\":3}".getBytes()).next()).isEqualTo("3");
        assertThat(parser.parse(PAGE, "{\"records\":[],\"next\":\" \"}".getBytes()).next()).isNull();
    }

    @Test
    void pagesThatCannotBeReadSayWhy() {
        assertThatThrownBy(() -> parser.parse(PAGE, "<html>maintenance</html>".getBytes()))
                .isInstanceOf(PageParseException.class).hasMessageStartingWith("feed page is not JSON: ");
        assertThatThrownBy(() -> parser.parse(PAGE, "{\"items\":[]}".getBytes()))
                .isInstanceOf(PageParseException.class).hasMessage("feed page has no 'records' array");
    }

    @Test
    void aBadItemCostsThatItemOnlyAndIsNamedWhereItStands() throws Exception {
        FeedPage page = parser.parse(PAGE, Fixtures.bytes("json-bad-items.json"));

        assertThat(page.next()).as("the next page is still followed").isEqualTo("c3");
        assertThat(page.entries()).extracting(FeedEntry::id, FeedEntry::at, FeedEntry::deleted, FeedEntry::problems).containsExactly(
                tuple("pqr:000200", Instant.parse("2025-03-01T10:00:00Z"), false, List.of()),
                tuple("202", Instant.parse("2025-03-01T10:00:00Z"), false, List.of("feed item 202: id is a JSON number, not a string")),
                tuple("pqr:000203", null, false, List.of("feed item pqr:000203: updatedAt '31/02/2026' is not an ISO-8601 instant")),
                tuple("pqr:000204", null, false, List.of("feed item pqr:000204: updatedAt is a JSON number, not an ISO-8601 instant")),
                tuple("pqr:000205", Instant.parse("2025-03-01T10:00:00Z"), false, List.of()),
                tuple("pqr:000099", Instant.parse("2025-03-01T09:00:00Z"), true, List.of()),
                tuple("pqr:000098", null, true, List.of()));
        assertThat(ColJson.mapper().readTree(page.entries().get(2).payload()).path("title").path("ms").asText())
                .as("a bad item keeps what the feed said, for the reject").isEqualTo("Asas Pemasangan Panel Solar");
        assertThat(page.problems()).extracting(ItemProblem::item, ItemProblem::id, ItemProblem::problem).containsExactly(
                tuple("records[1]", null, "a JSON string, not a record object"),
                tuple("records[2]", null, "no id"),
                tuple("records[3]", "202", "id is a JSON number, not a string"),
                tuple("records[4]", "pqr:000203", "updatedAt '31/02/2026' is not an ISO-8601 instant"),
                tuple("records[5]", "pqr:000204", "updatedAt is a JSON number, not an ISO-8601 instant"),
                tuple("deleted[1]", null, "no id"),
                tuple("deleted[2]", "pqr:000098", "deletedAt 'soon' is not an ISO-8601 instant (deleted all the same)"));
        assertThat(page.problems()).extracting(ItemProblem::page).containsOnly(PAGE.toString());
    }
}
