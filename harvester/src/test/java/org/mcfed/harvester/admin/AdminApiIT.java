package org.mcfed.harvester.admin;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.harvester.app.HarvesterRuntime;
import org.mcfed.harvester.it.TopicContents;
import org.mcfed.kafka.KafkaBrokerResource;
import org.mcfed.sandbox.fault.FaultSpec;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

/**
 * The harvester app as deployed (Quarkus, Camel routes, real broker, sandbox over HTTP): the admin
 * API refuses requests without the configured credentials, lists the sources with their state,
 * runs, pauses and resumes a source, and dry-runs a registry's feed without publishing anything.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = SandboxSources.class, restrictToAnnotatedClass = true)
class AdminApiIT {

    @Inject
    CamelContext camel;

    @Inject
    HarvesterRuntime runtime;

    private static RequestSpecification operator() {
        return given().auth().preemptive().basic("admin", SandboxSources.PASSWORD);
    }

    @Test
    void refusesWithoutCredentials() {
        given().get("/admin/sources").then().statusCode(401).contentType(containsString("application/json"))
                .body("error", containsString("need credentials"));
        given().auth().preemptive().basic("admin", "wrong").get("/admin/sources").then().statusCode(401)
                .body("error", containsString("not accepted"));
        given().auth().preemptive().basic("operator", SandboxSources.PASSWORD).get("/admin/sources").then().statusCode(401);
        given().post("/admin/sources/nzqa/run").then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
        given().get("/admin/dry-run?connector=nzqa&baseUrl=http://localhost/").then().statusCode(401);
    }

    @Test
    void listsTheSourcesRunsOneAndShowsItsReport() {
        assertThat(camel.getRoute("harvest-nzqa")).isNotNull();
        assertThat(camel.getRoute("harvest-mqa")).as("disabled source has no route").isNull();
        operator().get("/admin/sources").then().statusCode(200)
                .body("name", hasItems("mqa", "nzqa"))
                .body("find { it.name == 'nzqa' }.schedule", equalTo("manual"))
                .body("find { it.name == 'nzqa' }.breaker.state", equalTo("closed"))
                .body("find { it.name == 'mqa' }.enabled", equalTo(false));
        operator().post("/admin/sources/mqa/run").then().statusCode(409).body("run", equalTo("disabled"));
        operator().post("/admin/sources/nope/run").then().statusCode(404);

        await().atMost(Duration.ofSeconds(60)).until(() -> runtime.engine().owns("nzqa") && !runtime.engine().control("nzqa").running());
        operator().post("/admin/sources/nzqa/run").then().statusCode(202).body("run", equalTo("started"));
        int live = SandboxSources.sandbox().truth("nzqa").source("nzqa").liveIds().size();
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> operator().get("/admin/sources/nzqa").then()
                .statusCode(200)
                .body("lastRuns[0].status", equalTo("completed"))
                .body("lastRuns[0].new", equalTo(live))
                .body("running", equalTo(false)));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("mcfed_harvest_records_total{outcome=\"new\",source=\"nzqa\"} " + live + ".0"));
        given().get("/q/health/ready").then().statusCode(200).body(containsString("kafka"));
    }

    /** The route's own figures and health come from Camel: one exchange per batch of the run, the route's check up. */
    @Test
    void theSourcesRouteReportsItsMetricsAndHealthThroughCamel() {
        await().atMost(Duration.ofSeconds(60)).until(() -> runtime.engine().owns("nzqa") && !runtime.engine().control("nzqa").running());
        operator().post("/admin/sources/nzqa/run").then().statusCode(202);
        await().atMost(Duration.ofMinutes(2)).until(() -> !runtime.engine().control("nzqa").running()
                && !runtime.engine().control("nzqa").lastRuns().isEmpty());
        long pages = runtime.engine().control("nzqa").lastRuns().get(0).pages();
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        double exchanges = metrics.lines()
                .filter(l -> l.startsWith("camel_exchanges_total{") && l.contains("routeId=\"harvest-nzqa\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
        assertThat(exchanges).as(metrics.lines().filter(l -> l.contains("harvest-nzqa")).toList().toString())
                .isGreaterThanOrEqualTo(pages);
        given().get("/q/health/ready").then().statusCode(200).body(containsString("camel"));
    }

    @Test
    void aRunsReportAndTheDryRunNameTheFeedItemsThatCouldNotBeRead() {
        SandboxSources.sandbox().faults("col-feed", FaultSpec.badItems(0.2));
        long unidentifiable = SandboxSources.sandbox().truth("col-feed").source("col-feed").live().stream()
                .filter(t -> "item-not-an-object".equals(t.malformed()) || "item-without-id".equals(t.malformed())).count();
        long identified = SandboxSources.sandbox().truth("col-feed").source("col-feed").expectedRejects().size();
        assertThat(unidentifiable).isPositive();

        await().atMost(Duration.ofSeconds(60)).until(() -> runtime.engine().owns("pqr") && !runtime.engine().control("pqr").running());
        operator().post("/admin/sources/pqr/run").then().statusCode(202);
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> operator().get("/admin/sources/pqr").then()
                .statusCode(200)
                .body("lastRuns[0].status", equalTo("completed"))
                .body("lastRuns[0].itemProblemCount", equalTo((int) (unidentifiable + identified)))
                .body("lastRuns[0].itemProblems.findAll { it.id == null }.size()", equalTo((int) unidentifiable))
                .body("lastRuns[0].itemProblems[0].page", containsString("/col-feed/col/v1/records?"))
                .body("lastRuns[0].itemProblems[0].item", startsWith("records[")));

        operator().queryParam("connector", "col-feed").queryParam("baseUrl", SandboxSources.sandbox().baseUrl("col-feed").toString())
                .queryParam("sample", 100).get("/admin/dry-run").then().statusCode(200)
                .body("itemProblems.findAll { it.id == null }.size()", equalTo((int) unidentifiable))
                .body("rejected", equalTo((int) identified));
    }

    @Test
    void aPausedSourceDoesNotRunUntilResumed() {
        await().atMost(Duration.ofSeconds(60)).until(() -> runtime.engine().owns("nzqa") && !runtime.engine().control("nzqa").running());
        operator().post("/admin/sources/nzqa/pause").then().statusCode(200).body("paused", equalTo(true));
        operator().get("/admin/sources/nzqa").then().body("paused", equalTo(true));
        operator().post("/admin/sources/nzqa/run").then().statusCode(409).body("run", equalTo("paused"));
        operator().post("/admin/sources/nzqa/resume").then().statusCode(200).body("paused", equalTo(false));
        operator().get("/admin/sources/nzqa").then().body("paused", equalTo(false));
    }

    @Test
    void dryRunReportsCompletenessAndProblemsWithoutPublishing() {
        int rawBefore = TopicContents.read(KafkaBrokerResource.broker().bootstrapServers(), Topics.RAW).size();
        String base = SandboxSources.sandbox().baseUrl("hkqr").toString();
        operator().queryParam("connector", "hkqr").queryParam("baseUrl", base).queryParam("sample", 8)
                .get("/admin/dry-run").then().statusCode(200)
                .body("connector", equalTo("hkqr"))
                .body("sampled", equalTo(8))
                .body("averageCompleteness", greaterThan(0.3f))
                .body("records.size()", equalTo(8));
        operator().queryParam("connector", "nope").queryParam("baseUrl", base)
                .get("/admin/dry-run").then().statusCode(400).body("error", containsString("no connector named 'nope'"));
        operator().queryParam("connector", "hkqr").queryParam("baseUrl", "ftp://x")
                .get("/admin/dry-run").then().statusCode(400).body("error", containsString("http(s)"));
        assertThat(TopicContents.read(KafkaBrokerResource.broker().bootstrapServers(), Topics.RAW)).hasSize(rawBefore);
    }
}
