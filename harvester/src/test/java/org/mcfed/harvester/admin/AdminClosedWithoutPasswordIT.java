package org.mcfed.harvester.admin;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.mcfed.kafka.KafkaBrokerResource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/**
 * A harvester deployed without the admin secret starts (its schedules are its job) but is closed:
 * every admin call, the dry run included, is a 401 with a JSON body, whatever it presents.
 */
@QuarkusTest
@TestProfile(AdminClosedWithoutPasswordIT.NoAdminPassword.class)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = true)
class AdminClosedWithoutPasswordIT {

    /** One configured (disabled) source and no {@code mcfed.admin.password}. */
    public static class NoAdminPassword implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "mcfed.sources.nzqa.connector", "nzqa",
                    "mcfed.sources.nzqa.base-url", "http://localhost:9/nzqa/",
                    "mcfed.sources.nzqa.enabled", "false",
                    "mcfed.harvester.admin-password", "",
                    "mcfed.harvester.instance-id", "admin-closed-it");
        }
    }

    @Test
    void everyAdminCallIsRefused() {
        given().get("/admin/sources").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .body("error", containsString("no admin password is configured"));
        given().auth().preemptive().basic("admin", "").post("/admin/sources/nzqa/run").then().statusCode(401);
        given().auth().preemptive().basic("admin", "local-admin").get("/admin/dry-run?connector=nzqa&baseUrl=http://localhost:9/")
                .then().statusCode(401).body("error", containsString("no admin password is configured"));
        given().get("/q/health/live").then().statusCode(200);
    }
}
