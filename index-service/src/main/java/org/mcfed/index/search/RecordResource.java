package org.mcfed.index.search;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mcfed.col.json.ColJson;
import org.mcfed.index.store.LuceneRecordStore;

/**
 * {@code GET /api/records/{id}}: the COL record as consumed ({@code application/json}), or its
 * schema.org view when the client prefers {@code application/ld+json}. Ids contain {@code :} and
 * {@code /}; clients URL-encode them.
 */
@Path("/api/records")
public class RecordResource {

    public static final String JSON_LD = "application/ld+json";

    private final LuceneRecordStore store;

    RecordResource(LuceneRecordStore store) {
        this.store = store;
    }

    @GET
    @Path("/{id: .+}")
    @Produces({MediaType.APPLICATION_JSON, JSON_LD})
    @Operation(summary = "One record: COL JSON, or schema.org JSON-LD with Accept: application/ld+json")
    public Response get(@PathParam("id") String id, @Context HttpHeaders headers) {
        if (prefersJsonLd(headers)) {
            return store.get(id)
                    .map(r -> Response.ok(ColJson.write(RecordJsonLd.of(r)), JSON_LD).build())
                    .orElseThrow(() -> new NotFound("no record with id " + id));
        }
        return store.json(id)
                .map(json -> Response.ok(json, MediaType.APPLICATION_JSON).build())
                .orElseThrow(() -> new NotFound("no record with id " + id));
    }

    /** True when {@code application/ld+json} comes before plain JSON in the client's preferences. */
    private static boolean prefersJsonLd(HttpHeaders headers) {
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if ("application".equals(m.getType()) && "ld+json".equals(m.getSubtype())) {
                return true;
            }
            if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
