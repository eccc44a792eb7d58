package org.mcfed.index.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.RecordsTopic;
import org.mcfed.index.SampleRecords;
import org.mcfed.index.search.ApiClient.Answer;
import org.mcfed.kafka.KafkaBrokerResource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcfed.index.search.ApiClient.enc;
import static org.mcfed.index.search.ApiClient.ids;
import static org.awaitility.Awaitility.await;

/**
 * The search API end to end: COL records published to {@code mcfed.records.v1} on a real broker,
 * consumed into the index by the running service, and read back over HTTP.
 */
@QuarkusTest
@TestProfile(SearchApiProfile.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class SearchApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static boolean published;

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    void publishOnce() {
        synchronized (SearchApiIT.class) {
            if (!published) {
                try (RecordsTopic topic = new RecordsTopic(KafkaBrokerResource.broker().bootstrapServers(), "mcfed.records.v1", 3)) {
                    topic.publishAll(SampleRecords.distinct());
                    topic.publishAll(SampleRecords.projectManagementRun(45));
                }
                published = true;
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> get("/api/search?size=1").json().path("total").asLong() >= 52);
    }

    private Answer get(String pathAndQuery) {
        return new ApiClient(base).get(pathAndQuery);
    }

    private Answer get(String pathAndQuery, String accept) {
        return new ApiClient(base).get(pathAndQuery, accept);
    }

    @Test
    void searchesInEnglishChineseAndMalayWithHighlightsAndTheResultShapeOfTheApi() {
        Answer en = get("/api/search?q=" + enc("data analytics"));
        assertThat(en.status()).isEqualTo(200);
        assertThat(ids(en)).containsExactlyInAnyOrder("hkqr:22/000567/L4", "nzqa:6001-1");
        JsonNode hit = en.json().path("results").get(0);
        for (String field : List.of("id", "title", "issuerCountry", "awardingBody", "workloadHours", "nqfLevel", "iscedLevel",
                "modeOfLearning", "status", "url", "highlight")) {
            assertThat(hit.has(field)).as(field).isTrue();
        }
        assertThat(en.json().has("next")).isTrue();
        assertThat(en.json().path("facets").size()).isEqualTo(13);

        Answer zh = get("/api/search?q=" + enc("數據分析"));
        assertThat(ids(zh)).startsWith("hkqr:22/000567/L4").contains("nzqa:6001-1");   // then English "Data Analytics" (translated)
        assertThat(ids(get("/api/search?translate=false&q=" + enc("數據分析")))).containsExactly("hkqr:22/000567/L4");
        assertThat(zh.json().at("/results/0/title/zh-Hant").asText()).isEqualTo("商業數據分析證書");
        assertThat(zh.json().at("/results/0/highlight/title").asText()).contains("<em>");
        assertThat(ids(get("/api/search?q=" + enc("perniagaan digital")))).containsExactly("mqa:MQA/SWA 0123");
        assertThat(ids(get("/api/search?q=" + enc("cybersecurty")))).containsExactly("microcred-seeker:1042");
        assertThat(ids(get("/api/search?q=" + enc("\"business data\"")))).containsExactly("hkqr:22/000567/L4");
    }

    @Test
    void facetsFiltersRangesAndSorts() {
        Answer all = get("/api/search?size=1");
        assertThat(all.json().at("/facets/country/NZ").asLong()).isGreaterThanOrEqualTo(47);
        assertThat(all.json().at("/facets/framework/HKQF").asLong()).isEqualTo(2);
        Answer filtered = get("/api/search?country=HK&country=MY&mode=onsite&unknownParam=1");
        assertThat(ids(filtered)).containsExactlyInAnyOrder("hkqr:23/001234/L3", "mqa:MQA/FA 4567");
        assertThat(filtered.json().at("/facets/country/NZ").asLong()).isGreaterThan(0);   // drill-sideways
        assertThat(ids(get("/api/search?nqfLevel=" + enc("HKQF:4")))).containsExactly("hkqr:22/000567/L4");
        assertThat(ids(get("/api/search?costMax=0&language=eng"))).containsExactly("nzqa:4116-2");
        assertThat(ids(get("/api/search?hoursMin=300&sort=-hours"))).containsExactly("mqa:MQA/FA 4567");
        assertThat(ids(get("/api/search?sort=hours&size=2"))).containsExactly("nzqa:9000-1", "nzqa:9001-1");
    }

    @Test
    void cursorsPageThroughEveryResultOnce() {
        List<String> seen = new ArrayList<>();
        String next = null;
        do {
            Answer page = get("/api/search?q=workshop&sort=cost&size=10" + (next == null ? "" : "&cursor=" + enc(next)));
            assertThat(page.status()).isEqualTo(200);
            seen.addAll(ids(page));
            next = page.json().path("next").isNull() ? null : page.json().path("next").asText();
        } while (next != null);
        assertThat(seen).hasSize(45).doesNotHaveDuplicates();
    }

    @Test
    void recordDetailIsTheColRecordAndItsJsonLdView() {
        Answer col = get("/api/records/" + enc("hkqr:22/000567/L4"));
        assertThat(col.status()).isEqualTo(200);
        assertThat(col.contentType()).startsWith("application/json");
        assertThat(ColJson.mapper().convertValue(col.json(), ColRecord.class)).isEqualTo(SampleRecords.hkqrDataAnalytics());

        Answer spaced = get("/api/records/" + enc("mqa:MQA/SWA 0123"));
        assertThat(spaced.json().path("id").asText()).isEqualTo("mqa:MQA/SWA 0123");

        Answer ld = get("/api/records/" + enc("hkqr:22/000567/L4"), "application/ld+json");
        assertThat(ld.status()).isEqualTo(200);
        assertThat(ld.contentType()).startsWith("application/ld+json");
        assertThat(ld.json().path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(ld.json().path("@type").asText()).isEqualTo("Course");
        assertThat(ld.json().path("timeRequired").asText()).isEqualTo("PT150H");
        assertThat(ld.json().at("/provider/name").asText()).isEqualTo("Vocational Training Council");
        assertThat(ld.json().at("/offers/priceCurrency").asText()).isEqualTo("HKD");
        JsonNode credential = ld.json().path("educationalCredentialAwarded");
        assertThat(credential.path("@type").asText()).isEqualTo("EducationalOccupationalCredential");
        assertThat(credential.at("/recognizedBy/name").asText()).isEqualTo("HKCAAVQ");
        assertThat(credential.path("educationalLevel").toString()).contains("HKQF level 4", "ISCED 2011 level 5");

        Answer missing = get("/api/records/" + enc("nzqa:does-not-exist"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("error").asText()).contains("nzqa:does-not-exist");
    }

    @Test
    void compareShowsHoursLevelsIscedCostModeAndQualityAssurance() {
        Answer c = get("/api/compare?id=" + enc("hkqr:22/000567/L4") + "&id=" + enc("nzqa:6001-1") + "&id=" + enc("mqa:MQA/SWA 0123"));
        assertThat(c.status()).isEqualTo(200);
        assertThat(c.json().path("records")).hasSize(3);
        JsonNode rows = c.json().path("rows");
        List<String> keys = new ArrayList<>();
        rows.forEach(r -> keys.add(r.path("key").asText()));
        assertThat(keys).contains("workloadHours", "level:HKQF", "level:NZQCF", "level:MQF", "iscedLevel", "aqrfLevel", "cost",
                "modeOfLearning", "qualityAssurance");
        JsonNode hours = row(rows, "workloadHours");
        assertThat(hours.path("values").toString()).isEqualTo("[150.0,150.0,160.0]");
        JsonNode hkqf = row(rows, "level:HKQF");
        assertThat(hkqf.at("/values/0/level").asText()).isEqualTo("4");
        assertThat(hkqf.at("/values/0/basis").asText()).isEqualTo("stated");
        assertThat(row(rows, "iscedLevel").path("values").toString()).isEqualTo("[\"5\",\"5\",\"3\"]");
        assertThat(row(rows, "cost").at("/values/2/currency").asText()).isEqualTo("MYR");
        assertThat(row(rows, "qualityAssurance").at("/values/1").isNull()).isTrue();

        assertThat(get("/api/compare?id=" + enc("nzqa:6001-1")).status()).isEqualTo(400);
        assertThat(get("/api/compare?id=a:1&id=a:2&id=a:3&id=a:4&id=a:5").status()).isEqualTo(400);
        assertThat(get("/api/compare?id=" + enc("nzqa:6001-1") + "&id=nzqa:nope").status()).isEqualTo(404);
    }

    private static JsonNode row(JsonNode rows, String key) {
        for (JsonNode r : rows) {
            if (r.path("key").asText().equals(key)) {
                return r;
            }
        }
        throw new AssertionError("no row " + key);
    }

    @Test
    void tombstonesRemoveRecordsFromSearchAndDetailWithinASecond() {
        ColRecord temp = SampleRecords.microcredCyber().toBuilder().id("microcred-seeker:9999")
                .title(java.util.Map.of("en", "Quantum Basket Weaving")).build();
        try (RecordsTopic topic = new RecordsTopic(KafkaBrokerResource.broker().bootstrapServers(), "mcfed.records.v1", 3)) {
            topic.publishAll(List.of(temp));
            await().atMost(Duration.ofSeconds(10)).until(() -> ids(get("/api/search?q=quantum")).contains("microcred-seeker:9999"));
            long start = System.nanoTime();
            topic.tombstone("microcred-seeker:9999");
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> get("/api/records/" + enc("microcred-seeker:9999")).status() == 404);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(get("/api/search?q=quantum").json().path("total").asLong()).isZero();
        }
    }

    @Test
    void hostileRequestsGetAnAnswerOrA400WithAClearMessageNeverA500() {
        String hundredKb = "data%20".repeat(100_000 / 7);
        String thousandsOfTerms = "a%20b%20".repeat(2000);
        List<String> requests = List.of(
                "/api/search?q=" + enc("\"unbalanced quote"),
                "/api/search?q=" + enc("\"\"\"((([[{{ AND OR NOT ~~ ^^ \\ / : !"),
                "/api/search?q=" + hundredKb,
                "/api/search?q=" + thousandsOfTerms,
                "/api/search?q=" + enc("*curity ?yber *"),
                "/api/search?q=" + enc("数".repeat(500)),
                "/api/search?q=" + enc("\u0000\uFFFF😀"),
                "/api/search?cursor=garbage",
                "/api/search?cursor=" + enc("czF8eHh8MXwxfA"),
                "/api/search?cursor=" + "A".repeat(5000),
                "/api/search?size=-1",
                "/api/search?size=99999999999999999999",
                "/api/search?size=abc",
                "/api/search?sort=" + enc("'; DROP TABLE"),
                "/api/search?hoursMin=abc",
                "/api/search?hoursMin=1e400",
                "/api/search?costMax=NaN",
                "/api/search?hoursMin=10&hoursMax=1",
                "/api/search?q=a&q=b",
                "/api/search?country=" + "X".repeat(300),
                "/api/search?" + "country=X&".repeat(200),
                "/api/search?whatever=1&x[]=2&%00=3",
                "/api/records/" + enc("../../etc/passwd"),
                "/api/compare",
                "/api/compare?id=" + "x&id=".repeat(500) + "y");
        for (String request : requests) {
            Answer a = get(request);
            assertThat(a.status()).as(request).isIn(200, 400, 404);
            assertThat(a.contentType()).as(request).startsWith("application/json");
            if (a.status() != 200) {
                assertThat(a.json().path("error").asText()).as(request).isNotBlank();
            }
        }
        // bad %-escapes are refused by the HTTP layer itself, before any resource: a bare 400
        assertThat(get("/api/search?q=%ZZ%").status()).isEqualTo(400);
        assertThat(get("/api/records/%ZZ").status()).isIn(400, 404);
        assertThat(get("/api/search?q=" + hundredKb).json().path("error").asText()).contains("characters");
        assertThat(get("/api/search?cursor=garbage").json().path("error").asText()).contains("cursor");
        assertThat(get("/api/search?whatever=1").status()).isEqualTo(200);
    }

    @Test
    void healthOpenApiAndMetricsAreServed() {
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/q/health/ready").status() == 200);
        assertThat(get("/q/health/ready").json().toString()).contains("\"index\"");
        assertThat(get("/q/openapi?format=json").json().at("/paths").has("/api/search")).isTrue();
        try {
            String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(base + "q/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(metrics).contains("mcfed_index_records", "mcfed_search_seconds");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
