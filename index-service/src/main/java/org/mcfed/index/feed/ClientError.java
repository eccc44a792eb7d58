package org.mcfed.index.feed;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * A request this service cannot answer because of what the client sent: {@code 400} with
 * {@code {"error": "..."}} (docs/api.md), never a 500.
 */
public final class ClientError extends WebApplicationException {

    public ClientError(String message) {
        super(message, Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", message))
                .build());
    }
}
