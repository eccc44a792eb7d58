package org.mcfed.connector.microcred;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcfed.connector.microcred.Fixtures.LISTING;
import static org.mcfed.connector.microcred.Fixtures.page;

class MicrocredListingParserTest {

    private final MicrocredListingParser parser = new MicrocredListingParser();

    @Test
    void readsCardsWithTheIdEndingTheSlugAndTheNextLink() {
        MicrocredListingParser.Listing listing = parser.parse(page("listing-page-1.html", LISTING));

        assertThat(listing.entries()).containsExactly(
                new MicrocredListingParser.Entry(new CourseSlug("cyber-security-foundations-for-business-professionals-1042", "1042"),
                        "https://microcred.example/course/cyber-security-foundations-for-business-professionals-1042"),
                new MicrocredListingParser.Entry(new CourseSlug("wiradjuri-language-culture-77", "77"),
                        "https://microcred.example/course/wiradjuri-language-culture-77/"));
        assertThat(listing.next()).isEqualTo("https://microcred.example/courses?page=2");
        assertThat(listing.problems()).containsExactly("course card without a /course/{slug}-{id} link: Broken card?");
    }

    @Test
    void theLastPageHasNoNextLink() {
        MicrocredListingParser.Listing listing = parser.parse(page("listing-last.html", LISTING));

        assertThat(listing.entries()).extracting(e -> e.slug().localId()).containsExactly("5");
        assertThat(listing.next()).isNull();
    }

    @Test
    void aPageWithoutCardsSaysSo() {
        MicrocredListingParser.Listing listing = parser.parse(page("not-a-course-page.html", LISTING));

        assertThat(listing.entries()).isEmpty();
        assertThat(listing.problems()).containsExactly("no course cards (article.course-card) on the listing page");
    }
}
