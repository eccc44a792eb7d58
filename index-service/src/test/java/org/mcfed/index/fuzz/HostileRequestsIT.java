package org.mcfed.index.fuzz;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcfed.index.store.RecordIndex;
import org.mcfed.index.testkit.FeedsProfile;
import org.mcfed.index.testkit.Pipeline;
import org.mcfed.kafka.KafkaBrokerResource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded fuzz run over real HTTP against the service serving an index built from a real
 * broker's topic: 1,500 hostile requests (more with {@code -Dfuzz.requests=}, another seed with
 * {@code -Dfuzz.seed=}), none answered 5xx, every error a JSON (or OAI-PMH XML) body, none slow.
 */
@QuarkusTest
@TestProfile(FeedsProfile.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class HostileRequestsIT {

    @Inject
    RecordIndex index;

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    void published() {
        Pipeline.publishOnce(index);
    }

    @Test
    void hostileRequestsGetNoServerErrorAndEveryErrorIsAJsonOrOaiBody() {
        int requests = Integer.getInteger("fuzz.requests", 1_500);
        long seed = Long.getLong("fuzz.seed", 14);
        FuzzRun.Outcome outcome = FuzzRun.run(base.getHost(), base.getPort(), requests, seed);
        System.out.printf("fuzz: %d requests, seed %d: %s%n", requests, seed, outcome.summary());

        assertThat(outcome.perStatus().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(requests);
        assertThat(outcome.violations()).isEmpty();
        assertThat(outcome.slowestMillis()).as(outcome.slowest()).isLessThan(5_000);
        // the run reaches the service's answers, not only its refusals
        assertThat(outcome.perStatus()).containsKeys(200, 400, 404);
    }
}
