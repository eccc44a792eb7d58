package org.mcfed.connector.http;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcfed.connector.SourceConfig;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code socket} transport against answers no well-behaved test server sends ({@link RawHttpServer}) and
 * over TLS: what {@code RegistryHttpClientIT} cannot show for it, since the JDK's and Apache's clients do it
 * inside their own code.
 */
class SocketTransportIT {

    private static SourceConfig config(URI base, Duration timeout) {
        return new SourceConfig("test", "test", base, 0, 3, Duration.ofMillis(10), Duration.ofMillis(50), timeout,
                SourceConfig.DEFAULT_USER_AGENT, Map.of(RegistryHttpClient.HTTP_CLIENT_OPTION, SocketTransport.NAME));
    }

    private static RegistryHttpClient client(RawHttpServer server) {
        return new RegistryHttpClient(config(server.url("/"), Duration.ofSeconds(5)));
    }

    private static String body(FetchOutcome outcome) {
        assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
        return new String(((FetchOutcome.Fetched) outcome).body(), StandardCharsets.UTF_8);
    }

    @Test
    void aKeptConnectionTheServerHasClosedIsReplacedWithoutCountingAnAttempt() throws IOException {
        try (RawHttpServer server = new RawHttpServer(c -> {
            c.readRequest();
            c.write("HTTP/1.1 200 OK\r\nContent-Length: 8\r\n\r\n<p>" + c.number() + "</p>");
            c.close(); // no "Connection: close": the client keeps the connection and learns of the close on its next request
        })) {
            RegistryHttpClient http = client(server);
            assertThat(body(http.get(server.url("/a")))).isEqualTo("<p>1</p>");
            FetchOutcome second = http.get(server.url("/b"));
            assertThat(body(second)).isEqualTo("<p>2</p>");
            assertThat(((FetchOutcome.Fetched) second).attempts()).isEqualTo(1);
            assertThat(server.connections()).isEqualTo(2);
            assertThat(server.requests).extracting(RawHttpServer.Request::line).containsExactly("GET /a HTTP/1.1", "GET /b HTTP/1.1");
        }
    }

    @Test
    void anAnswerThatNeverComesIsATimeoutAndIsRetried() throws IOException {
        try (RawHttpServer server = new RawHttpServer(c -> {
            c.readRequest();
            Thread.sleep(10_000); // reads the request, answers nothing: the fault under test
        })) {
            long start = System.nanoTime();
            FetchOutcome outcome = new RegistryHttpClient(config(server.url("/"), Duration.ofMillis(300))).get(server.url("/slow"));
            assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
                assertThat(f.reason()).isEqualTo("timeout: no answer from 127.0.0.1 within 300 ms (gave up after 3 attempts)");
                assertThat(f.retriable()).isTrue();
            });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(server.connections()).as("a timed-out connection is not used again").isEqualTo(3);
        }
    }

    @Test
    void readsInterimAnswersFoldedHeadersAndABodyThatEndsWithTheConnection() throws IOException {
        try (RawHttpServer server = new RawHttpServer(c -> {
            c.readRequest();
            c.write("HTTP/1.1 100 Continue\r\n\r\n"
                    + "HTTP/1.0 200 OK\r\ncontent-type: text/html;\r\n\tcharset=UTF-8\r\nETag:   \"e1\"  \r\n\r\n<p>香港</p>");
            c.close();
        })) {
            RegistryHttpClient http = client(server);
            for (int i = 0; i < 2; i++) {
                assertThat(http.get(server.url("/p"))).isInstanceOfSatisfying(FetchOutcome.Fetched.class, f -> {
                    assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo("<p>香港</p>");
                    assertThat(f.contentType()).isEqualTo("text/html; charset=UTF-8");
                    assertThat(f.charset()).isEqualTo(StandardCharsets.UTF_8);
                    assertThat(f.etag()).isEqualTo("\"e1\"");
                    assertThat(f.attempts()).isEqualTo(1);
                });
            }
            assertThat(server.connections()).as("a body that ends with its connection leaves none to keep").isEqualTo(2);
        }
    }

    @Test
    void readsChunksWithExtensionsAndTrailersAndKeepsTheConnection() throws IOException {
        try (RawHttpServer server = new RawHttpServer(c -> {
            while (c.readRequest() != null) {
                c.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + "5;name=value\r\nhello\r\nA\r\n, chunked \r\n5\r\nworld\r\n0\r\nX-Checksum: 1\r\n\r\n");
            }
        })) {
            RegistryHttpClient http = client(server);
            for (int i = 0; i < 3; i++) {
                assertThat(body(http.get(server.url("/c")))).isEqualTo("hello, chunked world");
            }
            assertThat(server.connections()).isEqualTo(1);
        }
    }

    @Test
    void aMalformedAnswerFailsWithWhatIsWrongWithIt() throws IOException {
        List<String> answers = List.of(
                "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello",
                "SSH-2.0-OpenSSH_9.6\r\n\r\n",
                "HTTP/1.1 200 OK\r\nno colon here\r\n\r\n",
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
        List<String> reasons = new CopyOnWriteArrayList<>();
        for (String answer : answers) {
            try (RawHttpServer server = new RawHttpServer(c -> {
                c.readRequest();
                c.write(answer);
                c.close();
            })) {
                FetchOutcome outcome = client(server).get(server.url("/bad"));
                assertThat(outcome).isInstanceOf(FetchOutcome.Failed.class);
                reasons.add(((FetchOutcome.Failed) outcome).reason());
            }
        }
        assertThat(reasons).containsExactly(
                "ProtocolException: two Content-Lengths: 5 and 6 (gave up after 3 attempts)",
                "ProtocolException: not an HTTP/1.x status line: SSH-2.0-OpenSSH_9.6 (gave up after 3 attempts)",
                "ProtocolException: not a header field: no colon here (gave up after 3 attempts)",
                "ProtocolException: not a chunk size: zz (gave up after 3 attempts)");
    }

    @Test
    void aRedirectLoopEndsAfterTwentyRedirects() throws IOException {
        try (RawHttpServer server = new RawHttpServer(c -> {
            while (c.readRequest() != null) {
                c.write("HTTP/1.1 302 Found\r\nLocation: /loop?again\r\nContent-Length: 0\r\n\r\n");
            }
        })) {
            FetchOutcome outcome = new RegistryHttpClient(config(server.url("/"), Duration.ofSeconds(5)).withRetry(1, Duration.ZERO, Duration.ZERO))
                    .get(server.url("/loop"));
            assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f ->
                    assertThat(f.reason()).isEqualTo("ProtocolException: more than 20 redirects from " + server.url("/loop") + " (gave up after 1 attempts)"));
            assertThat(server.requests).hasSize(21);
            assertThat(server.connections()).isEqualTo(1);
        }
    }

    @Test
    void speaksTlsChecksTheServersNameAndDoesNotFollowARedirectToPlainHttp(@TempDir Path dir) throws Exception {
        char[] password = "changeit".toCharArray();
        Path store = dir.resolve("localhost.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "localhost", "-keyalg", "EC", "-dname", "CN=localhost", "-ext", "san=dns:localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit")
                .redirectErrorStream(true).start();
        String keytoolSaid = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor()).as(keytoolSaid).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, password);
        }
        KeyManagerFactory km = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        km.init(keys, password);
        TrustManagerFactory tm = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tm.init(keys);
        SSLContext serverTls = SSLContext.getInstance("TLS");
        serverTls.init(km.getKeyManagers(), null, null);
        SSLContext clientTls = SSLContext.getInstance("TLS");
        clientTls.init(null, tm.getTrustManagers(), null);

        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        List<Integer> clientPorts = new CopyOnWriteArrayList<>();
        server.createContext("/page", ex -> {
            clientPorts.add(ex.getRemoteAddress().getPort());
            LocalRegistry.send(ex, 200, "text/html", "<p>secret</p>");
        });
        server.createContext("/down", ex -> {
            ex.getResponseHeaders().set("Location", "http://localhost:" + server.getAddress().getPort() + "/page");
            LocalRegistry.send(ex, 302, "text/plain", "moved");
        });
        server.start();
        try {
            int port = server.getAddress().getPort();
            SocketTransport transport = new SocketTransport(config(URI.create("https://localhost:" + port + "/"), Duration.ofSeconds(5)),
                    clientTls.getSocketFactory());
            for (int i = 0; i < 2; i++) {
                try (HttpTransport.Response r = transport.get(URI.create("https://localhost:" + port + "/page"), Map.of(), Duration.ofSeconds(5))) {
                    assertThat(r.status()).isEqualTo(200);
                    assertThat(new String(r.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("<p>secret</p>");
                }
            }
            assertThat(clientPorts).as("one TLS connection, kept").hasSize(2).containsOnly(clientPorts.get(0));

            try (HttpTransport.Response r = transport.get(URI.create("https://localhost:" + port + "/down"), Map.of(), Duration.ofSeconds(5))) {
                assertThat(r.status()).as("HTTPS is not left for plain HTTP").isEqualTo(302);
            }
            assertThatThrownBy(() -> transport.get(URI.create("https://127.0.0.1:" + port + "/page"), Map.of(), Duration.ofSeconds(5)))
                    .as("the certificate names localhost, not 127.0.0.1").isInstanceOf(SSLException.class);
            assertThat(clientPorts).hasSize(2);
        } finally {
            server.stop(0);
        }
    }
}
