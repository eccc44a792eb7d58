package org.mcfed.index.search;

import com.fasterxml.jackson.databind.JsonNode;
import org.mcfed.col.json.ColJson;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The HTTP API as a client sees it, for the search API tests: well-formed requests, and raw request lines no URI class accepts. */
final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    /** A response: status, content type and the JSON body (null when empty). */
    record Answer(int status, String contentType, JsonNode json) {
    }

    private final URI base;

    ApiClient(URI base) {
        this.base = base;
    }

    Answer get(String pathAndQuery) {
        return get(pathAndQuery, "application/json");
    }

    Answer get(String pathAndQuery, String accept) {
        try {
            URI.create(base.toString() + pathAndQuery.substring(1));
        } catch (IllegalArgumentException malformed) {
            return raw(pathAndQuery, accept);
        }
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + pathAndQuery))
                    .header("Accept", accept).timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = r.body().isEmpty() ? null : ColJson.mapper().readTree(r.body());
            return new Answer(r.statusCode(), r.headers().firstValue("content-type").orElse(""), json);
        } catch (IOException e) {
            throw new IllegalStateException(pathAndQuery, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends a request line no URI class accepts (bad %-escapes, raw bytes), as a hostile client would, over a
     * plain socket; each char of {@code pathAndQuery} is sent as the byte of its ISO-8859-1 code.
     */
    Answer raw(String pathAndQuery, String accept) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            String request = "GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAccept: " + accept
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int split = response.indexOf("\r\n\r\n");
            String head = response.substring(0, split).toLowerCase(Locale.ROOT);
            String body = response.substring(split + 4);
            if (head.contains("transfer-encoding: chunked")) {
                StringBuilder b = new StringBuilder();
                int i = 0;
                while (true) {
                    int eol = body.indexOf("\r\n", i);
                    int len = Integer.parseInt(body.substring(i, eol).trim(), 16);
                    if (len == 0) {
                        break;
                    }
                    b.append(body, eol + 2, eol + 2 + len);
                    i = eol + 2 + len + 2;
                }
                body = b.toString();
            }
            String type = head.lines().filter(l -> l.startsWith("content-type:")).map(l -> l.substring(13).trim()).findFirst().orElse("");
            return new Answer(status, type, body.isEmpty() ? null : ColJson.mapper().readTree(body));
        } catch (IOException e) {
            throw new IllegalStateException(pathAndQuery, e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static List<String> ids(Answer a) {
        List<String> ids = new ArrayList<>();
        a.json().path("results").forEach(n -> ids.add(n.path("id").asText()));
        return ids;
    }
}
