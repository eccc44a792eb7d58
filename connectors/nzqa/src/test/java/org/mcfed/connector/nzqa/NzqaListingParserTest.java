package org.mcfed.connector.nzqa;

import org.junit.jupiter.api.Test;
import org.mcfed.connector.listing.ListingEntry;
import org.mcfed.connector.listing.ListingPage;
import org.mcfed.connector.page.PageParseException;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NzqaListingParserTest {

    private static final URI PAGE_2 = URI.create("http://localhost:8090/nzqa/micro-credentials/register?page=2");

    @Test
    void readsRowsByTheirDetailLinksAndTheNextLink() throws Exception {
        ListingPage page = new NzqaListingParser().parse(Fixtures.page("listing-page-2.html", PAGE_2));

        assertThat(page.entries()).containsExactly(
                ListingEntry.of("4116-2", URI.create("http://localhost:8090/nzqa/micro-credentials/4116-2")),
                ListingEntry.of("5021-1", URI.create("http://localhost:8090/nzqa/micro-credentials/5021-1")));
        assertThat(page.skipped()).as("the note row has no detail link").isEqualTo(1);
        assertThat(page.next()).isEqualTo(URI.create("http://localhost:8090/nzqa/micro-credentials/register?page=3"));
    }

    @Test
    void theLastPageHasNoNextLink() throws Exception {
        ListingPage page = new NzqaListingParser().parse(Fixtures.page("listing-last-page.html", PAGE_2));
        assertThat(page.entries()).extracting(ListingEntry::localId).containsExactly("3750-4");
        assertThat(page.next()).isNull();
    }

    @Test
    void aPageWithoutTheRegisterTableIsUnreadable() {
        assertThatThrownBy(() -> new NzqaListingParser().parse(Fixtures.page("no-details.html", PAGE_2)))
                .isInstanceOf(PageParseException.class)
                .hasMessage("no register table (table.register) on the listing page");
    }
}
