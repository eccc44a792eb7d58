package org.mcfed.connector.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the registry sandbox served so far ({@code /_sandbox/info}'s {@code requestsServed} and
 * {@code bytesServed}), and its tick, over its admin API: the benchmark's view of what a run cost the
 * registry, the same the end-to-end benchmark reads.
 */
record SandboxTraffic(long requests, long bytes) {

    private static final HttpClient ADMIN = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern REQUESTS = Pattern.compile("\"requestsServed\":(\\d+)");
    private static final Pattern BYTES = Pattern.compile("\"bytesServed\":(\\d+)");

    static SandboxTraffic of(URI anySourceUrl) {
        String info = send(HttpRequest.newBuilder(anySourceUrl.resolve("/_sandbox/info")).GET().build());
        return new SandboxTraffic(number(REQUESTS, info), number(BYTES, info));
    }

    /** {@code POST /_sandbox/tick}: the shares of records changed, added and deleted. */
    static void tick(URI anySourceUrl, double changed, double added, double deleted) {
        URI tick = anySourceUrl.resolve("/_sandbox/tick?changed=" + changed + "&added=" + added + "&deleted=" + deleted);
        send(HttpRequest.newBuilder(tick).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    SandboxTraffic minus(SandboxTraffic earlier) {
        return new SandboxTraffic(requests - earlier.requests, bytes - earlier.bytes);
    }

    @Override
    public String toString() {
        return String.format("%,d requests, %,d bytes", requests, bytes);
    }

    private static long number(Pattern p, String json) {
        Matcher m = p.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + p + " in /_sandbox/info: " + json);
        }
        return Long.parseLong(m.group(1));
    }

    private static String send(HttpRequest request) {
        try {
            HttpResponse<String> response = ADMIN.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
