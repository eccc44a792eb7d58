package org.mcfed.launcher.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mcfed.launcher.ServiceHttp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The few HTTP calls the ingest benchmark makes to the services: JSON or text GETs and admin POSTs,
 * each with an optional {@code Authorization} header; anything but 2xx is an {@link IOException}
 * naming the URL, the status and the body.
 */
public final class ServiceCalls {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = ServiceHttp.client(Duration.ofSeconds(5));

    public JsonNode getJson(String url, String authorization) throws IOException {
        return JSON.readTree(send(request(url, authorization).GET().build()));
    }

    public String getText(String url) throws IOException {
        return send(request(url, null).GET().build());
    }

    public JsonNode post(String url, String authorization) throws IOException {
        String body = send(request(url, authorization).POST(HttpRequest.BodyPublishers.noBody()).build());
        return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
    }

    private static HttpRequest.Builder request(String url, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private String send(HttpRequest req) throws IOException {
        try {
            HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() / 100 != 2) {
                throw new IOException(req.method() + " " + req.uri() + " answered " + res.statusCode() + ": " + res.body());
            }
            return res.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + req.uri(), e);
        }
    }
}
