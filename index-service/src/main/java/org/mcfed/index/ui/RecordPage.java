package org.mcfed.index.ui;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.mcfed.index.feed.format.RecordFormat;
import org.mcfed.index.store.RecordIndex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves {@code /record.html?id=…} with the record's schema.org JSON-LD in the HTML itself, in a
 * {@code <script type="application/ld+json">} before {@code </head>}: search engines read the page
 * the server sends, not what its script fetches. Without a known id the static page is served as is.
 */
@ApplicationScoped
public class RecordPage {

    private static final String PAGE = "META-INF/resources/record.html";

    private final RecordIndex index;
    private final String page;

    RecordPage(RecordIndex index) {
        this.index = index;
        this.page = read();
    }

    void install(@Observes Router router) {
        // just after the security headers' route, before the static files
        router.get("/record.html").order(Integer.MIN_VALUE + 1).blockingHandler(this::serve);
    }

    private void serve(RoutingContext rc) {
        String id = rc.queryParams().get("id");
        var record = id == null || id.isBlank() ? null : index.get(id).orElse(null);
        if (record == null) {
            rc.next();
            return;
        }
        String script = "<script type=\"application/ld+json\">" + scriptSafe(RecordFormat.SCHEMAORG.write(record)) + "</script>\n";
        int head = page.indexOf("</head>");
        rc.response().putHeader("Content-Type", "text/html; charset=UTF-8")
                .putHeader("Cache-Control", "no-cache")
                .end(page.substring(0, head) + "  " + script + page.substring(head));
    }

    /**
     * JSON that cannot end or alter the script element holding it: {@code <}, {@code >} and
     * {@code &} (which only occur inside JSON strings) and the JavaScript line separators become
     * {@code \\u} escapes, so a title of {@code </script><script>} stays data.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static String read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(PAGE)) {
            if (in == null) {
                throw new IllegalStateException(PAGE + " is missing from the service's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(PAGE + " cannot be read", e);
        }
    }
}
