package org.mcfed.index.ops;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.mcfed.index.testkit.LowLimitsProfile;
import org.mcfed.kafka.KafkaBrokerResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deployment that forgot the admin secret is closed: with no token configured
 * every admin call is a 401 with a JSON body and a Bearer challenge, whatever
 * it presents, and the public API still answers.
 */
@QuarkusTest
@TestProfile(LowLimitsProfile.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class AdminClosedWithoutTokenIT {

    @Inject
    OpsConfig config;

    @Test
    void everyAdminCallIsRefusedWhileNoTokenIsConfigured() {
        assertThat(config.adminToken().filter(t -> !t.isBlank())).as("precondition: no admin token").isEmpty();
        for (String authorization : new String[] {null, "Bearer ", "Bearer anything", "Basic YWRtaW46"}) {
            var request = given();
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            Response refused = request.post("/api/admin/reload");
            assertThat(refused.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(refused.contentType()).startsWith("application/json");
            assertThat(refused.jsonPath().getString("error")).contains("no admin password is configured");
        }
        assertThat(given().get("/api/sources").statusCode()).isEqualTo(200);
    }
}
