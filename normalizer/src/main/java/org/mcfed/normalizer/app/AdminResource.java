package org.mcfed.normalizer.app;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.mcfed.col.admin.AdminCredential;

import java.util.Map;

/**
 * Operator calls: {@code POST /admin/replay} reprocesses mcfed.raw.v1 from the beginning (after a
 * mapping change), answering 202 at once. HTTP Basic against the shared admin credential
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
    public Response replay(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        AdminCredential.Verdict verdict = credential.basic(authorization);
        if (!verdict.accepted()) {
            LOG.warnf("admin: refused POST /admin/replay (%s)", verdict);
            return Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"mcfed-normalizer\"")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", verdict.reason() + " (HTTP basic)")).build();
        }
        LOG.info("replay of mcfed.raw.v1 requested by an operator");
        service.loop().requestReplay();
        return Response.accepted(Map.of("replay", "requested")).build();
    }
}
