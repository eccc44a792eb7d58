package org.mcfed.index.ops;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;
import org.mcfed.index.search.BadRequest;
import org.mcfed.index.store.Freshness;
import org.mcfed.index.store.LuceneRecordStore;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import java.util.Map;

/**
 * Operators' actions, behind the admin token ({@link AdminOnly}): the rejects with their raw
 * records for diagnosis, how fresh the index is, forgetting a source's rejects once its connector
 * is fixed, and re-reading the pipeline topics from the beginning.
 */
@Path("/api/admin")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private static final Logger LOG = Logger.getLogger(AdminResource.class);

    @Inject
    SourcesReport report;

    @Inject
    RejectLedger rejects;

    @Inject
    SourceQuality quality;

    @Inject
    PipelineTopicsFollower follower;

    @Inject
    LuceneRecordStore store;

    /** {@code /api/sources} with each reject example's raw record (truncated at {@code mcfed.ops.raw-example-chars}). */
    @GET
    @Path("sources")
    public SourcesReport.Answer sourcesWithRaw() {
        return report.build(true);
    }

    /**
     * How long records harvested at or after {@code since} (ISO-8601 instant; all kept samples when
     * absent) took from their page's fetch to being searchable: {@code records}, {@code p50Ms},
     * {@code p90Ms}, {@code p99Ms}, {@code maxMs} over the last {@value Freshness#SAMPLES} records made searchable,
     * and {@code stages}: the same delay split into harvester, normalizer, index queue and refresh, each with
     * {@code p50Ms}, {@code p99Ms} and {@code slowestMeanMs} (its mean over the slowest 1 %), which says where
     * a slow p99 comes from.
     */
    @GET
    @Path("freshness")
    public Freshness.Summary freshness(@QueryParam("since") String since) {
        Instant from;
        try {
            from = since == null || since.isBlank() ? Instant.EPOCH : Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw new BadRequest("since must be an ISO-8601 instant such as 2026-12-03T10:00:00Z, was '" + since + "'");
        }
        return store.freshness().since(from);
    }

    /** Forgets the rejects of one source, or of all when no source is given. */
    @DELETE
    @Path("rejects")
    public Map<String, Object> clearRejects(@QueryParam("source") String source) {
        int cleared = rejects.clear(source == null || source.isBlank() ? null : source);
        LOG.infof("admin: cleared the rejects of %s", source == null ? "every source" : source);
        return Map.of("cleared", cleared, "source", source == null ? "*" : source);
    }

    /** Re-reads mcfed.harvest-runs.v1 and mcfed.rejects.v1 from the beginning and recomputes completeness. */
    @POST
    @Path("reload")
    public Map<String, Object> reload() {
        follower.reload();
        quality.invalidate();
        LOG.info("admin: reload of the operators' view requested");
        return Map.of("reloading", true);
    }
}
