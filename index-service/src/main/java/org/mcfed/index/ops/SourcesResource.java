package org.mcfed.index.ops;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * The operators' read-only view ({@code GET /api/sources}): per source its last harvest runs
 * and counts, rejects by reason with examples, COL completeness per element, and freshness.
 */
@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourcesResource {

    @Inject
    SourcesReport report;

    @GET
    public SourcesReport.Answer all() {
        return report.build(false);
    }

    @GET
    @Path("{source}")
    public Response one(@PathParam("source") String source) {
        return report.build(false).sources().stream().filter(s -> s.source().equals(source)).findFirst()
                .map(s -> Response.ok(s).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("error", "no source named '" + source + "' has runs, rejects or records")).build());
    }
}
