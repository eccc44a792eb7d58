package org.mcfed.harvester.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;
import org.mcfed.col.admin.AdminCredential;
import org.mcfed.harvester.app.HarvesterRuntime;

import java.util.Map;

/**
 * HTTP basic authentication of {@code /admin/**} against the shared admin credential
 * ({@code mcfed.harvester.admin-user}, {@code mcfed.harvester.admin-password}, by default
 * {@code mcfed.admin.*}), checked by {@link AdminCredential}: 401 with a JSON body and a challenge
 * otherwise, also when no password is configured.
 */
@Provider
public class AdminAuthFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AdminAuthFilter.class);

    @Inject
    HarvesterRuntime runtime;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!(path.equals("/admin") || path.startsWith("/admin/") || path.equals("admin") || path.startsWith("admin/"))) {
            return;
        }
        AdminCredential.Verdict verdict = runtime.adminCredential().basic(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (!verdict.accepted()) {
            LOG.warnf("admin: refused %s %s (%s)", request.getMethod(), path, verdict);
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"mcfed harvester\"")
                    .type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", verdict.reason() + " (HTTP basic)"))
                    .build());
        }
    }
}
