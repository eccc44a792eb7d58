package org.mcfed.index.validate;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcfed.index.testkit.FeedsProfile;
import org.mcfed.kafka.KafkaBrokerResource;
import org.mcfed.sandbox.RegistrySandbox;
import org.mcfed.sandbox.fault.FaultSpec;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public feed validator over HTTP, as a registry uses it: pasted documents, and feed URLs on
 * the sandbox registry fetched over real HTTP (its host {@code localhost} allowed in the test
 * configuration, {@code 127.0.0.1} not), with every limit reached once. Each test speaks from its
 * own client address ({@code X-Forwarded-For}) so the rate limit of one does not touch another.
 */
@QuarkusTest
@TestProfile(FeedsProfile.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class FeedValidatorIT {

    private static final AtomicInteger CLIENTS = new AtomicInteger(1);
    private static RegistrySandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = RegistrySandbox.builder().seed(13).scale(0.3).port(0).build().start();
        sandbox.clearFaults();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @AfterEach
    void noFaults() {
        sandbox.clearFaults();
    }

    private static RequestSpecification client() {
        return RestAssured.given().header("X-Forwarded-For", "198.51.100." + CLIENTS.getAndIncrement());
    }

    private static String feed(String pathAndQuery) {
        return sandbox.baseUrl("col-feed") + pathAndQuery;
    }

    private static Set<String> sandboxIds() {
        return sandbox.truth("col-feed").source("col-feed").liveIds();
    }

    @Test
    void aPastedFeedPageGetsAVerdictPerRecord() {
        Response r = client().contentType("application/json").body(FeedCheckTest.fixture("feed-good-repaired-bad.json"))
                .post("/api/validate");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.jsonPath().getList("records.verdict")).containsExactly("published", "repaired", "rejected");
        assertThat(r.jsonPath().getString("records[2].class")).isEqualTo("untitled");
        assertThat(r.jsonPath().getList("records[2].reasons.element")).contains("title");
        assertThat(r.jsonPath().getList("records[0].quality.missing")).isNotEmpty();
        assertThat(r.jsonPath().getMap("summary")).containsEntry("published", 1).containsEntry("rejected", 1)
                .containsEntry("deletions", 1).containsEntry("complete", true);
    }

    @Test
    void anOaiPageIsToldApartByItsFirstCharacter() {
        Response r = client().contentType("text/plain").body(FeedCheckTest.fixture("oai-page-messy.xml")).post("/api/validate");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.jsonPath().getList("records.id")).containsExactly("hkqr:21/000777/L3", "hkqr:21/000778/L3");
    }

    @Test
    void aDocumentOverTheSizeLimitIs413WithAJsonError() {
        byte[] big = new byte[65_537];
        java.util.Arrays.fill(big, (byte) ' ');
        Response r = client().contentType("application/json").body(big).post("/api/validate");

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.jsonPath().getString("error")).contains("65536 bytes");
    }

    @Test
    void aClientBeyondItsBurstIs429WithRetryAfter() {
        String address = "203.0.113.77";
        for (int i = 0; i < 5; i++) {
            assertThat(RestAssured.given().header("X-Forwarded-For", address).contentType("application/json")
                    .body(FeedCheckTest.fixture("one-record.json")).post("/api/validate").statusCode()).isEqualTo(200);
        }
        Response limited = RestAssured.given().header("X-Forwarded-For", address).contentType("application/json")
                .body(FeedCheckTest.fixture("one-record.json")).post("/api/validate");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(limited.jsonPath().getString("error")).contains("too many checks");
        assertThat(client().contentType("application/json").body(FeedCheckTest.fixture("one-record.json"))
                .post("/api/validate").statusCode()).isEqualTo(200);
    }

    @Test
    void theSandboxsJsonFeedIsWalkedUpToThePageLimit() {
        Response r = client().contentType("application/json")
                .body(Map.of("url", feed("/col/v1/records?limit=5"))).post("/api/validate");

        assertThat(r.statusCode()).isEqualTo(200);
        List<String> ids = r.jsonPath().getList("records.id");
        assertThat(ids).hasSize(15).allSatisfy(id -> assertThat(sandboxIds()).contains(id));
        assertThat(r.jsonPath().getList("records.verdict")).allSatisfy(v -> assertThat(v).isIn("published", "repaired", "rejected"));
        assertThat(r.jsonPath().getMap("summary")).containsEntry("pages", 3).containsEntry("cutBy", "pages")
                .containsEntry("complete", false);
        assertThat(r.jsonPath().getString("problems[0].problem")).contains("page limit");
    }

    @Test
    void theSandboxsOaiFeedIsCheckedByQueryParameter() {
        Response r = client().queryParam("url", feed("/oai?verb=ListRecords&metadataPrefix=col")).post("/api/validate");

        assertThat(r.statusCode()).isEqualTo(200);
        List<String> ids = r.jsonPath().getList("records.id");
        assertThat(ids).isNotEmpty().allSatisfy(id -> assertThat(sandboxIds()).contains(id));
        assertThat(r.jsonPath().getInt("summary.pages")).isBetween(1, 3);
    }

    @Test
    void aUrlAsAFormFieldIsCheckedToo() {
        Response r = client().contentType("application/x-www-form-urlencoded")
                .formParam("url", feed("/col/v1/records?limit=2")).post("/api/validate");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.jsonPath().getList("records")).hasSize(6);
    }

    @Test
    void loopbackIsRefusedWithoutTheOperatorsAllowance() {
        String byAddress = feed("/col/v1/records").replace("//localhost:", "//127.0.0.1:");
        Response r = client().contentType("application/json").body(Map.of("url", byAddress)).post("/api/validate");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.jsonPath().getString("error")).contains("refused").contains("loopback");
        assertThat(client().queryParam("url", "file:///etc/passwd").post("/api/validate").jsonPath().getString("error"))
                .contains("only http and https");
    }

    @Test
    void aRedirectToALoopbackAddressIsRefusedAtThatHop() throws Exception {
        String target = feed("/col/v1/records").replace("//localhost:", "//127.0.0.1:");
        HttpServer redirector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        redirector.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Location", target);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        redirector.start();
        try {
            Response r = client().queryParam("url", "http://localhost:" + redirector.getAddress().getPort() + "/feed")
                    .post("/api/validate");

            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.jsonPath().getString("error")).contains("127.0.0.1").contains("loopback");
        } finally {
            redirector.stop(0);
        }
    }

    @Test
    void aStalledFeedGetsATimeoutVerdict() {
        sandbox.faults("col-feed", FaultSpec.latency(10_000));
        long start = System.nanoTime();

        Response r = client().queryParam("url", feed("/col/v1/records?limit=5")).post("/api/validate");

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(8_000);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.jsonPath().getString("summary.cutBy")).isEqualTo("time");
        assertThat(r.jsonPath().getString("problems[0].problem")).startsWith("timed out");
    }

    @Test
    void aFeedLargerThanTheByteLimitIsCutThere() {
        sandbox.faults("col-feed", FaultSpec.oversized(1.0, 2 << 20));

        Response r = client().queryParam("url", feed("/col/v1/records?limit=5")).post("/api/validate");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.jsonPath().getString("summary.cutBy")).isEqualTo("bytes");
        assertThat(r.jsonPath().getString("problems[0].problem")).contains("1048576 bytes");
    }

    @Test
    void nothingToCheckIsAClearError() {
        Response r = client().contentType("application/json").body("  ").post("/api/validate");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.jsonPath().getString("error")).startsWith("nothing to check");
    }
}
