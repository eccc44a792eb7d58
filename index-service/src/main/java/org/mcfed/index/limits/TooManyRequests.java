package org.mcfed.index.limits;

import io.vertx.ext.web.RoutingContext;
import org.mcfed.col.json.ColJson;

import java.util.Map;

/** The answer to a client over a limit: 429, {@code Retry-After} in seconds, {@code {"error": ...}}. */
final class TooManyRequests {

    private TooManyRequests() {
    }

    static void answer(RoutingContext rc, long retryAfterSeconds, String message) {
        rc.response().setStatusCode(429)
                .putHeader("Retry-After", Long.toString(retryAfterSeconds))
                .putHeader("Content-Type", "application/json")
                .end(ColJson.write(Map.of("error", message, "retryAfterSeconds", retryAfterSeconds)));
    }
}
