package org.mcfed.index.fuzz;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcfed.fuzz.FuzzRun;
import org.mcfed.fuzz.HostileRequest;
import org.mcfed.fuzz.WireAnswer;
import org.mcfed.index.store.RecordIndex;
import org.mcfed.index.testkit.Catalog;
import org.mcfed.index.testkit.FeedsProfile;
import org.mcfed.index.testkit.Pipeline;
import org.mcfed.kafka.KafkaBrokerResource;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

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

    /** The service's quarkus.http.limits.max-initial-line-length (application.properties). */
    private static final int MAX_INITIAL_LINE = 262_144;

    @Inject
    RecordIndex index;

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    void published() {
        Pipeline.publishOnce(index);
    }

    private WireAnswer send(String method, String target, HostileRequest.Header header, String body) throws IOException {
        return WireAnswer.exchange(base.getHost(), base.getPort(), new HostileRequest(method, target,
                header == null ? List.of() : List.of(header), body.getBytes(StandardCharsets.UTF_8)), FuzzRun.TIMEOUT_MILLIS);
    }

    @Test
    void aBrokenPercentEscapeIsAJson400AndOnOaiABadArgument() throws IOException {
        for (String target : List.of("/api/search?q=%ZZ", "/api/search?q=%E4%B8%", "/col/v1/records?cursor=%", "/validate.html%ZZ")) {
            WireAnswer answer = send("GET", target, null, "");
            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.contentType()).as(target).startsWith("application/json");
            assertThat(answer.text()).as(target).contains("\"error\":\"unreadable request: Bad Request");
        }
        HostileRequest.Header form = new HostileRequest.Header("Content-Type", "application/x-www-form-urlencoded");
        for (WireAnswer oai : List.of(send("GET", "/oai?verb=%ZZ", null, ""), send("POST", "/oai", form, "verb=Identify&set=%G1"))) {
            assertThat(oai.status()).isEqualTo(200);
            assertThat(oai.text()).contains("<error code=\"badArgument\">");
        }
    }

    @Test
    void unreadableNegotiationAndForwardingHeadersAreTheClientsError() throws IOException {
        WireAnswer accept = send("GET", "/api/records/" + Catalog.SCRIPT_ID, new HostileRequest.Header("Accept", "a/b/c/d"), "");
        assertThat(accept.status()).isEqualTo(400);
        assertThat(accept.text()).contains("unreadable Accept header");
        WireAnswer since = send("GET", "/col/v1/records", new HostileRequest.Header("If-Modified-Since", "yesterday"), "");
        assertThat(since.status()).as("an unreadable If-Modified-Since is ignored").isEqualTo(200);
        WireAnswer forwarded = send("GET", "/oai?verb=Identify", new HostileRequest.Header("X-Forwarded-Proto", "%ED%A0%80"), "");
        assertThat(forwarded.status()).isEqualTo(400);
        assertThat(forwarded.text()).contains("unreadable forwarding headers");
    }

    @Test
    void hostileRequestsGetNoServerErrorAndEveryErrorIsAJsonOrOaiBody() {
        FuzzRun.Outcome outcome = FuzzRun.runFromTest("index-service", base, 1_500, HostileRequests::new, MAX_INITIAL_LINE);

        assertThat(outcome.counted()).isEqualTo(Integer.getInteger("fuzz.requests", 1_500));
        assertThat(outcome.violations()).isEmpty();
        assertThat(outcome.slowestMillis()).as(outcome.slowest()).isLessThan(5_000);
        // the run reaches the service's answers, not only its refusals
        assertThat(outcome.perStatus()).containsKeys(200, 400, 404);
    }
}
