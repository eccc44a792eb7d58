package org.mcfed.harvester.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.mcfed.harvester.app.HarvesterRuntime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

/**
 * HTTP basic authentication of {@code /admin/**} against the configured credentials
 * ({@code mcfed.harvester.admin-user}, {@code mcfed.harvester.admin-password}); 401 with a
 * challenge otherwise. Compared in constant time.
 */
@Provider
public class AdminAuthFilter implements ContainerRequestFilter {

    @Inject
    HarvesterRuntime runtime;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!(path.equals("/admin") || path.startsWith("/admin/") || path.equals("admin") || path.startsWith("admin/"))) {
            return;
        }
        if (!authorized(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            request.abortWith(Response.status(401)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"mcfed harvester\"")
                    .type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "the admin API needs the configured credentials (HTTP basic)"))
                    .build());
        }
    }

    private boolean authorized(String header) {
        String password = runtime.adminPassword();
        if (password == null || header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        boolean user = same(decoded.substring(0, colon), runtime.adminUser());
        boolean pass = same(decoded.substring(colon + 1), password);
        return user & pass;
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
