package org.mcfed.connector.hkqr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcfed.connector.hkqr.Fixtures.EN_LISTING;
import static org.mcfed.connector.hkqr.Fixtures.page;

class HkqrListingParserTest {

    private final HkqrListingParser parser = new HkqrListingParser();

    @Test
    void readsRowsAndResolvesLinksAgainstThePageWhateverTheTitlesLanguage() {
        HkqrListingParser.Listing listing = parser.parse(page("listing-page-1.html", EN_LISTING));

        assertThat(listing.entries()).containsExactly(
                new HkqrListingParser.Entry("22/000567/L4",
                        "https://hkqr.example/HKQRPRD/web/hkqr-en/search/detail?regNo=22%2F000567%2FL4"),
                new HkqrListingParser.Entry("24/001234/L2",
                        "https://hkqr.example/HKQRPRD/web/hkqr-en/search/detail?regNo=24%2F001234%2FL2"),
                new HkqrListingParser.Entry("23/000321/L2",
                        "https://hkqr.example/HKQRPRD/web/hkqr-en/search/detail?regNo=23%2F000321%2FL2"));
        assertThat(listing.next()).isEqualTo("https://hkqr.example/HKQRPRD/web/hkqr-en/search/result?page=2&maxCredit=59");
        assertThat(listing.problems()).isEmpty();
    }

    @Test
    void theLastPageHasNoNextLink() {
        HkqrListingParser.Listing listing = parser.parse(page("listing-last.html", EN_LISTING));

        assertThat(listing.entries()).extracting(HkqrListingParser.Entry::regNo).containsExactly("19/000101/L3");
        assertThat(listing.next()).isNull();
    }

    @Test
    void aPageWithoutTheResultTableSaysSo() {
        HkqrListingParser.Listing listing = parser.parse(page("not-a-detail-page.html", EN_LISTING));

        assertThat(listing.entries()).isEmpty();
        assertThat(listing.problems()).containsExactly("no search result table (table#qr-result) on the listing page");
    }
}
