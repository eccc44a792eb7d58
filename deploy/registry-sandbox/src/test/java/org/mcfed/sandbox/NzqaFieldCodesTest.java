package org.mcfed.sandbox;

import org.junit.jupiter.api.Test;
import org.mcfed.col.crosswalk.Crosswalks;
import org.mcfed.col.crosswalk.FieldCrosswalk;
import org.mcfed.sandbox.core.Lexicon;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every NZSCED code/name pair the NZQA site can serve (the rows of {@code nzqa-topics}) must be a real
 * detailed field whose code agrees with its name: a code that resolves through the project's own
 * ASCED/NZSCED crosswalk to a different ISCED-F broad field than the name's subject is a mislabelled
 * pair (the sandbox once served {@code 030101 – Forestry}, which the crosswalk reads as manufacturing
 * engineering). The expected broad fields below are written from the names, independently of the codes.
 */
class NzqaFieldCodesTest {

    /** NZSCED detailed-field name -> the ISCED-F 2013 broad field its subject belongs to. */
    private static final Map<String, String> BROAD_BY_NAME = Map.ofEntries(
            entry("Programming", "06"),
            entry("Networks and Communications", "06"),
            entry("Computer Science, n.e.c.", "06"),
            entry("Information Technology, n.e.c.", "06"),
            entry("Automotive Vehicle Operations", "07"),
            entry("Automotive Electrics and Electronics", "07"),
            entry("Boilermaking and Welding", "07"),
            entry("Electrical Fitting, Electrical Mechanics", "07"),
            entry("Plumbing", "07"),
            entry("Building Construction Management", "07"),
            entry("Carpentry and Joinery", "07"),
            entry("Agricultural Science", "08"),
            entry("Animal Husbandry", "08"),
            entry("Horticulture", "08"),
            entry("Forestry Studies", "08"),
            entry("Aquaculture", "08"),
            // environmental studies is a natural science in ISCED-F (052 Environment)
            entry("Environmental Studies, n.e.c.", "05"),
            entry("Indigenous Health", "09"),
            entry("Health, n.e.c.", "09"),
            // the crosswalk maps ASCED 0613 Public Health to ISCED-F 091 (health) as a whole
            entry("Occupational Health and Safety", "09"),
            entry("Care for the Aged", "09"),
            entry("Social Work", "09"),
            entry("Teacher Education: Early Childhood", "01"),
            entry("Teacher Education, n.e.c.", "01"),
            entry("Business Management", "04"),
            entry("Quality Management", "04"),
            entry("Sales", "04"),
            entry("Accountancy", "04"),
            entry("Language and Literature, n.e.c.", "02"),
            entry("Indigenous Studies", "03"),
            // ISCED-F 1032 Protection of persons and property
            entry("Justice and Law Enforcement, n.e.c.", "10"),
            entry("Hospitality", "10"),
            entry("Food and Beverage Service", "10"),
            entry("Food Hygiene", "10"),
            entry("Music", "02"));

    private final FieldCrosswalk fields = Crosswalks.standard().fields();
    private final List<String[]> topics = Lexicon.rows("nzqa-topics");

    @Test
    void everyServedCodeResolvesToTheIscedFBroadFieldOfItsName() {
        assertThat(topics).isNotEmpty();
        for (String[] t : topics) {
            String code = t[0];
            String name = t[1];
            assertThat(code).as("NZSCED detailed field code of '%s'", name).matches("\\d{6}");
            assertThat(BROAD_BY_NAME).as("expected domain for '%s'", name).containsKey(name);
            String isced = fields.iscedF("NZSCED", code);
            assertThat(isced).as("%s – %s resolves in field-asced-iscedf.csv", code, name).isNotNull();
            assertThat(fields.isIscedF(isced)).isTrue();
            // the six-digit code must resolve through its narrow field, not fall back to the broad one
            assertThat(fields.iscedF("NZSCED", code.substring(0, 4)))
                    .as("narrow field %s of %s – %s", code.substring(0, 4), code, name).isEqualTo(isced);
            assertThat(isced.substring(0, 2))
                    .as("%s – %s maps to ISCED-F %s (%s)", code, name, isced, fields.iscedFLabel(isced))
                    .isEqualTo(BROAD_BY_NAME.get(name));
        }
    }

    @Test
    void aCodeAlwaysCarriesTheSameName() {
        Map<String, String> nameByCode = new TreeMap<>();
        for (String[] t : topics) {
            String previous = nameByCode.putIfAbsent(t[0], t[1]);
            assertThat(previous == null ? t[1] : previous).as("name of %s", t[0]).isEqualTo(t[1]);
        }
    }

    @Test
    void theCheckCatchesTheOldMislabelledPairs() {
        // 030101 is Manufacturing Engineering and 080901 Secretarial and Clerical Studies: the names they
        // were once served with belong to other broad fields, and this test's rule tells them apart
        assertThat(fields.iscedF("NZSCED", "030101").substring(0, 2)).isNotEqualTo(BROAD_BY_NAME.get("Forestry Studies"));
        assertThat(fields.iscedF("NZSCED", "050501").substring(0, 2)).isEqualTo(BROAD_BY_NAME.get("Forestry Studies"));
        assertThat(fields.iscedF("NZSCED", "080901")).isNotEqualTo(fields.iscedF("NZSCED", "080101"));
    }
}
