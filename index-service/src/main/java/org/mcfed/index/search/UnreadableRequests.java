package org.mcfed.index.search;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.mcfed.http.RouteFailures;
import org.mcfed.http.UriCheck;
import org.mcfed.index.feed.FeedConfig;
import org.mcfed.index.feed.oai.OaiProvider;


/**
 * Requests the HTTP layer fails before any resource reads them (a broken %-escape in the path or
 * query: {@code /api/search?q=%ZZ}) are answered like every other API error, {@code {"error": ...}}
 * with the layer's status, and on {@code /oai} as an OAI-PMH {@code badArgument}; without this
 * Vert.x answers a bare status with no body.
 */
@ApplicationScoped
public class UnreadableRequests {


    @Inject
    OaiProvider oai;

    @Inject
    FeedConfig feeds;

    void install(@Observes Router router) {
        // the same first route as every mcfed service; needs -Dvertx.disableURIValidation=true
        UriCheck.install(router, this::answer);
    }

    private void answer(RoutingContext rc) {
        // a fault of the service, not of the request, is logged and answered as ApiErrors answers one
        RouteFailures.handle(rc, (status, detail) -> clientError(rc, status, detail));
    }

    private void clientError(RoutingContext rc, int status, String detail) {
        if ("/oai".equals(rc.request().path())) {
            String baseUrl = feeds.oai().baseUrl().orElse(rc.request().scheme() + "://" + rc.request().host() + "/oai");
            // OAI-PMH answers its protocol errors with 200 and the error in the document
            rc.response().setStatusCode(200).putHeader("Content-Type", "text/xml;charset=UTF-8")
                    .end(oai.unreadable("unreadable request: " + detail, baseUrl));
            return;
        }
        RouteFailures.answer(rc, status, "unreadable request: " + detail);
    }
}
