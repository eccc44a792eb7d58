package org.mcfed.index.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcfed.index.RecordsTopic;
import org.mcfed.index.search.ApiClient.Answer;
import org.mcfed.index.testkit.MultilingualCatalog;
import org.mcfed.kafka.KafkaBrokerResource;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mcfed.index.search.ApiClient.enc;
import static org.mcfed.index.search.ApiClient.ids;
import static org.mcfed.index.testkit.MultilingualCatalog.*;

/**
 * Issue 11 end to end: records in English, Malay and Chinese published on a real broker, indexed by
 * the running service, and found over HTTP by a query in another language, the query's own language
 * ranked first; {@code translate=false} is the search as it was. Then queries mixing scripts, made of
 * stop words, punctuation or emoji, over-long or wrongly encoded: an answer or a clear 400, never a 500.
 */
@QuarkusTest
@TestProfile(CrossLingualSearchProfile.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class CrossLingualSearchIT {

    private static boolean published;

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    void publishOnce() {
        synchronized (CrossLingualSearchIT.class) {
            if (!published) {
                try (RecordsTopic topic = new RecordsTopic(KafkaBrokerResource.broker().bootstrapServers(), "mcfed.records.v1", 3)) {
                    topic.publishAll(MultilingualCatalog.records());
                }
                published = true;
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> get("/api/search?size=1").json().path("total").asLong() == MultilingualCatalog.records().size());
    }

    private Answer get(String pathAndQuery) {
        return new ApiClient(base).get(pathAndQuery);
    }

    private List<String> search(String q) {
        Answer a = get("/api/search?q=" + enc(q));
        assertThat(a.status()).as(q).isEqualTo(200);
        return ids(a);
    }

    private List<String> untranslated(String q) {
        return ids(get("/api/search?translate=false&q=" + enc(q)));
    }

    @Test
    void aMalayQueryFindsTheEnglishCourseAfterTheMalayOne() {
        assertThat(search("pembelajaran mesin")).containsExactly(ML_MS, ML_EN);
        assertThat(untranslated("pembelajaran mesin")).containsExactly(ML_MS);
        assertThat(search("machine learning")).containsExactly(ML_EN, ML_MS);
    }

    @Test
    void chineseQueriesFindNewZealandsEnglishForestryCourses() {
        List<String> forestManagement = search("森林管理");
        assertThat(forestManagement).first().isEqualTo(FOREST_MANAGEMENT_ZH);
        assertThat(forestManagement).contains(FOREST_MANAGEMENT_EN);
        assertThat(untranslated("森林管理")).containsExactly(FOREST_MANAGEMENT_ZH);
        for (JsonNode hit : get("/api/search?q=" + enc("森林管理")).json().path("results")) {
            if (hit.path("id").asText().equals(FOREST_MANAGEMENT_EN)) {
                assertThat(hit.at("/highlight/title").asText()).isEqualTo("<em>Forest</em> <em>Management</em> Planning");
            }
        }
        assertThat(search("林业")).contains(FORESTRY_EN);
        assertThat(untranslated("林業")).isEmpty();
    }

    @Test
    void englishAndMalayQueriesFindAChineseOnlyRecord() {
        List<String> cyber = search("cyber security");
        assertThat(cyber).startsWith(CYBER_EN).contains(CYBER_ZH_ONLY, CYBER_MS).doesNotContain(BARISTA_EN);
        assertThat(untranslated("cyber security")).containsExactly(CYBER_EN);

        List<String> siber = search("keselamatan siber");
        assertThat(siber).startsWith(CYBER_MS).contains(CYBER_EN, CYBER_ZH_ONLY);
        assertThat(untranslated("keselamatan siber")).containsExactly(CYBER_MS);
    }

    @Test
    void simplifiedFindsTraditionalFirstThenEnglish() {
        List<String> data = search("数据分析");
        assertThat(data).startsWith(DATA_ZH).contains(DATA_EN);
        assertThat(untranslated("数据分析")).containsExactly(DATA_ZH);
    }

    @Test
    void theAnswerListsTheTranslatedTermsInQueryOrder() {
        JsonNode translations = get("/api/search?q=" + enc("森林管理")).json().path("translations");
        assertThat(translations).hasSize(2);
        assertThat(translations.get(0).path("from").asText()).isEqualTo("森林");
        assertThat(translations.get(0).path("language").asText()).isEqualTo("zh");
        assertThat(texts(translations.get(0), "en")).contains("forest");
        assertThat(texts(translations.get(0), "ms")).contains("hutan");
        assertThat(translations.get(1).path("from").asText()).isEqualTo("管理");

        JsonNode ml = get("/api/search?q=" + enc("pembelajaran mesin")).json().path("translations");
        assertThat(ml).hasSize(1);
        assertThat(ml.get(0).path("from").asText()).isEqualTo("pembelajaran mesin");
        assertThat(ml.get(0).path("language").asText()).isEqualTo("ms");
        assertThat(texts(ml.get(0), "en")).containsExactly("machine learning");
        assertThat(texts(ml.get(0), "zh-Hans")).containsExactly("机器学习");
        assertThat(texts(ml.get(0), "zh-Hant")).containsExactly("機器學習");

        for (String request : List.of("/api/search?translate=false&q=" + enc("森林管理"), "/api/search?q=quantum")) {
            JsonNode none = get(request).json().path("translations");
            assertThat(none.isArray()).as(request).isTrue();
            assertThat(none).as(request).isEmpty();
        }
        Answer bad = get("/api/search?translate=maybe&q=x");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("error").asText()).contains("translate");
    }

    @Test
    void learningOutcomesAreSearchedInEveryLanguage() {
        assertThat(untranslated("bahaya")).containsExactly(SAFETY_EN_MS);                 // Malay outcome of a bilingual record
        assertThat(untranslated("识别 网络攻击")).containsExactly(CYBER_ZH_ONLY);          // Simplified outcome
    }

    @Test
    void mixedScriptsStopWordsPunctuationEmojiAndLongQueriesAreAnswered() {
        assertThat(search("data 分析")).contains(DATA_EN, DATA_ZH);
        assertThat(search("森林 management")).contains(FOREST_MANAGEMENT_EN, FOREST_MANAGEMENT_ZH);
        search("pengurusan 项目");
        search("the of and");
        search("dan yang");
        search("的");
        assertThat(search("🔥 cyber")).contains(CYBER_EN);
        assertThat(search("?!…。、")).hasSize(MultilingualCatalog.records().size());   // nothing to search for: as an empty query

        Answer tooLong = get("/api/search?q=" + enc("森林管理 forestry ".repeat(143).substring(0, 2000)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("error").asText()).contains("characters");
    }

    @Test
    void wronglyEncodedQueriesGetAnAnswerOrAClearErrorNeverA500() {
        List<String> requests = List.of(
                "/api/search?q=%ED%A0%80",                    // a lone high surrogate, UTF-8-encoded (invalid UTF-8)
                "/api/search?q=cyber%ED%B0%80security",       // a lone low surrogate inside a word
                "/api/search?q=%F0%9F%94",                    // a truncated 4-byte sequence
                "/api/search?q=%C0%AF",                       // an overlong encoding
                "/api/search?q=%FF%FE",
                "/api/search?q=%E6%95");
        for (String request : requests) {
            Answer a = get(request);
            assertThat(a.status()).as(request).isIn(200, 400);
            assertThat(a.contentType()).as(request).startsWith("application/json");
            if (a.status() == 400) {
                assertThat(a.json().path("error").asText()).as(request).isNotBlank();
            }
        }
        // the surrogate's bytes sent raw in the request line, not %-encoded
        Answer raw = new ApiClient(base).raw("/api/search?q=\u00ED\u00A0\u0080", "application/json");
        assertThat(raw.status()).isIn(200, 400);
        // broken %-escapes: Vert.x refuses the request line itself, before any handler of the service: a bare 400, connection closed
        assertThat(get("/api/search?q=%ZZ%").status()).isEqualTo(400);
        assertThat(get("/api/search?q=data%2").status()).isEqualTo(400);
        assertThat(get("/api/search?q=cyber").status()).isEqualTo(200);   // and the service still answers
    }

    private static List<String> texts(JsonNode translation, String language) {
        List<String> out = new ArrayList<>();
        translation.path("to").forEach(t -> {
            if (t.path("language").asText().equals(language)) {
                out.add(t.path("text").asText());
            }
        });
        return out;
    }
}
