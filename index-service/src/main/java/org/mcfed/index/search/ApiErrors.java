package org.mcfed.index.search;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mcfed.col.json.ColJson;

import java.util.Map;

/**
 * Every error of the HTTP API in one place, always as {@code {"error": "..."}}: what the client
 * sent wrong is a 400 (or 404 for an unknown record), framework rejections keep their status (404
 * unknown path, 405, 406...), and only a fault of the service itself is a 500, logged with its cause.
 */
public final class ApiErrors {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class);

    @ServerExceptionMapper
    public Response badRequest(BadRequest e) {
        return error(400, e.getMessage());
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e) {
        return error(404, e.getMessage());
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        if (status >= 500) {
            LOG.errorf(e, "request failed");
        }
        String message = e.getMessage() == null ? Response.Status.fromStatusCode(status).getReasonPhrase() : e.getMessage();
        return error(status, message);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.errorf(e, "request failed");
        return error(500, "internal error: " + e.getClass().getSimpleName());
    }

    public static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(ColJson.write(Map.of("error", message))).build();
    }
}
