package org.mcfed.index.search;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.mcfed.col.json.ColJson;
import org.mcfed.index.feed.FeedConfig;
import org.mcfed.index.feed.oai.OaiProvider;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * Requests the HTTP layer fails before any resource reads them (a broken %-escape in the path or
 * query: {@code /api/search?q=%ZZ}) are answered like every other API error, {@code {"error": ...}}
 * with the layer's status, and on {@code /oai} as an OAI-PMH {@code badArgument}; without this
 * Vert.x answers a bare status with no body.
 */
@ApplicationScoped
public class UnreadableRequests {

    private static final Logger LOG = Logger.getLogger(UnreadableRequests.class);
    /**
     * JVM property (read by Quarkus at class-load time, so it cannot be set from here) that turns off Quarkus' own URI
     * check, which answers a bare 400; the first route below makes the same check and answers with a body.
     */
    static final String NO_BARE_400 = "vertx.disableURIValidation";

    @Inject
    OaiProvider oai;

    @Inject
    FeedConfig feeds;

    void install(@Observes Router router) {
        if (!Boolean.getBoolean(NO_BARE_400)) {
            LOG.warnf("-D%s=true is not set: Quarkus answers a malformed URI (a broken %%-escape) with a bare 400 before this service sees it", NO_BARE_400);
        }
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            try {
                new URI(rc.request().uri());
                rc.next();
            } catch (URISyntaxException e) {
                rc.fail(400, e);
            }
        });
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    private void answer(RoutingContext rc) {
        HttpServerResponse response = rc.response();
        if (response.headWritten()) {
            rc.next();
            return;
        }
        int status = rc.statusCode() >= 400 ? rc.statusCode() : 500;
        if (status >= 500) {
            // a fault of the service, not of the request: logged, answered as ApiErrors answers one
            LOG.errorf(rc.failure(), "request failed: %s", rc.request().uri());
            response.setStatusCode(status).putHeader("Content-Type", "application/json")
                    .end(ColJson.write(Map.of("error", "internal error" + (rc.failure() == null ? "" : ": " + rc.failure().getClass().getSimpleName()))));
            return;
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String reason = known == null ? "error" : known.getReasonPhrase();
        String detail = rc.failure() == null || rc.failure().getMessage() == null ? reason : reason + ": " + rc.failure().getMessage();
        if ("/oai".equals(rc.request().path())) {
            String baseUrl = feeds.oai().baseUrl().orElse(rc.request().scheme() + "://" + rc.request().host() + "/oai");
            // OAI-PMH answers its protocol errors with 200 and the error in the document
            response.setStatusCode(200).putHeader("Content-Type", "text/xml;charset=UTF-8")
                    .end(oai.unreadable("unreadable request: " + detail, baseUrl));
            return;
        }
        response.setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(ColJson.write(Map.of("error", "unreadable request: " + detail)));
    }
}
