package org.mcfed.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.mcfed.sandbox.core.Lexicon;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /_sandbox/truth} gives every live record of every source a {@code concept} that
 * {@code GET /_sandbox/concepts} lists and the {@code languages} its pages publish; the concept is
 * the one of the topic its title names.
 */
class GroundTruthConceptsIT {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyRecordOfEverySourceHasAListedConceptAndItsPublishedLanguages() throws Exception {
        try (RegistrySandbox sb = RegistrySandbox.builder().seed(21).scale(1.0).port(0).build().start()) {
            sb.tick(0.05, 0.02, 0.01);
            JsonNode concepts = JSON.readTree(Http.get(URI.create(sb.baseUri() + "/_sandbox/concepts")).body());
            Set<String> keys = new HashSet<>();
            for (JsonNode c : concepts) {
                keys.add(c.get("key").asText());
                List<String> langs = new ArrayList<>();
                c.get("queries").fieldNames().forEachRemaining(langs::add);
                assertThat(langs).as(c.get("key").asText()).containsExactly("en", "zh-Hant", "zh-Hans", "ms");
                c.get("queries").forEach(q -> assertThat(q.asText()).isNotBlank());
            }
            assertThat(keys).hasSize(concepts.size()).contains("cyber-security", "data-analytics", "project-management");

            JsonNode sources = JSON.readTree(Http.get(URI.create(sb.baseUri() + "/_sandbox/truth")).body()).get("sources");
            Map<String, Set<String>> conceptsBySource = new HashMap<>();
            for (String source : sb.sources()) {
                JsonNode live = sources.get(source).get("live");
                assertThat(live).as(source).isNotEmpty();
                for (JsonNode r : live) {
                    String id = r.get("id").asText();
                    assertThat(keys).as(source + " " + id).contains(r.get("concept").asText());
                    conceptsBySource.computeIfAbsent(r.get("concept").asText(), k -> new HashSet<>()).add(source);
                    List<String> languages = new ArrayList<>();
                    r.get("languages").forEach(l -> languages.add(l.asText()));
                    assertThat(languages).as(source + " " + id).isIn(expectedLanguages(sb, source, id));
                }
            }
            assertThat(conceptsBySource.get("cyber-security")).containsExactlyInAnyOrder("nzqa", "mqa", "hkqr", "microcred-seeker");
            assertThat(conceptsBySource.get("data-analytics")).contains("nzqa", "mqa", "hkqr", "col-feed");
        }
    }

    /** What a source's pages can publish; the col-feed record is read to say which. */
    static List<List<String>> expectedLanguages(RegistrySandbox sb, String source, String id) throws Exception {
        switch (source) {
            case "hkqr": return List.of(List.of("en", "zh-Hant", "zh-Hans"), List.of("zh-Hant", "zh-Hans"));
            case "mqa": return List.of(List.of("en", "ms"), List.of("ms"));
            case "col-feed":
                JsonNode title = JSON.readTree(Http.get(URI.create(sb.baseUri() + "/col-feed/col/v1/records/" + id)).body()).get("title");
                return List.of(title.has("fil") ? List.of("en", "fil") : List.of("en"));
            default: return List.of(List.of("en"));
        }
    }

    @Test
    void theConceptIsTheOneOfTheTopicTheTitleNames() {
        try (RegistrySandbox sb = RegistrySandbox.builder().seed(22).scale(0.5).port(0).build().start()) {
            var nzqa = sb.truth().source("nzqa").live();
            for (var r : nzqa) {
                String title = Labels.dl(Http.page(URI.create(sb.baseUri() + "/nzqa/micro-credentials/" + r.id())), "dl.mc-details").get("title");
                assertThat(topicConcepts("nzqa-topics", 2, title)).as(r.id() + " " + title).contains(r.concept());
            }
            var mcs = sb.truth().source("microcred-seeker").live();
            for (var r : mcs) {
                String title = Http.page(URI.create(sb.baseUri() + ConditionalGetIT.detailPath(sb, "microcred-seeker", r.id())))
                        .selectFirst("h1").text();
                assertThat(topicConcepts("mcs-topics", 1, title)).as(r.id() + " " + title).contains(r.concept());
            }
        }
    }

    /** The concepts of the topics whose name (in the given column) the title contains. */
    static Set<String> topicConcepts(String topicsFile, int nameColumn, String title) {
        Set<String> out = new HashSet<>();
        for (String[] t : Lexicon.rows(topicsFile)) {
            if (title.contains(t[nameColumn])) {
                out.add(t[t.length - 1]);
            }
        }
        return out;
    }
}
