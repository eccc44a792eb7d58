package org.mcfed.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The first route of a service: a URI that is not a URI (a broken %-escape) fails the request with
 * 400 before any resource runs, so that the service's failure handler answers it with a body
 * instead of Quarkus with a bare 400. Needs {@code -Dvertx.disableURIValidation=true}, the JVM
 * property that turns Quarkus' own check off (read at class-load time, so not settable from here).
 */
public final class UriCheck {

    private static final Logger LOG = Logger.getLogger(UriCheck.class);
    static final String NO_BARE_400 = "vertx.disableURIValidation";

    private UriCheck() {
    }

    /** Installs the check and {@code answer} as the failure handler that runs before any other. */
    public static void install(Router router, Handler<RoutingContext> answer) {
        if (!Boolean.getBoolean(NO_BARE_400)) {
            LOG.warnf("-D%s=true is not set: Quarkus answers a malformed URI (a broken %%-escape) with a bare 400 before this service sees it",
                    NO_BARE_400);
        }
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            try {
                new URI(rc.request().uri());
                rc.next();
            } catch (URISyntaxException e) {
                rc.fail(400, e);
            }
        });
        router.route().order(Integer.MIN_VALUE).failureHandler(answer);
    }
}
