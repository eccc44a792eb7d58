package org.mcfed.normalizer.app;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.pipeline.Reject;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.kafka.KafkaBrokerResource;
import org.mcfed.connector.RawRecord;
import org.mcfed.normalizer.KafkaTestIO;
import org.mcfed.normalizer.RawRecordJson;
import org.mcfed.normalizer.RegistryHarvest;
import org.mcfed.sandbox.RegistrySandbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The Quarkus app on a real in-process broker: topics, health, metrics, the guarded replay call, rejects. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class NormalizerAppIT {

    private static String bootstrap() {
        return KafkaBrokerResource.broker().bootstrapServers();
    }

    @Test
    void createsTheRecordsTopicCompactedAndReportsReady() throws Exception {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        try (Admin admin = KafkaTestIO.admin(bootstrap())) {
            assertThat(admin.listTopics().names().get()).contains(Topics.RAW, Topics.RECORDS, Topics.REJECTS);
            ConfigResource records = new ConfigResource(ConfigResource.Type.TOPIC, Topics.RECORDS);
            Config config = admin.describeConfigs(List.of(records)).all().get().get(records);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(admin.describeTopics(List.of(Topics.RECORDS)).allTopicNames().get().get(Topics.RECORDS)
                    .partitions()).hasSize(Topics.declaration(Topics.RECORDS).partitions());
        }
    }

    @Test
    void replayNeedsTheConfiguredCredentials() {
        given().when().post("/admin/replay").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic")).body("error", containsString("need credentials"));
        given().auth().preemptive().basic("admin", "wrong").when().post("/admin/replay").then().statusCode(401)
                .body("error", containsString("not accepted"));
        given().auth().preemptive().basic("operator", "test-secret").when().post("/admin/replay").then().statusCode(401);
        given().auth().preemptive().basic("admin", "test-secret").when().post("/admin/replay")
                .then().statusCode(202).body("replay", equalTo("requested")).body("republish", equalTo("changed"));
        given().auth().preemptive().basic("admin", "test-secret").when().post("/admin/replay?republish=all")
                .then().statusCode(202).body("replay", equalTo("requested")).body("republish", equalTo("all"));
        given().auth().preemptive().basic("admin", "test-secret").when().post("/admin/replay?republish=everything")
                .then().statusCode(400).body("error", containsString("'changed' (the default) or 'all'"));
        given().when().post("/admin/replay?republish=everything").then().statusCode(401);
    }

    @Test
    void statusTimesAReplayOfTheWholeRawTopicUntilItIsCaughtUp() {
        given().when().get("/admin/status").then().statusCode(401).body("error", containsString("need credentials"));
        given().auth().preemptive().basic("admin", "wrong").when().get("/admin/status").then().statusCode(401);
        KafkaTestIO.send(bootstrap(), Topics.RAW, Map.of("nzqa:status-1", "not a raw record".getBytes(StandardCharsets.UTF_8)));
        int rawValues = KafkaTestIO.readAll(bootstrap(), Topics.RAW).size();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().preemptive().basic("admin", "test-secret")
                .when().get("/admin/status").then().statusCode(200).body("ready", equalTo(true))
                .body("caughtUp", equalTo(true)).body("lag", equalTo(0)));

        java.time.Instant requested = java.time.Instant.now();
        given().auth().preemptive().basic("admin", "test-secret").when().post("/admin/replay").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, Object> replay = given().auth().preemptive().basic("admin", "test-secret").when().get("/admin/status")
                    .then().statusCode(200).extract().jsonPath().getMap("replay");
            assertThat(replay).isNotNull();
            assertThat(java.time.Instant.parse((String) replay.get("startedAt"))).isAfterOrEqualTo(requested.minusMillis(1));
            assertThat(replay.get("caughtUpAt")).as("caught up").isNotNull();
            assertThat(((Number) replay.get("rawValuesProcessed")).longValue()).isGreaterThanOrEqualTo(rawValues);
            assertThat(replay).containsEntry("republish", "changed").containsKeys("recordsWritten", "recordsUnchanged");
            assertThat(java.time.Instant.parse((String) replay.get("caughtUpAt"))).isAfterOrEqualTo(
                    java.time.Instant.parse((String) replay.get("startedAt")));
        });
        String status = given().auth().preemptive().basic("admin", "test-secret").when().get("/admin/status")
                .then().statusCode(200).extract().asString();
        assertThat(status).contains("\"rawValuesProcessed\"", "\"partitions\"", "\"knownRecords\"");
    }

    @Test
    void unreadableRawValueIsRejectedWithItsReasonAndCounted() {
        byte[] garbage = "<html>not a raw record".getBytes(StandardCharsets.UTF_8);
        KafkaTestIO.send(bootstrap(), Topics.RAW, Map.of("nzqa:broken-1", garbage));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                KafkaTestIO.latest(bootstrap(), Topics.REJECTS)).containsKey("nzqa:broken-1"));
        Reject reject = read(KafkaTestIO.latest(bootstrap(), Topics.REJECTS).get("nzqa:broken-1"));
        assertThat(reject.raw().asText()).isEqualTo("<html>not a raw record");
        assertThat(reject.reasons()).singleElement().satisfies(r -> {
            assertThat(r.element()).isEqualTo("page");
            assertThat(r.problem()).startsWith("value is not a raw record");
        });
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("mcfed_normalizer_rejected_total{reason=\"malformed-raw\"}"))
                .body(containsString("mcfed_normalizer_consumed_total"));
    }

    @Test
    void sandboxRecordsFlowThroughTheAppToRecordsAndTombstonesAndAreCounted() {
        try (RegistrySandbox sandbox = RegistrySandbox.builder().seed(3).scale(0.01).port(0).build().start()) {
            List<RawRecord> raws = RegistryHarvest.harvest("nzqa", "nzqa", sandbox.baseUrl("nzqa"));
            assertThat(raws).isNotEmpty();
            Set<String> keys = KafkaTestIO.sendRaw(bootstrap(), raws);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                    KafkaTestIO.latest(bootstrap(), Topics.RECORDS)).containsKeys(keys.toArray(String[]::new)));

            RawRecord gone = raws.get(0);
            RawRecord deletion = new RawRecord(gone.source(), gone.connector(), gone.localId(), gone.url(),
                    gone.fetchedAt().plusSeconds(3600), null, null, Map.of(), null, List.of(), true, gone.position());
            KafkaTestIO.send(bootstrap(), Topics.RAW, Map.of(deletion.key(), RawRecordJson.write(deletion)));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Map<String, byte[]> latest = KafkaTestIO.latest(bootstrap(), Topics.RECORDS);
                assertThat(latest).containsKey(gone.key());
                assertThat(latest.get(gone.key())).isNull();
            });
            // the same raw value again (a redelivery, say) comes out as the topic holds it: counted, not written again
            RawRecord kept = raws.get(raws.size() - 1);
            int logSize = KafkaTestIO.readAll(bootstrap(), Topics.RECORDS).size();
            double unchangedBefore = counter(metrics(), "mcfed_normalizer_unchanged_total");
            KafkaTestIO.send(bootstrap(), Topics.RAW, Map.of(kept.key(), RawRecordJson.write(kept)));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(counter(metrics(), "mcfed_normalizer_unchanged_total")).isGreaterThan(unchangedBefore));
            assertThat(KafkaTestIO.readAll(bootstrap(), Topics.RECORDS)).hasSize(logSize);
            String metrics = metrics();
            assertThat(counter(metrics, "mcfed_normalizer_published_total")).isGreaterThanOrEqualTo(raws.size());
            assertThat(counter(metrics, "mcfed_normalizer_tombstones_total")).isGreaterThanOrEqualTo(1);
            assertThat(counter(metrics, "mcfed_normalizer_consumed_total")).isGreaterThanOrEqualTo(raws.size() + 1);
        }
    }

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double counter(String metrics, String name) {
        return metrics.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    static Reject read(byte[] value) {
        try {
            return ColJson.mapper().readValue(value, Reject.class);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

}
