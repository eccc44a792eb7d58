package org.mcfed.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP/1.1 client for the tests, as a connector would use one. */
final class Http {
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    static HttpResponse<byte[]> get(URI uri, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("User-Agent", "mcfed-sandbox-test");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> post(URI uri) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Parses a page as a browser would: by the charset it declares. */
    static org.jsoup.nodes.Document page(HttpResponse<byte[]> r) {
        try {
            return org.jsoup.Jsoup.parse(new java.io.ByteArrayInputStream(r.body()), null, r.uri().toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static org.jsoup.nodes.Document page(URI uri) {
        HttpResponse<byte[]> r = get(uri);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + uri + " answered " + r.statusCode());
        }
        return page(r);
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
