package org.mcfed.index.search;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mcfed.index.feed.format.RecordFormat;
import org.mcfed.index.store.LuceneRecordStore;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code GET /api/records/{id}}: the COL record as consumed, or one of its {@link RecordFormat}s,
 * chosen by {@code ?format=} or else by {@code Accept} (406 when no acceptable type is served).
 * Ids contain {@code :} and {@code /}; clients URL-encode them.
 */
@Path("/api/records")
public class RecordResource {

    private final LuceneRecordStore store;

    RecordResource(LuceneRecordStore store) {
        this.store = store;
    }

    @GET
    @Path("/{id: .+}")
    @Operation(summary = "One record: COL JSON, or ?format=ob3|elm|ctdl|schemaorg (also by Accept: application/ld+json with a profile)")
    public Response get(@PathParam("id") String id, @QueryParam("format") String format, @Context HttpHeaders headers) {
        RecordFormat chosen = format == null || format.isBlank() ? negotiated(headers)
                : RecordFormat.byId(format).orElseThrow(() -> new BadRequest("format must be one of "
                + Arrays.stream(RecordFormat.values()).map(RecordFormat::id).collect(Collectors.joining(", ")) + ", got '" + format + "'"));
        if (chosen == RecordFormat.COL) {
            return store.json(id)
                    .map(json -> Response.ok(json, MediaType.APPLICATION_JSON).build())
                    .orElseThrow(() -> new NotFound("no record with id " + id));
        }
        return store.get(id)
                .map(r -> Response.ok(chosen.write(r), chosen.contentType()).build())
                .orElseThrow(() -> new NotFound("no record with id " + id));
    }

    /** The first of the client's acceptable types, in its order of preference, that a format serves. */
    private static RecordFormat negotiated(HttpHeaders headers) {
        List<MediaType> acceptable;
        try {
            acceptable = headers.getAcceptableMediaTypes();
        } catch (IllegalArgumentException e) {
            throw new BadRequest("unreadable Accept header: " + e.getMessage());
        }
        for (MediaType m : acceptable) {
            var format = RecordFormat.accepted(m);
            if (format.isPresent()) {
                return format.get();
            }
        }
        throw new NotAcceptableException("this resource is served as application/json (COL) or application/ld+json "
                + "(schema.org; OB3, ELM, CTDL by their profile parameter)");
    }
}
