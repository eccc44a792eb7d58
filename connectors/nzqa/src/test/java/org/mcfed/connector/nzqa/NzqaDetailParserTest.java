package org.mcfed.connector.nzqa;

import org.junit.jupiter.api.Test;
import org.mcfed.connector.page.PageParseException;

import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What each fixture page states, exactly, as raw fields. */
class NzqaDetailParserTest {

    @Test
    void theSpecsExamplePage() throws Exception {
        assertThat(Fixtures.fields("example.html")).containsExactly(
                entry("reference", List.of("4116")),
                entry("version", List.of("2")),
                entry("title", List.of("Introduction to Commercial Road Transport")),
                entry("level", List.of("3")),
                entry("credits", List.of("10")),
                entry("nzsced", List.of("039901 – Transport Operations")),
                entry("provider", List.of("MITO New Zealand Incorporated")),
                entry("status", List.of("Current")),
                entry("approvalDate", List.of("20 January 2020")),
                entry("reviewDate", List.of("20 January 2026")),
                entry("purpose", List.of("For people new to the road transport industry who want to work safely as drivers' assistants.")),
                entry("outcomes", List.of("Describe the commercial road transport industry", "Apply safe work practices around heavy vehicles")),
                entry("assessment", List.of("Workplace observation and a written assessment.")),
                entry("deliveryMode", List.of("Blended")),
                entry("teHonoOTeKahurangi", List.of("No")));
    }

    @Test
    void everyLabelVariantInAnyOrderCaseAndSpacing() throws Exception {
        Map<String, List<String>> f = Fixtures.fields("label-variants.html");
        assertThat(f).containsExactly(
                entry("reference", List.of("5021")),
                entry("version", List.of("1")),
                entry("title", List.of("Diagnostic Imaging Safety & Radiation Protection")),
                entry("level", List.of("5")),
                entry("credits", List.of("15")),
                entry("nzsced", List.of("061999")),
                entry("provider", List.of("Te Pūkenga – New Zealand Institute of Skills and Technology")),
                entry("providerNumber", List.of("6022")),
                entry("developer", List.of("Toi Ohomai Institute of Technology")),
                entry("status", List.of("Approved")),
                entry("approvalDate", List.of("3 May 2023")),
                entry("reviewPeriod", List.of("3 years")),
                entry("purpose", List.of("For radiography assistants.", "Graduates work under supervision in imaging departments.")),
                entry("outcomes", List.of("Apply radiation safety principles", "Prepare patients for imaging")),
                entry("assessment", List.of("Practical demonstration and a portfolio of evidence.")),
                entry("deliveryMode", List.of("Face to face")),
                entry("standards", List.of("29631 – Demonstrate knowledge of radiation safety")),
                entry("language", List.of("English")),
                entry("pathways", List.of("Stackable towards New Zealand Certificate in Health and Wellbeing (Level 4)")));
    }

    @Test
    void maoriTextIsKeptIntact() throws Exception {
        Map<String, List<String>> f = Fixtures.fields("maori.html");
        assertThat(f.get("title")).containsExactly("He Tīmatanga ki te Reo Māori");
        assertThat(f.get("purpose")).containsExactly("Mō te whānau, te hapū me te iwi e hiahia ana ki te kōrero i te reo.");
        assertThat(f.get("nzsced")).containsExactly("091503 – Māori Language");
        assertThat(f.get("language")).containsExactly("Te reo Māori");
        assertThat(f.get("developer")).as("the plain Developer label").containsExactly("Te Taura Whiri i te Reo Māori");
    }

    @Test
    void aWindows1252PageIsDecodedByItsDeclaredCharset() throws Exception {
        Map<String, List<String>> f = Fixtures.fields("windows-1252.html");
        assertThat(f.get("title")).containsExactly("Café Service – Front of House");
        assertThat(f.get("provider")).containsExactly("Hospitality “NZ” Training Trust");
        assertThat(f.get("purpose")).containsExactly("For café staff – naïve beginners welcome.");
    }

    @Test
    void missingAndEmptyValuesAreAbsent() throws Exception {
        assertThat(Fixtures.fields("missing-fields.html")).containsExactly(
                entry("reference", List.of("4702")),
                entry("version", List.of("1")),
                entry("title", List.of("Forklift Operation")),
                entry("provider", List.of("Competenz")));
    }

    @Test
    void garbageValuesAreKeptAsStatedForTheMapperToJudge() throws Exception {
        Map<String, List<String>> f = Fixtures.fields("garbage-values.html");
        assertThat(f.get("level")).containsExactly("Level 4");
        assertThat(f.get("credits")).containsExactly("Fifteen");
        assertThat(f.get("approvalDate")).containsExactly("2021/13/45");
    }

    @Test
    void theTitleFallsBackToTheHeadingButAPageWithNeitherHasNone() throws Exception {
        assertThat(Fixtures.fields("missing-title.html")).doesNotContainKey("title");
    }

    @Test
    void aPageWithoutADetailsListIsAParseFailureWithItsReason() {
        assertThatThrownBy(() -> Fixtures.fields("no-details.html"))
                .isInstanceOf(PageParseException.class)
                .hasMessage("no details list (dl.mc-details) on the detail page");
    }
}
