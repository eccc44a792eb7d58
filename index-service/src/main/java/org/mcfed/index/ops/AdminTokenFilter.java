package org.mcfed.index.ops;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * Authenticates admin actions with a bearer token ({@code Authorization: Bearer <mcfed.ops.admin-token>}),
 * compared in constant time. No token configured means no admin actions at all (403), so a
 * deployment that forgot the secret is closed, not open. The public API needs no token.
 */
@Provider
@AdminOnly
public class AdminTokenFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AdminTokenFilter.class);

    /** Looked up per request: JAX-RS providers are built before runtime config mappings exist. */
    @Inject
    Instance<OpsConfig> config;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String> token = config.get().adminToken().filter(t -> !t.isBlank());
        if (token.isEmpty()) {
            request.abortWith(error(Response.Status.FORBIDDEN, "admin actions are disabled: set mcfed.ops.admin-token (MCFED_OPS_ADMIN_TOKEN)"));
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : "";
        if (!MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), token.get().getBytes(StandardCharsets.UTF_8))) {
            LOG.warnf("admin: refused %s %s (%s)", request.getMethod(), request.getUriInfo().getPath(),
                    header == null ? "no credentials" : "wrong token");
            Response refused = Response.fromResponse(error(Response.Status.UNAUTHORIZED, "admin actions need 'Authorization: Bearer <admin token>'"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"mcfed-admin\"").build();
            request.abortWith(refused);
        }
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", message)).build();
    }
}
