package org.mcfed.index.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.store.RecordIndex;
import org.mcfed.index.testkit.Catalog;
import org.mcfed.index.testkit.FeedsProfile;
import org.mcfed.index.testkit.Pipeline;
import org.mcfed.kafka.KafkaBrokerResource;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The COL JSON feed over HTTP, against an index built from the records topic of a real broker. */
@QuarkusTest
@TestProfile(FeedsProfile.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class ColFeedIT {

    @Inject
    RecordIndex index;

    @BeforeEach
    void published() {
        Pipeline.publishOnce(index);
    }

    private static JsonNode json(Response r) throws IOException {
        return ColJson.mapper().readTree(r.asString());
    }

    @Test
    void pagingThroughTheWholeFeedGivesEveryRecordOnceInOrderThenTheDeletions() throws IOException {
        List<String> ids = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 4);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response r = request.get("/col/v1/records");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.header("ETag")).isNotBlank();
            assertThat(r.header("Last-Modified")).isNotBlank();
            JsonNode page = json(r);
            assertThat(page.has("records") && page.has("deleted") && page.has("next")).isTrue();
            assertThat(page.get("records").size() + page.get("deleted").size()).isLessThanOrEqualTo(4);
            for (JsonNode record : page.get("records")) {
                ColRecord parsed = ColJson.read(record.toString());
                ids.add(parsed.id());
                times.add(parsed.updatedAt());
            }
            for (JsonNode d : page.get("deleted")) {
                deleted.add(d.get("id").asText());
                assertThat(Instant.parse(d.get("deletedAt").asText())).isAfter(Catalog.T0);
            }
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (cursor != null && pages < 50);
        assertThat(ids).containsExactlyElementsOf(Catalog.live().stream().map(ColRecord::id).toList());
        assertThat(times).isSorted();
        assertThat(deleted).containsExactlyInAnyOrderElementsOf(Catalog.DELETED);
        assertThat(pages).isGreaterThanOrEqualTo((Catalog.live().size() + Catalog.DELETED.size()) / 4);
    }

    @Test
    void recordsInTheFeedAreTheTopicsRecordsUnchanged() throws IOException {
        JsonNode page = json(given().queryParam("limit", 1000).get("/col/v1/records"));
        for (JsonNode record : page.get("records")) {
            ColRecord parsed = ColJson.read(record.toString());
            assertThat(parsed).isEqualTo(Catalog.byId(parsed.id()));
        }
        assertThat(page.get("next").isNull()).isTrue();
    }

    @Test
    void sinceIsInclusiveAndOrdersTiesById() throws IOException {
        // minute 12 holds two workshops: mqa:MQA/WS 0003 then nzqa:7003-1 (the id breaks the tie)
        Instant since = Catalog.T0.plusSeconds(12 * 60);
        JsonNode page = json(given().queryParam("since", since.toString()).queryParam("limit", 1000).get("/col/v1/records"));
        List<String> ids = new ArrayList<>();
        page.get("records").forEach(r -> ids.add(r.get("id").asText()));
        List<String> expected = Catalog.live().stream().filter(r -> !r.updatedAt().isBefore(since)).map(ColRecord::id).toList();
        assertThat(ids).containsExactlyElementsOf(expected).startsWith("mqa:MQA/WS 0003", "nzqa:7003-1");
        assertThat(page.get("deleted")).as("deletions happened after every record's updatedAt").hasSize(Catalog.DELETED.size());

        JsonNode later = json(given().queryParam("since", "2099-01-01T00:00:00Z").get("/col/v1/records"));
        assertThat(later.get("records")).isEmpty();
        assertThat(later.get("deleted")).isEmpty();
        assertThat(later.get("next").isNull()).isTrue();
    }

    @Test
    void aConditionalGetOfAnUnchangedPageIsNotModified() {
        Response first = given().queryParam("limit", 3).get("/col/v1/records");
        String etag = first.header("ETag");
        given().queryParam("limit", 3).header("If-None-Match", etag).get("/col/v1/records")
                .then().statusCode(304);
        given().queryParam("limit", 3).header("If-None-Match", "\"something-else\"").get("/col/v1/records")
                .then().statusCode(200);
    }

    @Test
    void badParametersAre400WithAnErrorMessage() {
        for (String[] bad : new String[][]{{"since", "yesterday"}, {"limit", "0"}, {"limit", "1001"}, {"limit", "ten"}, {"cursor", "not-a-cursor"}}) {
            Response r = given().queryParam(bad[0], bad[1]).get("/col/v1/records");
            assertThat(r.statusCode()).as(String.join("=", bad)).isEqualTo(400);
            assertThat(r.jsonPath().getString("error")).as(String.join("=", bad)).isNotBlank();
        }
    }
}
