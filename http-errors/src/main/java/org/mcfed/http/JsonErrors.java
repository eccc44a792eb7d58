package org.mcfed.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The REST layer's refusals (unknown path 404, 405, 406, 415, an unconvertible parameter) keep
 * their status and get a JSON body; any other exception is a fault of the service itself: logged
 * with its cause and answered 500 with a JSON body. Resources' own answers are left as they are.
 */
public final class JsonErrors {

    private static final Logger LOG = Logger.getLogger(JsonErrors.class);

    @ServerExceptionMapper
    public Response framework(WebApplicationException e) {
        Response given = e.getResponse();
        int status = given == null ? 500 : given.getStatus();
        if (status < 400) {
            return given;
        }
        if (status >= 500) {
            LOG.errorf(e, "request failed");
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String message = e.getMessage() != null ? e.getMessage() : known != null ? known.getReasonPhrase() : "error";
        return Response.fromResponse(given).status(status).type(ErrorBody.CONTENT_TYPE).entity(ErrorBody.of(message)).build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.errorf(e, "request failed");
        return Response.status(500).type(ErrorBody.CONTENT_TYPE).entity(ErrorBody.of("internal error: " + e.getClass().getSimpleName())).build();
    }
}
