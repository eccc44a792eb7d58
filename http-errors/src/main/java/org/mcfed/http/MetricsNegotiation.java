package org.mcfed.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code /q/metrics} is served as {@code text/plain} or {@code application/openmetrics-text} only;
 * for any other {@code Accept} the metrics route's content negotiation answers a bare 406 from
 * inside Quarkus' own router, where no error handler of ours reaches. This answers such a request
 * first, with the same 406 and a JSON body naming the types it can have.
 */
@ApplicationScoped
public class MetricsNegotiation {

    private static final Set<String> SERVED = Set.of("*/*", "text/*", "text/plain", "application/*", "application/openmetrics-text");
    /** Media ranges with parameters, as RFC 9110 writes them; anything else is not a type this route could match. */
    private static final Pattern READABLE = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~/;=\", -]*");

    void install(@Observes Router router) {
        router.route("/q/metrics").order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext rc) {
        String accept = rc.request().getHeader("Accept");
        if (accept == null || accept.isBlank() || served(accept)) {
            rc.next();
            return;
        }
        rc.response().setStatusCode(406).putHeader("Content-Type", ErrorBody.CONTENT_TYPE)
                .end(ErrorBody.of("metrics are served as text/plain or application/openmetrics-text; Accept was '"
                        + (accept.length() > 60 ? accept.substring(0, 60) + "..." : accept) + "'"));
    }

    static boolean served(String accept) {
        if (!READABLE.matcher(accept).matches()) {
            return false;
        }
        for (String range : accept.split(",")) {
            int params = range.indexOf(';');
            String type = (params < 0 ? range : range.substring(0, params)).strip().toLowerCase(Locale.ROOT);
            if (SERVED.contains(type)) {
                return true;
            }
        }
        return false;
    }
}
