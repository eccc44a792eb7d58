package org.mcfed.connector.http;

import org.mcfed.connector.SourceConfig;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * {@link HttpTransport} over the JDK's {@code java.net.http.HttpClient} (HTTP/1.1 and 2, asynchronous inside).
 * Its body is a {@link CountedBody} as the other transports': a short unread one (a 304's none) is read to
 * its end on close, since closing the client's stream before its end closes the connection.
 */
final class JdkHttpClientTransport implements HttpTransport {

    static final String NAME = "jdk-http-client";

    private final HttpClient http;

    JdkHttpClientTransport(SourceConfig config) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.requestTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Override
    public Response get(URI url, Map<String, String> headers, Duration timeout) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET().timeout(timeout);
        headers.forEach(request::header);
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        return new CountedBody.LazyResponse(response.statusCode()) {
            @Override
            public String header(String name) {
                return response.headers().firstValue(name).orElse(null);
            }

            @Override
            CountedBody open() {
                InputStream raw = response.body();
                return new CountedBody(raw, response.headers().firstValueAsLong("Content-Length").orElse(-1), () -> {
                    try {
                        raw.close();
                    } catch (IOException ignored) {
                        // closing cancels the exchange; nothing is left to report
                    }
                });
            }
        };
    }
}
