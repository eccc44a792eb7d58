package org.mcfed.connector.mqa;

import org.junit.jupiter.api.Test;
import org.mcfed.connector.listing.ListingEntry;
import org.mcfed.connector.listing.ListingPage;
import org.mcfed.connector.page.PageParseException;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MqaListingParserTest {

    private static final URI PAGE = URI.create("http://localhost:8090/mqa/mqr/english/eakrmc.cfm?StartRow=26");

    @Test
    void harvestsOnlyMicroCredentialRowsWithTheirReferenceAsLocalId() throws Exception {
        ListingPage page = new MqaListingParser().parse(Fixtures.page("listing.html", PAGE));

        assertThat(page.entries()).containsExactly(
                new ListingEntry("MQA/SWA 0123", URI.create("http://localhost:8090/mqa/mqr/english/epapar.cfm?NoRujA=MQA%2FSWA+0123&IdAkrKP=1101"),
                        Map.of("listing.type", List.of("Micro-credential"))),
                new ListingEntry("MQA/SWA0124", URI.create("http://localhost:8090/mqa/mqr/english/epapar.cfm?NoRujA=MQA%2FSWA0124&IdAkrKP=1102"),
                        Map.of("listing.type", List.of("MICRO-CREDENTIAL"))),
                new ListingEntry("MQA/SWA 0125", URI.create("http://localhost:8090/mqa/mqr/english/epapar.cfm?NoRujA=MQA%2FSWA+0125&IdAkrKP=1104"),
                        Map.of("listing.type", List.of("Micro-credential"))));
        assertThat(page.skipped()).as("the Diploma and the Bachelor rows").isEqualTo(2);
        assertThat(page.next()).isEqualTo(URI.create("http://localhost:8090/mqa/mqr/english/eakrmc.cfm?StartRow=51"));
    }

    @Test
    void theLastPageHasNoNextLink() throws Exception {
        ListingPage page = new MqaListingParser().parse(Fixtures.page("listing-last.html", PAGE));
        assertThat(page.entries()).extracting(ListingEntry::localId).containsExactly("MQA/SWA 0620");
        assertThat(page.next()).isNull();
    }

    @Test
    void aPageWithoutTheListingTableIsUnreadable() {
        assertThatThrownBy(() -> new MqaListingParser().parse(Fixtures.page("no-table.html", PAGE)))
                .isInstanceOf(PageParseException.class)
                .hasMessage("no listing table with NAME OF QUALIFICATION and TYPE columns");
    }

    @Test
    void theMalayPageOfARecordIsItsEnglishPathWithoutEnglish() {
        assertThat(MqaTask.malayPage(URI.create("http://h/mqa/mqr/english/epapar.cfm?NoRujA=MQA%2FSWA+0123&IdAkrKP=1101")))
                .isEqualTo(URI.create("http://h/mqa/mqr/epapar.cfm?NoRujA=MQA%2FSWA+0123&IdAkrKP=1101"));
    }
}
