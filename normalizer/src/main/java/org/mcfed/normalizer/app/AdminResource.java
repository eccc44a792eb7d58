package org.mcfed.normalizer.app;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

/**
 * Operator calls: {@code POST /admin/replay} reprocesses mcfed.raw.v1 from the beginning (after a
 * mapping change), answering 202 at once. HTTP Basic with the configured credentials; 401 otherwise.
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private static final Logger LOG = Logger.getLogger(AdminResource.class);

    private final NormalizerService service;
    private final AdminConfig admin;

    public AdminResource(NormalizerService service, AdminConfig admin) {
        this.service = service;
        this.admin = admin;
    }

    @POST
    @Path("/replay")
    public Response replay(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!authorised(authorization)) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"mcfed-normalizer\"")
                    .entity(Map.of("error", "admin credentials required")).build();
        }
        LOG.info("replay of mcfed.raw.v1 requested by an operator");
        service.loop().requestReplay();
        return Response.accepted(Map.of("replay", "requested")).build();
    }

    private boolean authorised(String authorization) {
        if (admin.password().isEmpty() || authorization == null
                || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(authorization.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] expected = (admin.username() + ":" + admin.password().get())
                .getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected);
    }
}
