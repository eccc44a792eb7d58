package org.mcfed.index.ui;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Second line of defence for the web UI: the pages never insert registry text as HTML, and on
 * top of that the browser is told to run only this service's own script files (no inline script,
 * no eval, no plugins), not to guess content types, and not to let other sites frame the pages.
 * Quarkus' own {@code /q/} pages (OpenAPI, health) are left as they are.
 */
@ApplicationScoped
public class PageSecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    void install(@Observes Router router) {
        // first of all routes but the URI check of UnreadableRequests (static files are served by an early route of
        // Quarkus' own), headers set when the response starts
        router.route().order(Integer.MIN_VALUE + 1).handler(rc -> {
            if (!rc.normalizedPath().startsWith("/q/")) {
                rc.addHeadersEndHandler(v -> rc.response().putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                        .putHeader("X-Content-Type-Options", "nosniff")
                        .putHeader("Referrer-Policy", "strict-origin-when-cross-origin"));
            }
            rc.next();
        });
    }
}
