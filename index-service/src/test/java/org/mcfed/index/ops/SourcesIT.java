package org.mcfed.index.ops;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcfed.index.store.RecordIndex;
import org.mcfed.index.testkit.FeedsProfile;
import org.mcfed.index.testkit.Pipeline;
import org.mcfed.kafka.KafkaBrokerResource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code /api/sources} and {@code /api/sources/history} from run reports and rejects on their topics
 * and the records in the index; admin actions only with the token.
 */
@QuarkusTest
@TestProfile(FeedsProfile.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class SourcesIT {

    @Inject
    RecordIndex index;

    @BeforeEach
    void published() {
        Pipeline.publishOnce(index);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonPath s = given().get("/api/sources").jsonPath();
            return "completed".equals(s.getString("sources.find { it.source == 'mqa' }.lastRun.status"))
                    && s.getInt("sources.find { it.source == 'mqa' }.rejects.events") == 4
                    && s.getInt("sources.find { it.source == 'hkqr' }.rejects.events") == 1;
        });
    }

    @Test
    void lastRunsCarryTheirCountsNewestFirst() {
        JsonPath json = given().get("/api/sources").jsonPath();
        assertThat(json.getList("sources.source", String.class)).containsExactly("hkqr", "microcred-seeker", "mqa", "nzqa");
        JsonPath nzqa = JsonPath.from(given().get("/api/sources/nzqa").asString());
        assertThat(nzqa.getString("lastRun.runId")).isEqualTo("nzqa-2");
        assertThat(nzqa.getInt("lastRun.fetched")).isEqualTo(455);
        assertThat(nzqa.getInt("lastRun.created")).isEqualTo(3);
        assertThat(nzqa.getInt("lastRun.changed")).isEqualTo(7);
        assertThat(nzqa.getInt("lastRun.unchanged")).isEqualTo(445);
        assertThat(nzqa.getInt("lastRun.deleted")).isEqualTo(2);
        assertThat(nzqa.getInt("lastRun.failed")).isEqualTo(1);
        assertThat(nzqa.getList("lastRun.errors", String.class)).containsExactly("GET /nzqa/list?page=7: 503 after 4 tries");
        assertThat(nzqa.getList("runs.runId", String.class)).containsExactly("nzqa-2", "nzqa-1");
        assertThat(nzqa.getString("lastCompletedAt")).isEqualTo("2025-03-01T09:04:12Z");
        assertThat(nzqa.getLong("secondsSinceLastCompleted")).isPositive();

        JsonPath mqa = JsonPath.from(given().get("/api/sources/mqa").asString());
        assertThat(mqa.getList("runs.runId", String.class)).as("the progress report was replaced by the final one").containsExactly("mqa-9");
        JsonPath hkqr = JsonPath.from(given().get("/api/sources/hkqr").asString());
        assertThat(hkqr.getString("lastRun.status")).isEqualTo("failed");
        assertThat(hkqr.getString("lastCompletedAt")).isNull();
        assertThat(given().get("/api/sources/nowhere").statusCode()).isEqualTo(404);
    }

    @Test
    void rejectsAreGroupedByReasonWithExamplesButNoRawRecords() {
        JsonPath mqa = JsonPath.from(given().get("/api/sources/mqa").asString());
        assertThat(mqa.getInt("rejects.records")).isEqualTo(3);
        assertThat(mqa.getInt("rejects.events")).isEqualTo(4);
        assertThat(mqa.getString("rejects.byReason[0].element")).isEqualTo("title");
        assertThat(mqa.getString("rejects.byReason[0].problem")).isEqualTo("no title on the page");
        assertThat(mqa.getInt("rejects.byReason[0].records")).isEqualTo(3);
        assertThat(mqa.getList("rejects.byReason[0].examples.localId", String.class)).containsExactly("MQA/X 0001", "MQA/X 0003", "MQA/X 0002");
        assertThat(mqa.getList("rejects.byReason[0].examples.raw")).containsOnlyNulls();
        assertThat(mqa.getString("rejects.byReason[1].element")).isEqualTo("issuerCountry");
        assertThat(mqa.getString("rejects.byReason[0].examples[0].url")).startsWith("https://www2.mqa.gov.my/");
    }

    @Test
    void completenessTellsWhichRegistriesPublishWhichColElements() {
        JsonPath json = given().get("/api/sources").jsonPath();
        assertThat(json.getList("mandatoryElements", String.class)).contains("title", "workloadHours", "supervision").hasSize(19);
        JsonPath hkqr = JsonPath.from(given().get("/api/sources/hkqr").asString());
        assertThat(hkqr.getInt("records.records")).isEqualTo(1);
        assertThat(hkqr.getInt("records.elements.workloadHours.derived")).as("hours from credits are derived").isEqualTo(1);
        assertThat(hkqr.getInt("records.elements.workloadHours.published")).isZero();
        assertThat(hkqr.getInt("records.elements.title.published")).isEqualTo(1);
        assertThat(hkqr.getInt("records.elements.supervision.missing")).isEqualTo(1);
        assertThat(hkqr.getDouble("records.averageCompleteness")).isEqualTo(0.68);
        JsonPath nzqa = JsonPath.from(given().get("/api/sources/nzqa").asString());
        int nzqaRecords = nzqa.getInt("records.records");
        assertThat(nzqaRecords).isEqualTo(10);
        assertThat(nzqa.getInt("records.elements.learningOutcomes.published")).isEqualTo(1);
        assertThat(nzqa.getDouble("records.elements.learningOutcomes.share")).isEqualTo(0.1);
        assertThat(nzqa.getDouble("records.elements.title.share")).isEqualTo(1.0);
        assertThat(nzqa.getString("records.newestUpdatedAt")).isEqualTo("2025-03-01T00:20:00Z");
    }

    @Test
    void rejectsByClassAndComplianceFlagsPerSource() {
        assertThat(JsonPath.from(given().get("/api/sources/mqa").asString()).getMap("rejects.byClass")).containsExactly(Map.entry("untitled", 3));
        assertThat(JsonPath.from(given().get("/api/sources/hkqr").asString()).getMap("rejects.byClass")).containsExactly(Map.entry("unclassified", 1));

        JsonPath nzqa = JsonPath.from(given().get("/api/sources/nzqa").asString());
        assertThat(nzqa.getMap("records.compliance").keySet()).containsExactly("col-mandatory", "eu-annex-i");
        assertThat(nzqa.getInt("records.compliance.col-mandatory.records")).isEqualTo(2);
        assertThat(nzqa.getInt("records.compliance.col-mandatory.met")).isEqualTo(1);
        assertThat(nzqa.getDouble("records.compliance.col-mandatory.share")).isEqualTo(0.5);
        assertThat(nzqa.getList("records.compliance.col-mandatory.mostMissing.element", String.class))
                .containsExactly("gradeRequired", "prerequisites", "qualityAssurance", "supervision");
        JsonPath mqa = JsonPath.from(given().get("/api/sources/mqa").asString());
        assertThat(mqa.getDouble("records.compliance.mqa-required.share")).isEqualTo(1.0);
        assertThat(JsonPath.from(given().get("/api/sources/microcred-seeker").asString()).getMap("records.compliance")).isEmpty();
    }

    @Test
    void theHistoryHasAPointPerEndedRunWithTheSourcesFiguresThen() {
        JsonPath history = given().get("/api/sources/history").jsonPath();
        assertThat(history.getMap("sources").keySet()).containsExactly("hkqr", "mqa", "nzqa");
        assertThat(history.getList("sources.nzqa.runId", String.class)).containsExactly("nzqa-1", "nzqa-2");
        assertThat(history.getList("sources.nzqa.records", Integer.class)).containsExactly(10, 10);
        assertThat(history.getList("sources.nzqa.durationMs", Integer.class)).containsExactly(300_000, 252_000);
        assertThat(history.getDouble("sources.nzqa[1].compliance.eu-annex-i")).isEqualTo(0.5);
        assertThat(history.getList("sources.mqa.runId", String.class)).as("the running report takes no point").containsExactly("mqa-9");
        assertThat(history.getString("sources.mqa[0].at")).isEqualTo("2025-03-01T09:10:00Z");
        assertThat(history.getInt("sources.mqa[0].records")).isEqualTo(4);
        assertThat(history.getMap("sources.mqa[0].rejectsByClass")).containsExactly(Map.entry("untitled", 3));
        assertThat(history.getString("sources.hkqr[0].status")).isEqualTo("failed");
        assertThat(history.getInt("sources.hkqr[0].failed")).isEqualTo(1);
        assertThat(history.getInt("sources.hkqr[0].rejected")).isEqualTo(1);
    }

    @Test
    void thePublicApiIsReadOnly() {
        assertThat(given().post("/api/sources").statusCode()).isEqualTo(405);
        assertThat(given().delete("/api/sources/mqa").statusCode()).isEqualTo(405);
        assertThat(given().contentType("application/json").body("{}").put("/col/v1/records").statusCode()).isEqualTo(405);
    }

    @Test
    void adminActionsNeedTheToken() {
        Response none = given().get("/api/admin/sources");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(none.jsonPath().getString("error")).contains("need credentials").contains("Bearer");
        Response wrong = given().header("Authorization", "Bearer wrong").delete("/api/admin/rejects");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.jsonPath().getString("error")).contains("not accepted");
        assertThat(given().header("Authorization", "Bearer " + FeedsProfile.ADMIN_TOKEN + "x").post("/api/admin/reload").statusCode()).isEqualTo(401);
        assertThat(given().auth().preemptive().basic("admin", FeedsProfile.ADMIN_TOKEN).post("/api/admin/reload").statusCode()).isEqualTo(401);

        JsonPath withRaw = given().header("Authorization", "Bearer " + FeedsProfile.ADMIN_TOKEN).get("/api/admin/sources").jsonPath();
        assertThat(withRaw.getString("sources.find { it.source == 'mqa' }.rejects.byReason[0].examples[0].raw")).contains("\"source\":\"mqa\"");
    }

    @Test
    void anAdminClearsASourcesRejectsAndAReloadBringsThemBack() {
        String bearer = "Bearer " + FeedsProfile.ADMIN_TOKEN;
        Response cleared = given().header("Authorization", bearer).queryParam("source", "hkqr").delete("/api/admin/rejects");
        assertThat(cleared.statusCode()).isEqualTo(200);
        assertThat(cleared.jsonPath().getInt("cleared")).isEqualTo(1);
        assertThat(JsonPath.from(given().get("/api/sources/hkqr").asString()).getInt("rejects.events")).isZero();

        assertThat(given().header("Authorization", bearer).post("/api/admin/reload").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath hkqr = JsonPath.from(given().get("/api/sources/hkqr").asString());
            assertThat(hkqr.getInt("rejects.events")).isEqualTo(1);
            assertThat(hkqr.getList("rejects.byReason.problem", String.class)).containsExactly("unparseable page: no detail table");
        });
        assertThat(List.of(given().get("/api/sources/mqa").jsonPath().getInt("rejects.events"))).containsExactly(4);
    }
}
