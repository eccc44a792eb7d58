package org.mcfed.index.validate;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fetcher connects to the address the policy checked, never resolving the name again: a name
 * that no DNS knows is reached through the policy's answer alone, and the server sees the name as
 * {@code Host}. Redirect hops are checked one by one.
 */
class FeedFetcherTest {

    private final Vertx vertx = Vertx.vertx();
    private final AtomicReference<String> host = new AtomicReference<>();
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed", exchange -> {
            host.set(exchange.getRequestHeaders().getFirst("Host"));
            byte[] body = "{\"records\": []}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://elsewhere.invalid:" + port() + "/feed");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        vertx.close();
    }

    private int port() {
        return server.getAddress().getPort();
    }

    /** Only {@code feed.example.invalid} resolves, to loopback, and only through the policy; it is allowed. */
    private FeedFetcher fetcher() {
        AddressPolicy policy = new AddressPolicy(Set.of("feed.example.invalid"), Set.of(), name -> {
            if (name.equals("feed.example.invalid")) {
                return new InetAddress[]{InetAddress.getLoopbackAddress()};
            }
            throw new UnknownHostException(name);
        });
        return new FeedFetcher(vertx, TestLimits.generous(), policy);
    }

    @Test
    void theConnectionGoesToTheCheckedAddressWithTheUrlsHost() throws Exception {
        FetchedPage page = fetcher().fetch(URI.create("http://feed.example.invalid:" + port() + "/feed"), new CheckBudget(TestLimits.generous()));

        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("{\"records\": []}");
        assertThat(page.contentType()).isEqualTo("application/json");
        assertThat(host.get()).isEqualTo("feed.example.invalid:" + port());
    }

    @Test
    void aRedirectHopIsCheckedBeforeItIsFollowed() {
        assertThatThrownBy(() -> fetcher().fetch(URI.create("http://feed.example.invalid:" + port() + "/moved"),
                new CheckBudget(TestLimits.generous())))
                .isInstanceOf(UrlRefused.class).hasMessageContaining("elsewhere.invalid cannot be resolved");
    }
}
