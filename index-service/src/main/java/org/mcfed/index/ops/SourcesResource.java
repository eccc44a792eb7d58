package org.mcfed.index.ops;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The operators' read-only view ({@code GET /api/sources}): per source its last harvest runs
 * and counts, rejects by reason and class with examples, COL completeness and compliance per
 * element and flag, and freshness; and {@code GET /api/sources/history}, the same over time.
 */
@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourcesResource {

    @Inject
    SourcesReport report;

    @Inject
    SourceHistory history;

    /** The answer of {@code GET /api/sources/history}: per source, a point per ended run, oldest first. */
    public record HistoryAnswer(Instant generatedAt, Map<String, List<HistoryPoint>> sources) {
    }

    @GET
    public SourcesReport.Answer all() {
        return report.build(false);
    }

    /** Records, rejects by class, compliance, duration and failures per source over time (the dashboard's charts). */
    @GET
    @Path("history")
    public HistoryAnswer history() {
        return new HistoryAnswer(Instant.now(), history.snapshot());
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
