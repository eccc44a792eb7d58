package org.mcfed.index.ops;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Provenance;
import org.mcfed.index.RecordsTopic;
import org.mcfed.index.SampleRecords;
import org.mcfed.index.store.RecordIndex;
import org.mcfed.index.testkit.FeedsProfile;
import org.mcfed.index.testkit.Pipeline;
import org.mcfed.kafka.KafkaBrokerResource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Records fetched "now" go through {@code mcfed.records.v1} into the index; {@code GET
 * /api/admin/freshness} then reports each of them once, with delays no longer than the test saw
 * them take, split by stage where the records carry the normaliser's header, and the operators'
 * timer counts them too.
 */
@QuarkusTest
@TestProfile(FreshnessIT.OwnCatalogue.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class FreshnessIT {

    /**
     * The feeds profile on an application (and broker) of its own: the 300 records this test adds would
     * otherwise stay in the topic and the index that the other feeds-profile tests count.
     */
    public static class OwnCatalogue extends FeedsProfile {
    }

    private static final int CHANGES = 300;

    @Inject
    RecordIndex index;

    @Test
    void recordsFetchedSinceAnInstantAreReportedWithTheirFetchToSearchableDelays() {
        Pipeline.publishOnce(index);
        Instant since = Instant.now();
        ColRecord template = SampleRecords.nzqaFarming();
        List<ColRecord> changes = new ArrayList<>();
        try (RecordsTopic topic = new RecordsTopic(KafkaBrokerResource.broker().bootstrapServers(), Topics.RECORDS, 3)) {
            for (int i = 0; i < CHANGES; i++) {
                Instant fetched = Instant.now();
                changes.add(template.toBuilder().id("nzqa:fresh-" + i)
                        .provenance(new Provenance("nzqa", "fresh-" + i, template.url(), fetched, "h" + i)).build());
            }
            // half as the normaliser writes them, with the instant their raw value was published
            for (int i = 0; i < CHANGES; i++) {
                ColRecord r = changes.get(i);
                if (i % 2 == 0) {
                    topic.publishNormalised(r, r.provenance().harvestedAt().toEpochMilli() + 5);
                } else {
                    topic.publish(r);
                }
            }
            topic.flush();
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> changes.stream().allMatch(r -> index.get(r.id()).isPresent()));
        long longestPossibleMs = Duration.between(since, Instant.now()).toMillis();

        JsonPath f = given().auth().oauth2(FeedsProfile.ADMIN_TOKEN).queryParam("since", since.toString())
                .get("/api/admin/freshness").then().statusCode(200).extract().jsonPath();
        assertThat(f.getLong("records")).as("each change once; the catalogue fetched in 2025 left out").isEqualTo(CHANGES);
        long p50 = f.getLong("p50Ms");
        long p90 = f.getLong("p90Ms");
        long p99 = f.getLong("p99Ms");
        long max = f.getLong("maxMs");
        assertThat(p50).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(p90);
        assertThat(p90).isLessThanOrEqualTo(p99);
        assertThat(p99).isLessThanOrEqualTo(max);
        assertThat(max).as("no delay longer than the test waited").isLessThanOrEqualTo(longestPossibleMs);

        // split by stage: harvester and normaliser only where the header says when the raw value was published
        assertThat(f.getList("stages.stage")).containsExactly("harvester", "normalizer", "index queue", "refresh");
        assertThat(f.getList("stages.records", Long.class)).containsExactly((long) CHANGES / 2, (long) CHANGES / 2, (long) CHANGES, (long) CHANGES);
        assertThat(f.getLong("stages[0].p99Ms")).as("the harvester held each 5 ms").isEqualTo(5);
        for (int k = 1; k < 4; k++) {
            assertThat(f.getLong("stages[" + k + "].p50Ms")).isBetween(0L, f.getLong("stages[" + k + "].p99Ms"));
            assertThat(f.getLong("stages[" + k + "].p99Ms")).isLessThanOrEqualTo(max);
        }

        JsonPath later = given().auth().oauth2(FeedsProfile.ADMIN_TOKEN).queryParam("since", Instant.now().plusSeconds(60).toString())
                .get("/api/admin/freshness").jsonPath();
        assertThat(later.getLong("records")).isZero();
        assertThat(given().get("/q/metrics").asString()).contains("mcfed_index_freshness_seconds_count");
    }

    @Test
    void anUnreadableInstantIsAJsonErrorAndTheFiguresNeedTheAdminToken() {
        given().auth().oauth2(FeedsProfile.ADMIN_TOKEN).queryParam("since", "yesterday")
                .get("/api/admin/freshness").then().statusCode(400)
                .body("error", org.hamcrest.Matchers.containsString("ISO-8601"));
        given().queryParam("since", "2026-12-03T10:00:00Z").get("/api/admin/freshness").then().statusCode(401);
    }
}
