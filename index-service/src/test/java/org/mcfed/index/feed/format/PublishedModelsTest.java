package org.mcfed.index.feed.format;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.testkit.EveryField;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each JSON-LD output, for a record with every element and for a sparse one, against what its
 * publisher states: it expands with the published contexts without an undefined term; ELM nodes
 * carry only and all the properties the Commission's shapes list; CTDL and schema.org nodes only
 * properties their vocabulary applies to the node's class.
 */
class PublishedModelsTest {

    private static final List<ColRecord> RECORDS = List.of(EveryField.record(),
            ColRecord.builder().id("mqa:MQA/FA 0001").title(Map.of("ms", "Asas Kimpalan")).build());
    private static final ElmShapes ELM = new ElmShapes();
    private static final LinkedDataVocabulary CTDL = LinkedDataVocabulary.ctdl();
    private static final LinkedDataVocabulary SCHEMA_ORG = LinkedDataVocabulary.schemaOrg();

    @Test
    void everyJsonLdOutputExpandsWithoutAnUndefinedTerm() throws Exception {
        for (RecordFormat format : List.of(RecordFormat.OB3, RecordFormat.ELM, RecordFormat.CTDL, RecordFormat.SCHEMAORG)) {
            for (ColRecord r : RECORDS) {
                assertThat(PublishedContexts.expand(format.write(r))).as("%s of %s", format, r.id()).isNotEmpty();
            }
        }
    }

    @Test
    void anUndefinedTermFailsTheExpansion() {
        assertThatThrownBy(() -> PublishedContexts.expand(
                "{\"@context\": \"https://credreg.net/ctdl/schema/context/json\", \"@type\": \"ceterms:MicroCredential\", \"nickname\": \"x\"}"))
                .hasMessageContaining("nickname");
    }

    @Test
    void elmNodesCarryWhatTheCommissionsShapesList() throws Exception {
        assertThat(ELM.problems(json(RecordFormat.ELM, RECORDS.get(0)))).isEmpty();
        // without an awarding body no organisation provides it: the one thing ELM requires that a record may lack
        assertThat(ELM.problems(json(RecordFormat.ELM, RECORDS.get(1)))).containsExactly("LearningOpportunity lacks elm:providedBy");
        // workload belongs to the specification, not the opportunity
        assertThat(ELM.problems(ColJson.mapper().readTree("{\"type\": \"LearningOpportunity\", \"title\": {\"en\": \"x\"}, "
                + "\"providedBy\": {\"id\": \"urn:x\"}, \"volumeOfLearning\": \"PT1H\"}"))).containsExactly("LearningOpportunity.volumeOfLearning");
    }

    @Test
    void ctdlPropertiesApplyToTheirClasses() throws Exception {
        for (ColRecord r : RECORDS) {
            assertThat(CTDL.problems(json(RecordFormat.CTDL, r))).as(r.id()).isEmpty();
        }
        assertThat(CTDL.problems(ColJson.mapper().readTree("{\"@type\": \"ceterms:MicroCredential\", \"ceterms:creditValue\": []}")))
                .containsExactly("ceterms:MicroCredential.ceterms:creditValue");
    }

    @Test
    void schemaOrgPropertiesApplyToTheirTypes() throws Exception {
        for (ColRecord r : RECORDS) {
            assertThat(SCHEMA_ORG.problems(json(RecordFormat.SCHEMAORG, r))).as(r.id()).isEmpty();
        }
        assertThat(SCHEMA_ORG.problems(ColJson.mapper().readTree("{\"@type\": \"Course\", \"courseMode\": \"online\"}")))
                .containsExactly("Course.courseMode");
    }

    private static JsonNode json(RecordFormat format, ColRecord r) throws Exception {
        return ColJson.mapper().readTree(format.write(r));
    }
}
