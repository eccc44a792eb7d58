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
import org.mcfed.col.admin.AdminCredential;

import java.util.Map;

/**
 * Authenticates admin actions with a bearer token ({@code Authorization: Bearer <mcfed.ops.admin-token>},
 * by default the shared admin password), checked by {@link AdminCredential}. Every refusal is a 401
 * with a JSON body and a {@code WWW-Authenticate} challenge, also while no token is configured (a
 * deployment that forgot the secret is closed, not open). The public API needs no token.
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
        AdminCredential credential = AdminCredential.of("", config.get().adminToken());
        AdminCredential.Verdict verdict = credential.bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (!verdict.accepted()) {
            LOG.warnf("admin: refused %s %s (%s)", request.getMethod(), request.getUriInfo().getPath(), verdict);
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"mcfed-admin\"")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", verdict.reason() + " ('Authorization: Bearer <admin token>')"))
                    .build());
        }
    }
}
