package org.mcfed.harvester.admin;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.mcfed.harvester.dryrun.DryRun;

import java.time.Duration;
import java.util.Map;

/**
 * {@code /admin/dry-run?connector=&baseUrl=&sample=}: a registry's feed checked through a connector
 * and mapper, with COL completeness and problems, before the registry is configured. Publishes nothing.
 */
@Path("/admin/dry-run")
@Produces(MediaType.APPLICATION_JSON)
public class DryRunResource {

    private static final Duration BUDGET = Duration.ofSeconds(90);

    @GET
    public Response get(@QueryParam("connector") String connector, @QueryParam("baseUrl") String baseUrl,
                        @QueryParam("sample") @DefaultValue("20") int sample) {
        try {
            return Response.ok(DryRun.sample(connector, baseUrl, sample, BUDGET)).build();
        } catch (IllegalArgumentException e) {
            return Response.status(400).entity(Map.of("error", e.getMessage())).build();
        }
    }

    @POST
    public Response post(@QueryParam("connector") String connector, @QueryParam("baseUrl") String baseUrl,
                         @QueryParam("sample") @DefaultValue("20") int sample) {
        return get(connector, baseUrl, sample);
    }
}
