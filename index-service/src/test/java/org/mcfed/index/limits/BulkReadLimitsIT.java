package org.mcfed.index.limits;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.mcfed.index.testkit.LowLimitsProfile;
import org.mcfed.kafka.KafkaBrokerResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits of the expensive public endpoints over real HTTP, clients told apart by their forwarded
 * address: feed pages and OAI-PMH requests and exports beyond a client's budget are a 429 with
 * {@code Retry-After} and a JSON body, other clients are unaffected, a finished export gives its slot
 * back, and search by page number or offset is a 400 pointing to cursors.
 */
@QuarkusTest
@TestProfile(LowLimitsProfile.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class BulkReadLimitsIT {

    private static Response get(String client, String path) {
        return given().header("X-Forwarded-For", client).get(path);
    }

    private static void assertTooMany(Response answer, String says) {
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(answer.header("Retry-After"))).isPositive();
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.jsonPath().getString("error")).contains(says);
        assertThat(answer.jsonPath().getLong("retryAfterSeconds")).isEqualTo(Long.parseLong(answer.header("Retry-After")));
    }

    @Test
    void feedPagesAndOaiRequestsBeyondAClientsBudgetAre429() {
        String client = "10.20.0.1";
        for (int i = 0; i < LowLimitsProfile.PAGE_BURST - 1; i++) {
            assertThat(get(client, "/col/v1/records?limit=5").statusCode()).isEqualTo(200);
        }
        assertThat(get(client, "/oai?verb=Identify").statusCode()).isEqualTo(200);
        assertTooMany(get(client, "/col/v1/records?limit=5"), "too many feed pages and OAI-PMH requests");
        assertTooMany(get(client, "/oai?verb=ListIdentifiers&metadataPrefix=oai_dc"), "too many feed pages");

        assertThat(get("10.20.0.2", "/oai?verb=Identify").statusCode()).as("another client").isEqualTo(200);
        assertThat(get(client, "/api/search?q=data").statusCode()).as("search has no page budget").isEqualTo(200);
    }

    @Test
    void exportsBeyondAClientsBudgetAre429AndAFinishedExportFreesItsSlot() {
        String client = "10.20.0.3";
        for (int i = 0; i < LowLimitsProfile.EXPORT_BURST; i++) {
            // one slot only (export-concurrency 1): the second export gets it only if the first gave it back
            Response export = get(client, "/api/export?format=ndjson");
            assertThat(export.statusCode()).as("export " + i).isEqualTo(200);
        }
        assertTooMany(get(client, "/api/export?format=csv"), "too many exports from this address");
        assertThat(get("10.20.0.4", "/api/export?format=csv").statusCode()).as("another client").isEqualTo(200);
    }

    @Test
    void searchByPageNumberOrOffsetIsA400PointingToCursors() {
        for (String path : new String[] {"/api/search?q=data&page=2", "/api/search?from=20", "/api/search?page=1&page=9999999",
                "/api/search?page=x"}) {
            Response refused = given().get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/json");
            assertThat(refused.jsonPath().getString("error")).as(path).contains("paged with cursors").contains("cursor=");
        }
        assertThat(given().get("/api/search?q=data&page=1&from=0").statusCode()).isEqualTo(200);
    }
}
