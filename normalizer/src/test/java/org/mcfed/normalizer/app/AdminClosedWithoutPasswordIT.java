package org.mcfed.normalizer.app;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.mcfed.kafka.KafkaBrokerResource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** A normalizer deployed without the admin secret starts and normalises, but refuses every admin call (401). */
@QuarkusTest
@TestProfile(AdminClosedWithoutPasswordIT.NoAdminPassword.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class AdminClosedWithoutPasswordIT {

    /** The test configuration without {@code mcfed.admin.password}. */
    public static class NoAdminPassword implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mcfed.admin.password", "");
        }
    }

    @Test
    void replayIsRefusedWhateverIsPresented() {
        given().when().post("/admin/replay").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .body("error", containsString("no admin password is configured"));
        given().auth().preemptive().basic("admin", "").when().post("/admin/replay").then().statusCode(401);
        given().auth().preemptive().basic("admin", "test-secret").when().post("/admin/replay").then().statusCode(401)
                .body("error", containsString("no admin password is configured"));
        given().auth().preemptive().basic("admin", "test-secret").when().get("/admin/status").then().statusCode(401)
                .body("error", containsString("no admin password is configured"));
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
