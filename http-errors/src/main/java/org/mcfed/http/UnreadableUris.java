package org.mcfed.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What the HTTP layer refuses before any resource runs gets a JSON body too: a URI it cannot read
 * (a broken %-escape, {@code /admin/sources/%ZZ}) is a 400, a path nothing serves a 404, a type
 * no route produces a 406, a failure in a route a logged 500. Without this Vert.x and Quarkus answer these bare or as an HTML page.
 * The URI check ({@link UriCheck}) needs the JVM property {@code -Dvertx.disableURIValidation=true}.
 */
@ApplicationScoped
public class UnreadableUris {

    void install(@Observes Router router) {
        UriCheck.install(router, this::answer);
        router.route().order(Integer.MAX_VALUE).handler(rc -> rc.fail(404));
    }

    private void answer(RoutingContext rc) {
        RouteFailures.handle(rc, (status, detail) ->
                RouteFailures.answer(rc, status, rc.failure() == null ? detail : "unreadable request: " + detail));
    }
}
