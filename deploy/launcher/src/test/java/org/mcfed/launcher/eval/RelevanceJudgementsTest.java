package org.mcfed.launcher.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.mcfed.launcher.Reconciliation;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RelevanceJudgementsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CONCEPTS = """
            [{"key": "forestry", "queries": {"en": "forestry", "zh-Hant": "林業", "zh-Hans": "林业", "ms": "perhutanan"}},
             {"key": "cyber-security", "queries": {"en": "cyber security", "zh-Hant": "網絡安全", "zh-Hans": "网络安全", "ms": "keselamatan siber"}},
             {"key": "unharvested", "queries": {"en": "x", "zh-Hant": "x", "zh-Hans": "x", "ms": "x"}}]
            """;

    private static final String TRUTH = """
            {"sources": {
              "nzqa": {"live": [{"id": "1-1", "concept": "forestry", "languages": ["en"]},
                                {"id": "2-1", "concept": "cyber-security", "languages": ["en"]},
                                {"id": "3-1", "concept": "forestry", "languages": ["en"]}]},
              "hkqr": {"live": [{"id": "22/000001/L3", "concept": "cyber-security", "languages": ["zh-Hant", "zh-Hans"]}]},
              "col-feed": {"live": [{"id": "pqr:9", "concept": "forestry", "languages": ["en", "fil"]}]}
            }}
            """;

    @Test
    void aQueryIsCrossLanguageExactlyWhenNoRelevantRecordIsPublishedInItsLanguage() throws Exception {
        Set<String> indexed = Set.of("nzqa:1-1", "nzqa:2-1", "hkqr:22/000001/L3", "pqr:9");
        List<JudgedQuery> queries = RelevanceJudgements.build(read(CONCEPTS), read(TRUTH), indexed, Reconciliation::colId);

        assertThat(queries).hasSize(8);
        JudgedQuery forestryZh = find(queries, "forestry", "zh-Hant");
        assertThat(forestryZh.crossLanguage()).isTrue();
        assertThat(forestryZh.text()).isEqualTo("林業");
        assertThat(forestryZh.relevant()).as("nzqa:3-1 is not indexed (rejected), pqr:9 is a COL feed id")
                .containsExactlyInAnyOrder("nzqa:1-1", "pqr:9");
        assertThat(find(queries, "forestry", "en").crossLanguage()).isFalse();
        assertThat(find(queries, "cyber-security", "zh-Hans").crossLanguage()).isFalse();
        assertThat(find(queries, "cyber-security", "ms").crossLanguage()).isTrue();
        assertThat(find(queries, "cyber-security", "en").relevant()).containsExactlyInAnyOrder("nzqa:2-1", "hkqr:22/000001/L3");
        assertThat(queries).noneMatch(q -> q.concept().equals("unharvested"));
    }

    @Test
    void anOlderSandboxWithoutConceptsIsAClearError() throws Exception {
        JsonNode truth = read("{\"sources\": {\"nzqa\": {\"live\": [{\"id\": \"1-1\"}]}}}");
        assertThatThrownBy(() -> RelevanceJudgements.build(read(CONCEPTS), truth, Set.of("nzqa:1-1"), Reconciliation::colId))
                .hasMessageContaining("no concept for nzqa:1-1");
    }

    private static JudgedQuery find(List<JudgedQuery> queries, String concept, String language) {
        return queries.stream().filter(q -> q.concept().equals(concept) && q.language().equals(language)).findFirst().orElseThrow();
    }

    private static JsonNode read(String json) throws Exception {
        return JSON.readTree(json);
    }
}
