package org.mcfed.index.limits;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.mcfed.col.json.ColJson;

import java.util.List;
import java.util.Map;

/**
 * The search API pages with cursors only ({@code next}, then {@code cursor=}): each page costs the
 * same however deep it is. A client asking for a page by number or offset ({@code page} beyond 1,
 * {@code from} beyond 0, as other search APIs allow) gets a 400 saying so, instead of the first page
 * again, which a scraper's loop would fetch forever.
 */
@ApplicationScoped
public class OffsetPaging {

    void install(@Observes Router router) {
        router.route("/api/search").order(Integer.MIN_VALUE + 2).handler(this::check);
    }

    private void check(RoutingContext rc) {
        String refused;
        try {
            refused = refused("page", rc.queryParam("page"), "1");
            if (refused == null) {
                refused = refused("from", rc.queryParam("from"), "0");
            }
        } catch (RuntimeException unreadable) {
            rc.next(); // the search resource answers an unreadable query string itself
            return;
        }
        if (refused == null) {
            rc.next();
            return;
        }
        rc.response().setStatusCode(400).putHeader("Content-Type", "application/json")
                .end(ColJson.write(Map.of("error", refused)));
    }

    /** The refusal of a paging parameter other than the first page, or null. */
    private static String refused(String name, List<String> values, String firstPage) {
        for (String value : values) {
            if (!value.isBlank() && !value.strip().equals(firstPage)) {
                return name + " is not supported: search results are paged with cursors, not by number or offset;"
                        + " pass the 'next' value of the previous answer as cursor=";
            }
        }
        return null;
    }
}
