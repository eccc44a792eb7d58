package org.mcfed.index.feed.format;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.testkit.EveryField;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each writer on a record with every element and on one with only an id and a title: the Open
 * Badges output is a valid Achievement by 1EdTech's schema, the ELM, CTDL and schema.org outputs
 * carry what their models require and keep every language, and nothing unstated appears.
 */
class RecordFormatsTest {

    private static final ColRecord SPARSE = ColRecord.builder().id("mqa:MQA/FA 0001").title(Map.of("ms", "Asas Kimpalan")).build();

    private static JsonNode json(RecordFormat format, ColRecord r) throws Exception {
        return ColJson.mapper().readTree(format.write(r));
    }

    @Test
    void openBadgesAchievementsAreValidByThePublishedSchema() throws Exception {
        JsonNode full = json(RecordFormat.OB3, EveryField.record());
        assertThat(AchievementSchema.validate(full)).isEmpty();
        assertThat(AchievementSchema.validate(json(RecordFormat.OB3, SPARSE))).isEmpty();

        assertThat(full.get("achievementType").asText()).isEqualTo("MicroCredential");
        assertThat(full.get("id").asText()).isEqualTo("urn:mcfed:record:nzqa%3A4116-2%2FL5%20x");
        assertThat(full.get("name").asText()).isEqualTo("Sustainable Forestry | Field \"Practice\"");
        assertThat(full.get("inLanguage").asText()).isEqualTo("en");
        assertThat(full.at("/creator/name").asText()).isEqualTo("Toi Ohomai Institute, Rotorua");
        assertThat(full.at("/creator/address/addressCountryCode").asText()).isEqualTo("NZ");
        assertThat(full.at("/criteria/narrative").asText()).contains("- Measure a forest stand").contains("Assessment: practical, portfolio");
        assertThat(full.at("/resultDescription/0/requiredValue").asText()).isEqualTo("Achieved");
        assertThat(full.get("creditsAvailable").asDouble()).isEqualTo(15.0);
        assertThat(full.get("humanCode").asText()).isEqualTo("4116-2");
        assertThat(full.findValuesAsText("targetName")).contains("forest inventory", "NZQCF level 5", "ISCED 2011 level 4", "AQRF level 5");
        assertThat(full.findValuesAsText("identifier")).containsExactly("nzqa:4116-2/L5 x", "col-feed:pqr:000123", "mqa:MQA/FA 1234");
        assertThat(full.get("tag").toString()).contains("chainsaw safety");
    }

    @Test
    void anAchievementTheSchemaRejectsIsReported() throws Exception {
        JsonNode broken = json(RecordFormat.OB3, SPARSE);
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken).remove("criteria");
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken).put("achievementType", "Nanodegree");
        assertThat(AchievementSchema.validate(broken)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void elmKeepsEveryLanguageAndNestsTheQualification() throws Exception {
        JsonNode elm = json(RecordFormat.ELM, EveryField.record());
        assertThat(elm.get("@context").get(1).asText()).isEqualTo("http://data.europa.eu/snb/model/context/edc-ap");
        assertThat(elm.get("type").asText()).isEqualTo("LearningOpportunity");
        JsonNode q = elm.get("learningAchievementSpecification");
        assertThat(q.get("type").asText()).isEqualTo("Qualification");
        assertThat(q.at("/title/zh-Hant").asText()).isEqualTo("可持續森林管理");
        assertThat(q.at("/title/mi").asText()).isEqualTo("Ngahere, toitū");
        assertThat(q.get("learningOutcome")).hasSize(5);
        assertThat(q.get("learningOutcome").findValuesAsText("zh-Hant")).containsExactly("量度林分", "規劃採伐");
        assertThat(q.get("volumeOfLearning").asText()).isEqualTo("PT150H");
        assertThat(q.at("/creditPoint/0/point").asText()).isEqualTo("15");
        assertThat(q.at("/thematicArea/0/id").asText()).isEqualTo("http://data.europa.eu/snb/isced-f/0821");
        assertThat(q.at("/awardingOpportunity/0/awardingBody/0/legalName/und").asText()).isEqualTo("Toi Ohomai Institute, Rotorua");
        assertThat(elm.get("duration").asText()).isEqualTo("P12W");
        assertThat(elm.at("/priceDetail/0/amount/0/unit").asText()).isEqualTo("http://publications.europa.eu/resource/authority/currency/NZD");
    }

    @Test
    void ctdlIsAMicroCredentialWithLanguageMapsAndItsCompetencies() throws Exception {
        JsonNode ctdl = json(RecordFormat.CTDL, EveryField.record());
        assertThat(ctdl.get("@context").asText()).isEqualTo("https://credreg.net/ctdl/schema/context/json");
        assertThat(ctdl.get("@type").asText()).isEqualTo("ceterms:MicroCredential");
        assertThat(ctdl.at("/ceterms:name/en").asText()).isEqualTo("Sustainable Forestry | Field \"Practice\"");
        assertThat(ctdl.at("/ceterms:description/ms").asText()).isEqualTo("Rancang penuaian hutan.");
        assertThat(ctdl.at("/ceterms:subjectWebpage").asText()).isEqualTo("https://www2.nzqa.govt.nz/qualifications/4116");
        assertThat(ctdl.at("/ceterms:ownedBy/0/@type").asText()).isEqualTo("ceterms:CredentialOrganization");
        assertThat(ctdl.at("/ceterms:requires/0/ceterms:targetCompetency")).hasSize(5 + 3);
        assertThat(ctdl.at("/ceterms:credentialStatusType/ceterms:targetNode").asText()).isEqualTo("credentialStat:Active");
        assertThat(ctdl.at("/ceterms:estimatedDuration/0/ceterms:exactDuration").asText()).isEqualTo("PT150H");
    }

    @Test
    void schemaOrgTeachesEveryOutcomeInItsLanguage() throws Exception {
        JsonNode course = json(RecordFormat.SCHEMAORG, EveryField.record());
        assertThat(course.get("@type").asText()).isEqualTo("Course");
        assertThat(course.get("teaches")).hasSize(5);
        assertThat(course.at("/teaches/2/@language").asText()).isEqualTo("zh-Hant");
        assertThat(course.at("/educationalCredentialAwarded/@type").asText()).isEqualTo("EducationalOccupationalCredential");
    }

    @Test
    void aSparseRecordGivesOnlyWhatItStates() throws Exception {
        assertThat(json(RecordFormat.ELM, SPARSE).at("/learningAchievementSpecification").fieldNames())
                .toIterable().containsExactly("id", "type", "title");
        assertThat(json(RecordFormat.CTDL, SPARSE).fieldNames()).toIterable()
                .containsExactly("@context", "@id", "@type", "ceterms:name", "ceterms:identifier");
        assertThat(json(RecordFormat.SCHEMAORG, SPARSE).fieldNames()).toIterable()
                .containsExactly("@context", "@type", "identifier", "name", "educationalCredentialAwarded");
        // Open Badges requires a description: a record without one repeats its title
        assertThat(json(RecordFormat.OB3, SPARSE).get("description").asText()).isEqualTo("Asas Kimpalan");
    }

    @Test
    void acceptPicksTheFormatByProfile() {
        assertThat(RecordFormat.accepted(jakarta.ws.rs.core.MediaType.valueOf("application/json"))).contains(RecordFormat.COL);
        assertThat(RecordFormat.accepted(jakarta.ws.rs.core.MediaType.valueOf("application/ld+json"))).contains(RecordFormat.SCHEMAORG);
        assertThat(RecordFormat.accepted(jakarta.ws.rs.core.MediaType.valueOf(RecordFormat.OB3.contentType()))).contains(RecordFormat.OB3);
        assertThat(RecordFormat.accepted(jakarta.ws.rs.core.MediaType.valueOf("application/ld+json; profile=\"https://example.org/x\""))).isEmpty();
        assertThat(RecordFormat.accepted(jakarta.ws.rs.core.MediaType.valueOf("text/html"))).isEmpty();
    }
}
