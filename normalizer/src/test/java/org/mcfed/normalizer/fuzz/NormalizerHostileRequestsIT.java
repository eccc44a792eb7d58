package org.mcfed.normalizer.fuzz;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mcfed.fuzz.FuzzRun;
import org.mcfed.kafka.KafkaBrokerResource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded fuzz run over real HTTP against the normalizer on a real broker: 300 hostile requests to
 * every endpoint (more with {@code -Dfuzz.requests=}, another seed with {@code -Dfuzz.seed=}), none
 * answered 5xx, every error a JSON body, none slow.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class NormalizerHostileRequestsIT {

    @TestHTTPResource("/")
    URI base;

    @Test
    void hostileRequestsGetNoServerErrorAndEveryErrorIsAJsonBody() {
        String operator = "Basic " + Base64.getEncoder().encodeToString("admin:test-secret".getBytes(StandardCharsets.UTF_8));

        FuzzRun.Outcome outcome = FuzzRun.runFromTest("normalizer", base, 300, seed -> new NormalizerHostileRequests(seed, operator),
                FuzzRun.DEFAULT_MAX_INITIAL_LINE);

        assertThat(outcome.violations()).isEmpty();
        assertThat(outcome.counted()).isEqualTo(Integer.getInteger("fuzz.requests", 300));
        assertThat(outcome.slowestMillis()).as(outcome.slowest()).isLessThan(10_000);
        // replays were requested (202), refused (401), and the probes answered (200)
        assertThat(outcome.perStatus()).containsKeys(200, 202, 401, 404);
    }
}
