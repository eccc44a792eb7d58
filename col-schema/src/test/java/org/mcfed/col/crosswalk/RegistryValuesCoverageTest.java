package org.mcfed.col.crosswalk;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The values the four registries (docs/sources) and the registry-sandbox publish map to codes:
 * field codes and names, languages and countries as they appear on their pages.
 */
class RegistryValuesCoverageTest {

    private final Crosswalks cw = Crosswalks.standard();

    @ParameterizedTest
    @ValueSource(strings = {"010301", "020103", "020113", "020199", "020305", "030101", "030111", "030303", "030711", "030717",
            "039901", "040301", "040327", "050101", "050103", "050301", "050901", "060301", "060901", "061301", "069999",
            "070101", "070199", "080301", "080305", "080505", "080901", "090701", "091501", "091503", "099901", "100301",
            "110101", "110111", "110301", "110305", "120505"})
    void nzscedCodesMapThroughTheirNarrowField(String code) {
        assertThat(cw.fields().iscedF("NZSCED", code)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0111", "0114", "0211", "0231", "0232", "0411", "0413", "0414", "0416", "0421", "0521", "0541",
            "0611", "0612", "0613", "0713", "0714", "0715", "0732", "0811", "0912", "0913", "1013", "1015", "1041"})
    void necCodesAreIscedFDetailedFields(String code) {
        assertThat(cw.fields().iscedF("NEC", code)).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Agriculture and Fishery", "Architecture and Town Planning", "Arts, Design and Performing Arts",
            "Business and Management", "Computer Science and Information Technology", "Education", "Engineering and Technology",
            "Environmental Studies and Natural Resources", "Languages and Related Studies", "Law",
            "Mass Communication and Documentation", "Medicine, Dentistry and Health Sciences", "Personal Development",
            "Sciences", "Services", "Social Sciences", "Humanities"})
    void hkqrAreasOfStudyAndTraining(String area) {
        assertThat(cw.fields().iscedF("HKQR-AoST", area)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Natural and Physical Sciences", "Information Technology", "Engineering and Related Technologies",
            "Architecture and Building", "Agriculture, Environmental and Related Studies", "Health", "Education",
            "Management and Commerce", "Society and Culture", "Creative Arts", "Food, Hospitality and Personal Services",
            "Mixed Field Programmes"})
    void ascedBroadFieldNamesOfMicrocredSeeker(String studyArea) {
        assertThat(cw.fields().iscedF("ASCED", studyArea)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"English", "Te reo Māori", "Bahasa Melayu", "Bahasa Inggeris", "Chinese", "Cantonese", "Putonghua"})
    void languagesAsPublished(String name) {
        assertThat(cw.languages().iso6393(name)).matches("[a-z]{3}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hong Kong", "香港", "United Kingdom", "英國", "Australia", "澳洲", "New Zealand", "Malaysia"})
    void countriesAsPublished(String name) {
        assertThat(cw.countries().iso3166(name)).matches("[A-Z]{2}");
    }
}
