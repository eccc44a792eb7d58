package org.mcfed.col.crosswalk;

import org.junit.jupiter.api.Test;
import org.mcfed.col.record.FieldOfEducation.SourceCode;

import static org.assertj.core.api.Assertions.assertThat;

class CrosswalkLookupTest {

    private final Crosswalks cw = Crosswalks.standard();

    @Test
    void hoursPerCreditPerSystem() {
        assertThat(cw.credits().hoursPerCredit("NZQCF")).isEqualTo(10.0);
        assertThat(cw.credits().hoursPerCredit("nzqf")).isEqualTo(10.0);
        assertThat(cw.credits().hoursPerCredit("MQF")).isEqualTo(40.0);
        assertThat(cw.credits().hoursPerCredit(" hkqf ")).isEqualTo(10.0);
        assertThat(cw.credits().hoursPerCredit("AQF")).isNull();
        assertThat(cw.credits().hoursPerCredit("ECTS")).isNull();
        assertThat(cw.credits().hoursPerCredit(null)).isNull();
    }

    @Test
    void nqfLevelsToIsced2011AsInColRecordMd() {
        LevelCrosswalk l = cw.levels();
        assertThat(l.isced("NZQCF", "3")).isEqualTo("3");
        assertThat(l.isced("NZQCF", "4")).isEqualTo("4");
        assertThat(l.isced("NZQCF", "6")).isEqualTo("5");
        assertThat(l.isced("NZQCF", "8")).isEqualTo("6");
        assertThat(l.isced("NZQCF", "10")).isEqualTo("8");
        assertThat(l.isced("MQF", "3")).isEqualTo("3");
        assertThat(l.isced("MQF", "4")).isEqualTo("5");
        assertThat(l.isced("MQF", "Level 6")).isEqualTo("6");
        assertThat(l.isced("HKQF", "2")).isEqualTo("2");
        assertThat(l.isced("HKQF", "3")).isEqualTo("3");
        assertThat(l.isced("HKQF", "4")).isEqualTo("5");
        assertThat(l.isced("HKQF", "7")).isEqualTo("8");
        assertThat(l.isced("AQF", "2")).isEqualTo("2");
        assertThat(l.isced("AQF", "8")).isEqualTo("6");
        assertThat(l.isced("Australian Qualifications Framework", "9")).isEqualTo("7");
    }

    @Test
    void levelsOutsideAFrameworkOrUnknownFrameworksGiveNull() {
        LevelCrosswalk l = cw.levels();
        assertThat(l.isced("HKQF", "8")).isNull();
        assertThat(l.isced("MQF", "9")).isNull();
        assertThat(l.isced("NZQCF", "0")).isNull();
        assertThat(l.isced("AU-NMF-Dreyfus", "Competent")).isNull();
        assertThat(l.isced("EQF", "5")).isNull();
        assertThat(l.isced("NZQCF", "five")).isNull();
        assertThat(l.isced(null, "5")).isNull();
    }

    @Test
    void aqrfOnlyForFrameworksReferencedToIt() {
        LevelCrosswalk l = cw.levels();
        assertThat(l.aqrf("MQF", "1")).isEqualTo("1");
        assertThat(l.aqrf("MQF", "6")).isEqualTo("6");
        assertThat(l.aqrf("MQF", "8")).isEqualTo("8");
        assertThat(l.aqrf("HKQF", "4")).isNull();
        assertThat(l.aqrf("NZQCF", "5")).isNull();
        assertThat(l.aqrf("AQF", "5")).isNull();
    }

    @Test
    void frameworkCorrespondences() {
        LevelCrosswalk l = cw.levels();
        for (int level = 1; level <= 10; level++) {
            assertThat(l.correspondingLevel("NZQCF", "" + level, "AQF")).isEqualTo("" + level);
            assertThat(l.correspondingLevel("AQF", "" + level, "NZQF")).isEqualTo("" + level);
        }
        assertThat(l.correspondingLevel("NZQCF", "10", "HKQF")).isEqualTo("7");
        assertThat(l.correspondingLevel("NZQCF", "6", "HKQF")).isEqualTo("4");
        assertThat(l.correspondingLevel("NZQCF", "5", "HKQF")).isEqualTo("4");
        assertThat(l.correspondingLevel("NZQCF", "4", "HKQF")).isEqualTo("3");
        assertThat(l.correspondingLevel("NZQCF", "8", "HKQF")).as("no agreement on NZQCF 8").isNull();
        assertThat(l.correspondingLevel("HKQF", "4", "NZQCF")).isNull();
        assertThat(l.correspondingLevel("MQF", "4", "AQF")).isNull();
    }

    @Test
    void fieldCodesToIscedF() {
        FieldCrosswalk f = cw.fields();
        assertThat(f.iscedF("NEC", "0613 - Software and applications development and analysis")).isEqualTo("0613");
        assertThat(f.iscedF("NEC", "0413")).isEqualTo("0413");
        assertThat(f.iscedF("NEC", "061")).isEqualTo("061");
        assertThat(f.iscedF("NEC", "Software and applications development and analysis")).isEqualTo("0613");
        assertThat(f.iscedF("NZSCED", "039901 – Transport Operations")).isEqualTo("07");
        assertThat(f.iscedF("NZSCED", "020113")).isEqualTo("0613");
        assertThat(f.iscedF("NZSCED", "080301")).isEqualTo("0413");
        assertThat(f.iscedF("NZSCED", "050301")).isEqualTo("0812");
        assertThat(f.iscedF("NZSCED", "0909")).isEqualTo("0421");
        assertThat(f.iscedF("ASCED", "Information Technology")).isEqualTo("06");
        assertThat(f.iscedF("asced", "management and commerce")).isEqualTo("041");
        assertThat(f.iscedF("HKQR-AoST", "Computer Science and Information Technology")).isEqualTo("06");
        assertThat(f.iscedF("HKQR-AoST", "Arts, Design & Performing Arts")).isEqualTo("021");
        assertThat(f.iscedF(new SourceCode("NZSCED", "061101", "Veterinary Science"))).isEqualTo("0841");
        assertThat(f.iscedF(new SourceCode("ASCED", null, "Health"))).isEqualTo("091");
        assertThat(f.iscedFLabel("0613")).isEqualTo("Software and applications development and analysis");
    }

    @Test
    void unknownFieldInputsGiveNull() {
        FieldCrosswalk f = cw.fields();
        assertThat(f.iscedF("NEC", "9876")).isNull();
        assertThat(f.iscedF("NEC", "0619")).isEqualTo("0619");
        assertThat(f.iscedF("NZSCED", "130101")).isNull();
        assertThat(f.iscedF("HKQR-AoST", "Underwater Basket Weaving")).isNull();
        assertThat(f.iscedF("HKQR-AoST", "0613")).isNull();
        assertThat(f.iscedF("CIP", "11.0101")).isNull();
        assertThat(f.iscedF("NEC", "")).isNull();
        assertThat(f.iscedF((SourceCode) null)).isNull();
    }

    @Test
    void languageNamesToIso6393() {
        LanguageCodes l = cw.languages();
        assertThat(l.iso6393("English")).isEqualTo("eng");
        assertThat(l.iso6393("Chinese")).isEqualTo("zho");
        assertThat(l.iso6393("Cantonese")).isEqualTo("yue");
        assertThat(l.iso6393("Putonghua")).isEqualTo("cmn");
        assertThat(l.iso6393("Malay")).isEqualTo("msa");
        assertThat(l.iso6393("Bahasa Melayu")).isEqualTo("msa");
        assertThat(l.iso6393("Te reo Māori")).isEqualTo("mri");
        assertThat(l.iso6393("te reo maori")).isEqualTo("mri");
        assertThat(l.iso6393("Maori")).isEqualTo("mri");
        assertThat(l.iso6393("普通話")).isEqualTo("cmn");
        assertThat(l.iso6393("ENG")).isEqualTo("eng");
        assertThat(l.iso6393("English and Bahasa Melayu")).as("splitting is the connector's job").isNull();
        assertThat(l.iso6393("Klingon")).isNull();
        assertThat(l.iso6393(null)).isNull();
    }

    @Test
    void countryNamesToIso3166Alpha2() {
        CountryCodes c = cw.countries();
        assertThat(c.iso3166("Hong Kong")).isEqualTo("HK");
        assertThat(c.iso3166("Hong Kong SAR")).isEqualTo("HK");
        assertThat(c.iso3166("Hong Kong, China")).isEqualTo("HK");
        assertThat(c.iso3166("New Zealand")).isEqualTo("NZ");
        assertThat(c.iso3166("Aotearoa New Zealand")).isEqualTo("NZ");
        assertThat(c.iso3166("MALAYSIA")).isEqualTo("MY");
        assertThat(c.iso3166("Australia")).isEqualTo("AU");
        assertThat(c.iso3166("United Kingdom")).isEqualTo("GB");
        assertThat(c.iso3166("UK")).isEqualTo("GB");
        assertThat(c.iso3166("Viet Nam")).isEqualTo("VN");
        assertThat(c.iso3166("Vietnam")).isEqualTo("VN");
        assertThat(c.iso3166("Brunei")).isEqualTo("BN");
        assertThat(c.iso3166("Timor-Leste")).isEqualTo("TL");
        assertThat(c.iso3166("nz")).isEqualTo("NZ");
        assertThat(c.iso3166("Atlantis")).isNull();
        assertThat(c.iso3166("")).isNull();
    }

    @Test
    void allCommonwealthMembersAndAseanStatesAreCovered() {
        assertThat(cw.countries().codes()).contains(
                "AG", "AU", "BS", "BD", "BB", "BZ", "BW", "BN", "CM", "CA", "CY", "DM", "SZ", "FJ", "GA", "GM", "GH", "GD", "GY",
                "IN", "JM", "KE", "KI", "LS", "MW", "MY", "MV", "MT", "MU", "MZ", "NA", "NR", "NZ", "NG", "PK", "PG", "RW", "KN",
                "LC", "VC", "WS", "SC", "SL", "SG", "SB", "ZA", "LK", "TZ", "TG", "TO", "TT", "TV", "UG", "GB", "VU", "ZM",
                "KH", "ID", "LA", "MM", "PH", "TH", "VN", "TL", "HK");
    }
}
