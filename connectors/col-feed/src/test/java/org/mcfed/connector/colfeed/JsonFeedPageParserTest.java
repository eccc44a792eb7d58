package org.mcfed.connector.colfeed;

import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.connector.page.PageParseException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonFeedPageParserTest {

    private final JsonFeedPageParser parser = new JsonFeedPageParser();

    @Test
    void readsRecordsVerbatimDeletionsAndTheNextCursor() throws Exception {
        FeedPage page = parser.parse(Fixtures.bytes("json-page-1.json"));

        assertThat(page.next()).isEqualTo("c2");
        assertThat(page.entries()).extracting(FeedEntry::id, FeedEntry::at, FeedEntry::deleted).containsExactly(
                org.assertj.core.groups.Tuple.tuple("pqr:000123", Instant.parse("2025-03-01T10:00:00Z"), false),
                org.assertj.core.groups.Tuple.tuple("pqr:000124", Instant.parse("2025-03-01T10:00:00Z"), false),
                org.assertj.core.groups.Tuple.tuple("pqr:000099", Instant.parse("2025-03-01T09:00:00Z"), true));
        assertThat(ColJson.mapper().readTree(page.entries().get(0).json()))
                .isEqualTo(ColJson.mapper().readTree(Fixtures.text("record-pqr-000123.json")));
        assertThat(page.entries().get(2).json()).isNull();
    }

    @Test
    void theLastPageHasNoCursor() throws Exception {
        FeedPage page = parser.parse(Fixtures.bytes("json-page-2.json"));

        assertThat(page.next()).isNull();
        assertThat(page.entries()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("nzqa:4116-2");
            assertThat(e.at()).isEqualTo(Instant.parse("2025-03-02T08:30:15.250Z"));
        });
    }

    @Test
    void pagesThatCannotBeReadSayWhy() {
        assertThatThrownBy(() -> parser.parse("<html>maintenance</html>".getBytes()))
                .isInstanceOf(PageParseException.class).hasMessageStartingWith("feed page is not JSON: ");
        assertThatThrownBy(() -> parser.parse("{\"items\":[]}".getBytes()))
                .isInstanceOf(PageParseException.class).hasMessage("feed page has no 'records' array");
        assertThatThrownBy(() -> parser.parse(Fixtures.bytes("json-record-without-id.json")))
                .isInstanceOf(PageParseException.class).hasMessage("feed record #0 has no id");
        assertThatThrownBy(() -> parser.parse(Fixtures.bytes("json-bad-updated-at.json")))
                .isInstanceOf(PageParseException.class)
                .hasMessage("feed item pqr:000123 has updatedAt 'yesterday', not an ISO-8601 instant");
    }
}
