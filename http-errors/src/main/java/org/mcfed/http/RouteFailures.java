package org.mcfed.http;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

/**
 * How a route-level failure handler of an mcfed service answers: the failure's status (a failure
 * without one is the service's fault, 500), its reason and cause in words, and always a JSON body.
 */
public final class RouteFailures {

    private static final Logger LOG = Logger.getLogger(RouteFailures.class);

    private RouteFailures() {
    }

    /** How a service answers a failure that is the client's: its status and {@link #detail} in words. */
    @FunctionalInterface
    public interface ClientError {
        void answer(int status, String detail);
    }

    /**
     * A failure handler's body: an answer already begun is passed on (nothing can be written over it), a fault of
     * the service is {@link #answerFault}, and the client's errors go to {@code clientError}.
     */
    public static void handle(RoutingContext rc, ClientError clientError) {
        if (rc.response().headWritten()) {
            rc.next();
            return;
        }
        int status = rc.statusCode() >= 400 ? rc.statusCode() : 500;
        if (status >= 500) {
            answerFault(rc, status);
            return;
        }
        clientError.answer(status, detail(rc, status));
    }

    /** The status's reason, with the failure's message when there is one ({@code Bad Request: Malformed escape pair}). */
    static String detail(RoutingContext rc, int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String reason = known == null ? "error" : known.getReasonPhrase();
        return rc.failure() == null || rc.failure().getMessage() == null ? reason : reason + ": " + rc.failure().getMessage();
    }

    /** A fault of the service, not of the request: logged with its cause, answered {@code {"error": "internal error: ..."}}. */
    static void answerFault(RoutingContext rc, int status) {
        LOG.errorf(rc.failure(), "request failed: %s", rc.request().uri());
        answer(rc, status, "internal error" + (rc.failure() == null ? "" : ": " + rc.failure().getClass().getSimpleName()));
    }

    public static void answer(RoutingContext rc, int status, String message) {
        rc.response().setStatusCode(status).putHeader("Content-Type", ErrorBody.CONTENT_TYPE).end(ErrorBody.of(message));
    }
}
