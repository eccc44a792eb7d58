package org.mcfed.connector.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcfed.connector.SourceConfig;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry HTTP client against a real loopback HTTP server: politeness, retries, validators, guards,
 * and the transport's contract (connections kept, short bodies drained, a body closed early dropping its
 * connection, bytes handed on as sent), once for every {@code http-client}.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("clients")
class RegistryHttpClientIT {

    @Parameter
    String client;

    private LocalRegistry registry;
    private SourceConfig config;

    static List<String> clients() {
        return RegistryHttpClient.HTTP_CLIENTS.stream().sorted().toList();
    }

    @BeforeEach
    void start() throws IOException {
        registry = new LocalRegistry();
        config = SourceConfig.of("test", "test", registry.url("/"))
                .withRate(0)
                .withRetry(4, Duration.ofMillis(20), Duration.ofMillis(100))
                .withOptions(Map.of(RegistryHttpClient.HTTP_CLIENT_OPTION, client));
    }

    /** {@code config} with {@code extra} options besides the client under test. */
    private static SourceConfig with(SourceConfig config, Map<String, String> extra) {
        Map<String, String> options = new HashMap<>(config.options());
        options.putAll(extra);
        return config.withOptions(options);
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void sendsTheAggregatorsUserAgentAndHandsOnTheDeclaredCharset() {
        registry.on("/page", ex -> LocalRegistry.send(ex, 200, "text/html; charset=UTF-8", "<p>香港</p>"));
        FetchOutcome outcome = new RegistryHttpClient(config).get(registry.url("/page"));

        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Fetched.class, f -> {
            assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo("<p>香港</p>");
            assertThat(f.charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(f.attempts()).isEqualTo(1);
        });
        assertThat(registry.requests.get(0).userAgent()).isEqualTo(SourceConfig.DEFAULT_USER_AGENT);
    }

    @Test
    void retriesServerErrorsUntilTheyPass() {
        AtomicInteger calls = new AtomicInteger();
        registry.on("/flaky", ex -> {
            if (calls.incrementAndGet() < 3) {
                LocalRegistry.send(ex, 503, "text/plain", "busy");
            } else {
                LocalRegistry.send(ex, 200, "text/html", "ok");
            }
        });
        RegistryHttpClient http = new RegistryHttpClient(config);
        FetchOutcome outcome = http.get(registry.url("/flaky"));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Fetched.class, f -> assertThat(f.attempts()).isEqualTo(3));
        assertThat(http.requests()).as("every attempt is a request").isEqualTo(3);
        assertThat(http.rateLimitWait()).as("no rate limit, no wait for it (the backoff is not the limit's)").isZero();
    }

    @Test
    void givesUpAfterTheAttemptCapWithTheLastReason() {
        registry.on("/down", ex -> LocalRegistry.send(ex, 500, "text/plain", "boom"));
        FetchOutcome outcome = new RegistryHttpClient(config).get(registry.url("/down"));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.reason()).isEqualTo("HTTP 500 Internal Server Error (gave up after 4 attempts)");
            assertThat(f.retriable()).isTrue();
        });
        assertThat(registry.count("/down")).isEqualTo(4);
    }

    @Test
    void doesNotRetryOtherClientErrors() {
        registry.on("/gone", ex -> LocalRegistry.send(ex, 404, "text/plain", "no"));
        FetchOutcome outcome = new RegistryHttpClient(config).get(registry.url("/gone"));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.reason()).isEqualTo("HTTP 404 Not Found");
            assertThat(f.retriable()).isFalse();
        });
        assertThat(registry.count("/gone")).isEqualTo(1);
    }

    @Test
    void honoursRetryAfterOnTooManyRequests() {
        AtomicInteger calls = new AtomicInteger();
        registry.on("/throttled", ex -> {
            if (calls.incrementAndGet() == 1) {
                ex.getResponseHeaders().set("Retry-After", "1");
                LocalRegistry.send(ex, 429, "text/plain", "slow down");
            } else {
                LocalRegistry.send(ex, 200, "text/html", "ok");
            }
        });
        assertThat(new RegistryHttpClient(config).get(registry.url("/throttled"))).isInstanceOf(FetchOutcome.Fetched.class);
        long gap = registry.requests.get(1).atNanos() - registry.requests.get(0).atNanos();
        assertThat(Duration.ofNanos(gap)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void aRetryAfterBeyondTheCapEndsTheRetries() {
        registry.on("/closed", ex -> {
            ex.getResponseHeaders().set("Retry-After", "3600");
            LocalRegistry.send(ex, 503, "text/plain", "maintenance");
        });
        SourceConfig capped = with(config, Map.of(RetryPolicy.RETRY_AFTER_CAP_OPTION, "5"));
        FetchOutcome outcome = new RegistryHttpClient(capped).get(registry.url("/closed"));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f ->
                assertThat(f.reason()).isEqualTo("HTTP 503 Service Unavailable, Retry-After 3600 s exceeds the cap of 5 s"));
        assertThat(registry.count("/closed")).isEqualTo(1);
    }

    @Test
    void retriesAConnectionClosedWithoutAnAnswer() {
        AtomicInteger calls = new AtomicInteger();
        registry.on("/reset", ex -> {
            if (calls.incrementAndGet() == 1) {
                ex.sendResponseHeaders(200, 1000);
                ex.getResponseBody().write("<p>trunc".getBytes(StandardCharsets.UTF_8));
                ex.close();
            } else {
                LocalRegistry.send(ex, 200, "text/html", "<p>whole</p>");
            }
        });
        FetchOutcome outcome = new RegistryHttpClient(config).get(registry.url("/reset"));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Fetched.class, f -> {
            assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo("<p>whole</p>");
            assertThat(f.attempts()).isEqualTo(2);
        });
    }

    @Test
    void aStalledBodyTimesOutAndIsRetried() {
        AtomicInteger calls = new AtomicInteger();
        registry.on("/stall", ex -> {
            if (calls.incrementAndGet() == 1) {
                ex.sendResponseHeaders(200, 100);
                OutputStream out = ex.getResponseBody();
                out.write("<p>".getBytes(StandardCharsets.UTF_8));
                out.flush();
                try {
                    Thread.sleep(3000); // the server stalls mid-body: this is the fault under test
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                ex.close();
            } else {
                LocalRegistry.send(ex, 200, "text/html", "<p>ok</p>");
            }
        });
        SourceConfig quick = new SourceConfig("test", "test", registry.url("/"), 0, 3, Duration.ofMillis(10),
                Duration.ofMillis(50), Duration.ofMillis(500), SourceConfig.DEFAULT_USER_AGENT, config.options());
        FetchOutcome outcome = new RegistryHttpClient(quick).get(registry.url("/stall"));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Fetched.class, f -> assertThat(f.attempts()).isEqualTo(2));
    }

    @Test
    void conditionalGetSendsValidatorsAndReportsNotModified() {
        registry.on("/detail", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                ex.close();
            } else {
                ex.getResponseHeaders().set("ETag", "\"v1\"");
                ex.getResponseHeaders().set("Last-Modified", "Mon, 23 Nov 2026 06:00:00 GMT");
                LocalRegistry.send(ex, 200, "text/html", "<p>page</p>");
            }
        });
        RegistryHttpClient client = new RegistryHttpClient(config);
        FetchOutcome.Fetched first = (FetchOutcome.Fetched) client.get(registry.url("/detail"));
        assertThat(first.etag()).isEqualTo("\"v1\"");
        assertThat(first.lastModified()).isEqualTo("Mon, 23 Nov 2026 06:00:00 GMT");

        FetchOutcome second = client.conditionalGet(registry.url("/detail"), first.etag(), first.lastModified());
        assertThat(second).isInstanceOf(FetchOutcome.NotModified.class);
        assertThat(registry.requests.get(1).ifNoneMatch()).isEqualTo("\"v1\"");
        assertThat(registry.requests.get(1).ifModifiedSince()).isEqualTo("Mon, 23 Nov 2026 06:00:00 GMT");
    }

    @Test
    void refusesABodyOverTheSizeGuardWithoutRetrying() {
        registry.on("/huge", ex -> LocalRegistry.send(ex, 200, "text/html", "x".repeat(5000)));
        SourceConfig guarded = with(config, Map.of(RegistryHttpClient.MAX_BODY_BYTES_OPTION, "1024"));
        FetchOutcome outcome = new RegistryHttpClient(guarded).get(registry.url("/huge"));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.reason()).contains("exceeds 1024 bytes");
            assertThat(f.retriable()).isFalse();
        });
        assertThat(registry.count("/huge")).isEqualTo(1);
    }

    @Test
    void spacesRequestsToOneHostByTheRateLimit() {
        registry.on("/p", ex -> LocalRegistry.send(ex, 200, "text/html", "ok"));
        RegistryHttpClient client = new RegistryHttpClient(config.withRate(10));
        // timed at the client: the server's arrival times shrink the span by the first request's connection set-up
        // (a CI run saw 477 ms between the first and the sixth arrival)
        long start = System.nanoTime();
        for (int i = 0; i < 6; i++) {
            client.get(registry.url("/p"));
        }
        long span = System.nanoTime() - start;
        assertThat(registry.count("/p")).isEqualTo(6);
        assertThat(Duration.ofNanos(span)).as("6 requests at 10/s span at least 5 intervals").isGreaterThanOrEqualTo(Duration.ofMillis(490));
        assertThat(client.requests()).isEqualTo(6);
        // five intervals of 100 ms, less what the requests themselves took (a few ms each, up to 60 on a loaded
        // machine), were spent waiting for the limit
        assertThat(client.rateLimitWait()).isBetween(Duration.ofMillis(200), Duration.ofNanos(span));
    }

    @Test
    void keepsTheConnectionForTheNextRequest() {
        registry.on("/p", ex -> LocalRegistry.send(ex, 200, "text/html", "<p>" + "x".repeat(20_000) + "</p>"));
        RegistryHttpClient http = new RegistryHttpClient(config);
        for (int i = 0; i < 3; i++) {
            assertThat(http.get(registry.url("/p"))).isInstanceOf(FetchOutcome.Fetched.class);
        }
        assertThat(registry.requests).extracting(LocalRegistry.Request::clientPort).containsOnly(registry.requests.get(0).clientPort());
    }

    @Test
    void readsAChunkedBodyWholeAndKeepsTheConnection() {
        String page = "<p>" + "香港 ".repeat(30_000) + "</p>";
        registry.on("/chunked", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            ex.sendResponseHeaders(200, 0); // no length: the server sends it in chunks
            try (OutputStream out = ex.getResponseBody()) {
                byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
                for (int at = 0; at < bytes.length; at += 7_000) {
                    out.write(bytes, at, Math.min(7_000, bytes.length - at));
                    out.flush();
                }
            }
        });
        RegistryHttpClient http = new RegistryHttpClient(config);
        for (int i = 0; i < 2; i++) {
            assertThat(http.get(registry.url("/chunked"))).isInstanceOfSatisfying(FetchOutcome.Fetched.class, f ->
                    assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo(page));
        }
        assertThat(registry.requests).extracting(LocalRegistry.Request::clientPort).containsOnly(registry.requests.get(0).clientPort());
    }

    @Test
    void aNotModifiedOrShortErrorAnswerKeepsTheConnection() {
        registry.on("/same", ex -> {
            ex.sendResponseHeaders(304, -1);
            ex.close();
        });
        registry.on("/missing", ex -> LocalRegistry.send(ex, 404, "text/plain", "not here"));
        registry.on("/p", ex -> LocalRegistry.send(ex, 200, "text/html", "ok"));
        RegistryHttpClient http = new RegistryHttpClient(config);
        assertThat(http.conditionalGet(registry.url("/same"), "\"v1\"", null)).isInstanceOf(FetchOutcome.NotModified.class);
        assertThat(http.get(registry.url("/missing"))).isInstanceOf(FetchOutcome.Failed.class);
        assertThat(http.get(registry.url("/p"))).isInstanceOf(FetchOutcome.Fetched.class);
        assertThat(registry.requests).extracting(LocalRegistry.Request::clientPort).containsOnly(registry.requests.get(0).clientPort());
    }

    @Test
    void aBodyLeftUnreadDropsItsConnection() {
        registry.on("/huge", ex -> LocalRegistry.send(ex, 200, "text/html", "x".repeat(200_000)));
        registry.on("/p", ex -> LocalRegistry.send(ex, 200, "text/html", "ok"));
        RegistryHttpClient http = new RegistryHttpClient(with(config, Map.of(RegistryHttpClient.MAX_BODY_BYTES_OPTION, "1024")));
        assertThat(http.get(registry.url("/huge"))).isInstanceOf(FetchOutcome.Failed.class);
        assertThat(http.get(registry.url("/p"))).isInstanceOf(FetchOutcome.Fetched.class);
        assertThat(registry.requests.get(1).clientPort()).as("the next request on a new connection, not after reading the rest")
                .isNotEqualTo(registry.requests.get(0).clientPort());
    }

    @Test
    void followsARedirect() {
        registry.on("/old", ex -> {
            ex.getResponseHeaders().set("Location", registry.url("/new").toString());
            LocalRegistry.send(ex, 301, "text/plain", "moved");
        });
        registry.on("/new", ex -> LocalRegistry.send(ex, 200, "text/html", "<p>here</p>"));
        FetchOutcome outcome = new RegistryHttpClient(config).get(registry.url("/old"));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Fetched.class, f ->
                assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo("<p>here</p>"));
    }

    @Test
    void goesThroughTheProxyTheJvmIsSetToAndNotForLocalHosts() throws IOException {
        URI behindProxy = URI.create("http://registry.invalid/page");
        registry.on("/p", ex -> LocalRegistry.send(ex, 200, "text/html", "<p>direct</p>"));
        try (LocalRegistry proxy = new LocalRegistry()) {
            proxy.on("/page", ex -> LocalRegistry.send(ex, 200, "text/html", "<p>via the proxy</p>"));
            // as an operator sets it (-Dhttp.proxyHost=...); the JDK's default http.nonProxyHosts keeps 127.* direct
            System.setProperty("http.proxyHost", "127.0.0.1");
            System.setProperty("http.proxyPort", String.valueOf(proxy.url("/").getPort()));
            try {
                RegistryHttpClient http = new RegistryHttpClient(config);
                for (int i = 0; i < 2; i++) {
                    assertThat(http.get(behindProxy)).isInstanceOfSatisfying(FetchOutcome.Fetched.class, f ->
                            assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo("<p>via the proxy</p>"));
                    assertThat(http.get(registry.url("/p"))).isInstanceOfSatisfying(FetchOutcome.Fetched.class, f ->
                            assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo("<p>direct</p>"));
                }
            } finally {
                System.clearProperty("http.proxyHost");
                System.clearProperty("http.proxyPort");
            }
            assertThat(proxy.requests).extracting(LocalRegistry.Request::path)
                    .as("the proxy gets the whole URL of each request for its origin, and no other")
                    .containsExactly(behindProxy.toString(), behindProxy.toString());
            assertThat(registry.count("/p")).isEqualTo(2);
        }
    }

    @Test
    void handsOnTheBytesAsSentWithoutAskingForOrUndoingACompression() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write("<p>page</p>".getBytes(StandardCharsets.UTF_8));
        }
        byte[] sent = zipped.toByteArray();
        registry.on("/gz", ex -> {
            ex.getResponseHeaders().set("Content-Type", "application/gzip");
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            ex.sendResponseHeaders(200, sent.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(sent);
            }
        });
        FetchOutcome outcome = new RegistryHttpClient(config).get(registry.url("/gz"));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Fetched.class, f -> assertThat(f.body()).isEqualTo(sent));
        assertThat(registry.requests.get(0).acceptEncoding()).isNull();
    }
}
