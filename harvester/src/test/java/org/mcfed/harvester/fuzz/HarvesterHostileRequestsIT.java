package org.mcfed.harvester.fuzz;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mcfed.fuzz.FuzzRun;
import org.mcfed.harvester.admin.SandboxSources;
import org.mcfed.kafka.KafkaBrokerResource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded fuzz run over real HTTP against the harvester as deployed (real broker, sandbox
 * registries): 400 hostile requests to every endpoint (more with {@code -Dfuzz.requests=}, another
 * seed with {@code -Dfuzz.seed=}), none answered 5xx, every error a JSON body, none slow.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = SandboxSources.class, restrictToAnnotatedClass = true)
class HarvesterHostileRequestsIT {

    @TestHTTPResource("/")
    URI base;

    @Test
    void hostileRequestsGetNoServerErrorAndEveryErrorIsAJsonBody() {
        String operator = "Basic " + Base64.getEncoder().encodeToString(("admin:" + SandboxSources.PASSWORD).getBytes(StandardCharsets.UTF_8));
        String sandbox = SandboxSources.sandbox().baseUrl("nzqa").toString();

        FuzzRun.Outcome outcome = FuzzRun.runFromTest("harvester", base, 400,
                seed -> new HarvesterHostileRequests(seed, operator, sandbox), FuzzRun.DEFAULT_MAX_INITIAL_LINE);

        assertThat(outcome.violations()).isEmpty();
        assertThat(outcome.counted()).isEqualTo(Integer.getInteger("fuzz.requests", 400));
        assertThat(outcome.slowestMillis()).as(outcome.slowest()).isLessThan(10_000);
        // the run reaches the resources (a source, a dry run, a refused run), not only the authentication
        assertThat(outcome.perStatus()).containsKeys(200, 400, 401, 404, 409);
    }
}
