package org.mcfed.normalizer.app;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.mcfed.col.admin.AdminCredential;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Operator calls: {@code POST /admin/replay} reprocesses mcfed.raw.v1 from the beginning (after a
 * mapping change), answering 202 at once, and writes the records that come out changed;
 * {@code ?republish=all} writes every record again. {@code GET /admin/status} says how far it got. HTTP Basic against the shared admin credential
 * ({@link AdminCredential}); 401 with a JSON body otherwise, also while no password is configured.
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private static final Logger LOG = Logger.getLogger(AdminResource.class);

    private final NormalizerService service;
    private final AdminCredential credential;

    public AdminResource(NormalizerService service, AdminConfig admin) {
        this.service = service;
        this.credential = AdminCredential.of(admin.username(), admin.password());
    }

    @POST
    @Path("/replay")
    public Response replay(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @QueryParam("republish") @DefaultValue("changed") String republish) {
        return guarded(authorization, "POST /admin/replay", () -> {
            if (!republish.equals("changed") && !republish.equals("all")) {
                return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("error", "republish must be 'changed' (the default) or 'all', not '" + republish + "'"))
                        .build();
            }
            LOG.infof("replay of mcfed.raw.v1 requested by an operator (republish %s)", republish);
            service.loop().requestReplay(republish.equals("all"));
            return Response.accepted(Map.of("replay", "requested", "republish", republish)).build();
        });
    }

    /** How far the loop is through mcfed.raw.v1 and the last replay ({@link ProgressJson}): what a benchmark polls. */
    @GET
    @Path("/status")
    public Response status(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return guarded(authorization, "GET /admin/status", () -> Response.ok(ProgressJson.of(service.loop())).build());
    }

    /** The call's answer when the credentials are accepted, else a 401 with a JSON body. */
    private Response guarded(String authorization, String call, Supplier<Response> answer) {
        AdminCredential.Verdict verdict = credential.basic(authorization);
        if (verdict.accepted()) {
            return answer.get();
        }
        LOG.warnf("admin: refused %s (%s)", call, verdict);
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"mcfed-normalizer\"")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", verdict.reason() + " (HTTP basic)")).build();
    }
}
