package org.mcfed.connector.mqa;

import org.junit.jupiter.api.Test;
import org.mcfed.connector.page.PageParseException;

import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What each fixture page states, exactly, as raw fields. */
class MqaDetailParserTest {

    @Test
    void theSpecsExamplePage() throws Exception {
        assertThat(Fixtures.english("example.html")).containsExactly(
                entry("provider", List.of("UNIVERSITI CONTOH MALAYSIA")),
                entry("previousName", List.of("KOLEJ UNIVERSITI CONTOH")),
                entry("title", List.of("Micro-credential in Data Analytics with Python")),
                entry("reference", List.of("MQA/SWA 0123")),
                entry("accreditationDate", List.of("15/06/2023")),
                entry("validity", List.of("15/06/2023 - 14/06/2026")),
                entry("mqfLevel", List.of("6")),
                entry("nec", List.of("0613 - Software and applications development and analysis")),
                entry("credits", List.of("3")),
                entry("notionalHours", List.of("120")),
                entry("studyMode", List.of("Part Time")),
                entry("deliveryMode", List.of("Open and Distance Learning")),
                entry("duration", List.of("8 week/s")),
                entry("language", List.of("English")),
                entry("outcomes", List.of("Clean and explore data with pandas", "Communicate findings with charts")),
                entry("remarks", List.of("Stackable towards Bachelor of Computer Science (Hons) (N/481/6/0123)")));
    }

    @Test
    void everyLabelVariantInAnyOrderCaseAndSpacing() throws Exception {
        assertThat(Fixtures.english("label-variants.html")).containsExactly(
                entry("provider", List.of("UNIVERSITI TEKNOLOGI SERI MAHKOTA")),
                entry("title", List.of("Micro-Credential: Cybersecurity Awareness")),
                entry("reference", List.of("MQA/SWA0311")),
                entry("certificateNumber", List.of("MC2024/00311")),
                entry("accreditationDate", List.of("01/03/2024")),
                entry("validity", List.of("01/03/2024 - 28/02/2027")),
                entry("mqfLevel", List.of("Level 4")),
                entry("nec", List.of("0612 - Database and network design and administration")),
                entry("credits", List.of("1.5")),
                entry("notionalHours", List.of("60")),
                entry("studyMode", List.of("Full Time")),
                entry("deliveryMode", List.of("Blended")),
                entry("duration", List.of("6 weeks")),
                entry("language", List.of("English and Bahasa Melayu")),
                entry("assessment", List.of("Online quiz (40%) and project (60%)")),
                entry("outcomes", List.of("Recognise common cyber threats", "Apply safe practices & policies")),
                entry("remarks", List.of("Offered every semester")));
    }

    @Test
    void theMalayPageByItsMalayLabels() throws Exception {
        Map<String, List<String>> f = Fixtures.malay("malay.html");
        assertThat(f).containsExactly(
                entry("provider.ms", List.of("UNIVERSITI CONTOH MALAYSIA")),
                entry("previousName.ms", List.of("KOLEJ UNIVERSITI CONTOH")),
                entry("title.ms", List.of("Mikrokredensial Analitik Data dengan Python")),
                entry("reference.ms", List.of("MQA/SWA 0123")),
                entry("accreditationDate.ms", List.of("15/06/2023")),
                entry("validity.ms", List.of("15/06/2023 - 14/06/2026")),
                entry("mqfLevel.ms", List.of("Tahap 6")),
                entry("nec.ms", List.of("0613 - Software and applications development and analysis")),
                entry("credits.ms", List.of("3")),
                entry("notionalHours.ms", List.of("120")),
                entry("studyMode.ms", List.of("Separuh Masa")),
                entry("deliveryMode.ms", List.of("Pembelajaran Terbuka dan Jarak Jauh")),
                entry("duration.ms", List.of("8 minggu")),
                entry("language.ms", List.of("Bahasa Melayu")),
                entry("assessment.ms", List.of("Kuiz dalam talian (40%) dan projek (60%)")),
                entry("outcomes.ms", List.of("Membersih dan meneroka data dengan pandas", "Menyampaikan dapatan dengan carta")),
                entry("remarks.ms", List.of("Boleh disusun ke arah Bachelor of Computer Science (Hons) (N/481/6/0123)")));
    }

    @Test
    void aWindows1252PageIsDecodedByItsDeclaredCharset() throws Exception {
        Map<String, List<String>> f = Fixtures.english("windows-1252.html");
        assertThat(f.get("title")).containsExactly("Micro-credential – Café Management for Naïve Beginners");
        assertThat(f.get("previousName")).containsExactly("INSTITUT CAFÉ & RESTORAN");
        assertThat(f.get("validity")).containsExactly("10/10/2024 – 09/10/2029");
        assertThat(f.get("outcomes")).containsExactly("Plan a café’s daily “mise en place”");
    }

    @Test
    void missingAndEmptyValuesAreAbsent() throws Exception {
        assertThat(Fixtures.english("missing-fields.html")).containsExactly(
                entry("provider", List.of("KOLEJ KOMUNITI BANDAR BARU")),
                entry("title", List.of("Micro-credential in Basic Welding")),
                entry("reference", List.of("MQA/SWA 0450")));
        assertThat(Fixtures.english("english-lacking-title.html")).doesNotContainKey("title");
    }

    @Test
    void aPageWithoutTheLabelTableIsAParseFailureWithItsReason() {
        assertThatThrownBy(() -> Fixtures.english("no-table.html"))
                .isInstanceOf(PageParseException.class)
                .hasMessage("no label/value table (td.label) on the detail page");
    }
}
