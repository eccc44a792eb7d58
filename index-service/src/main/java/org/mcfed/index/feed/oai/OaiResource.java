package org.mcfed.index.feed.oai;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.mcfed.index.feed.FeedConfig;
import org.mcfed.index.search.BadRequest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OAI-PMH 2.0 endpoint ({@code /oai}), by GET and by form POST as the protocol requires,
 * and the XML Schemas of the {@code col}, {@code ob3}, {@code elm} and {@code ctdl} metadata formats at {@code /oai/<prefix>.xsd}.
 */
@Path("/oai")
public class OaiResource {

    private static final String XML = "text/xml;charset=UTF-8";

    @Inject
    OaiProvider provider;

    @Inject
    FeedConfig config;

    @GET
    @Produces(XML)
    public String get(@Context UriInfo uri) {
        return provider.answer(copy(uri.getQueryParameters()), baseUrl(uri));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(XML)
    public String post(String form, @Context UriInfo uri) {
        String baseUrl = baseUrl(uri);
        // decoded here, not by the framework, so that a broken %-escape is an OAI badArgument, not a failure
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        try {
            for (String pair : form.split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                }
            }
        } catch (IllegalArgumentException e) {
            return provider.unreadable("malformed form body: " + e.getMessage(), baseUrl);
        }
        return provider.answer(parameters, baseUrl);
    }

    @GET
    @Path("col.xsd")
    @Produces(XML)
    public String colSchema() {
        return resource("col.xsd");
    }

    /** The schema of a linked-data format ({@code /oai/ob3.xsd}): its element in the format's namespace. */
    @GET
    @Path("{prefix: ob3|elm|ctdl}.xsd")
    @Produces(XML)
    public String linkedDataSchema(@PathParam("prefix") String prefix) {
        MetadataFormat format = MetadataFormat.byPrefix(prefix).orElseThrow();
        return resource("jsonld.xsd").replace("NAMESPACE", format.namespace()).replace("<prefix>", prefix);
    }

    private static String resource(String name) {
        try (InputStream in = OaiResource.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException(name + " is missing from the service's resources", e);
        }
    }

    private String baseUrl(UriInfo uri) {
        try {
            return config.oai().baseUrl().orElseGet(() -> uri.getBaseUriBuilder().path("oai").build().toString());
        } catch (RuntimeException e) {
            // the base URI comes from X-Forwarded-* headers when proxy forwarding is on; garbage there is the client's
            throw new BadRequest("unreadable forwarding headers (X-Forwarded-Proto, X-Forwarded-Host, Forwarded): " + e.getMessage());
        }
    }

    private static Map<String, List<String>> copy(MultivaluedMap<String, String> parameters) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        parameters.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return copy;
    }
}
