package org.mcfed.index.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mcfed.col.json.ColJson;
import org.mcfed.index.search.ApiErrors;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * {@code POST /api/validate}: the public feed validator, open to anyone without a login. The body
 * is a COL JSON document (one record, an array, or a feed page) or an OAI-PMH page, told apart by
 * {@code Content-Type} or by its first character; or a feed URL, as {@code ?url=}, as
 * {@code {"url": "..."}} or as a form field {@code url}. Each client address gets a few checks at a
 * time (429 with {@code Retry-After} beyond), a document has a size limit (413), and a URL is
 * fetched only if {@link AddressPolicy} allows it (400 saying which rule it breaks). A singleton:
 * one rate limit for all requests.
 */
@Singleton
@Path("/api/validate")
public class ValidateResource {

    private final ValidateConfig config;
    private final FeedCheck check;
    private final ClientRateLimit rate;

    ValidateResource(ValidateConfig config, FeedCheck check) {
        this.config = config;
        this.check = check;
        this.rate = new ClientRateLimit(config.rateBurst(), config.rateRefill(), config.rateClients(), System::nanoTime);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Per-record verdicts for a COL JSON document, an OAI-PMH page, or the feed at a URL, from the pipeline's own code")
    public Response validate(@QueryParam("url") String url, @HeaderParam("Content-Type") String contentType,
                             @Context HttpServerRequest request, InputStream body) throws IOException {
        OptionalLong wait = rate.take(client(request));
        if (wait.isPresent()) {
            return Response.fromResponse(ApiErrors.error(429, "too many checks from this address; try again in "
                    + wait.getAsLong() + " s")).header("Retry-After", wait.getAsLong()).build();
        }
        byte[] document = body == null ? new byte[0] : body.readNBytes(config.maxBodyBytes() + 1);
        if (document.length > config.maxBodyBytes()) {
            return ApiErrors.error(413, "the document is larger than " + config.maxBodyBytes()
                    + " bytes; give the feed's URL instead, or check it in parts");
        }
        String feedUrl = url != null && !url.isBlank() ? url : urlIn(document, contentType);
        if (feedUrl != null) {
            return checkUrl(feedUrl.strip());
        }
        if (new String(document, StandardCharsets.UTF_8).isBlank()) {
            return ApiErrors.error(400, "nothing to check: send a COL JSON document or an OAI-PMH page as the body, or a feed URL as ?url=");
        }
        return ok(check.document(document, contentType));
    }

    private Response checkUrl(String feedUrl) {
        URI uri;
        try {
            uri = new URI(feedUrl);
        } catch (URISyntaxException e) {
            return ApiErrors.error(400, "not a URL: " + e.getMessage());
        }
        try {
            return ok(check.url(uri));
        } catch (UrlRefused e) {
            return ApiErrors.error(400, "feed URL refused: " + e.getMessage());
        }
    }

    private static Response ok(CheckReport report) {
        return Response.ok(ColJson.write(report), MediaType.APPLICATION_JSON).build();
    }

    /** The feed URL of a {@code {"url": ...}} body (that object alone: a COL record has a {@code url} too) or of a form. */
    private static String urlIn(byte[] document, String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String text = new String(document, StandardCharsets.UTF_8).strip();
        if (type.startsWith(MediaType.APPLICATION_FORM_URLENCODED)) {
            for (String pair : text.split("&")) {
                if (pair.startsWith("url=")) {
                    return URLDecoder.decode(pair.substring(4), StandardCharsets.UTF_8);
                }
            }
            return null;
        }
        if (!text.startsWith("{") || text.length() > 8192) {
            return null;
        }
        try {
            JsonNode node = ColJson.mapper().readTree(text);
            return node.isObject() && node.size() == 1 && node.path("url").isTextual() ? node.get("url").asText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String client(HttpServerRequest request) {
        return request == null || request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
