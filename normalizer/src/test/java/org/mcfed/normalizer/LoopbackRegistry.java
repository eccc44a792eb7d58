package org.mcfed.normalizer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A registry on a real loopback HTTP server answering fixed pages by path: a fixture site in a
 * registry's page shapes, or a peer registry exposing the COL JSON feed (docs/sources/col-feed.md)
 * with the records and deletions a test sets. Unknown paths answer 404.
 */
final class LoopbackRegistry implements AutoCloseable {

    private record Page(String contentType, byte[] body) {
    }

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    LoopbackRegistry() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::serve);
        server.start();
    }

    /** The base URL of a registry mounted at {@code /name}. */
    URI base(String name) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + name);
    }

    /** Serves a test resource at a path (with its query, if any). */
    LoopbackRegistry fixture(String pathAndQuery, String resource) {
        try (InputStream in = LoopbackRegistry.class.getResourceAsStream("/fixtures/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            pages.put(pathAndQuery, new Page("text/html; charset=utf-8", in.readAllBytes()));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the one page of the COL JSON feed at {@code /name/col/v1/records}: records and deleted ids. */
    void feed(String name, List<ColRecord> records, Map<String, Instant> deleted) {
        ObjectNode body = ColJson.mapper().createObjectNode();
        ArrayNode recs = body.putArray("records");
        records.forEach(r -> recs.add(ColJson.mapper().valueToTree(r)));
        ArrayNode del = body.putArray("deleted");
        deleted.forEach((id, at) -> del.addObject().put("id", id).put("deletedAt", at.toString()));
        body.putNull("next");
        pages.put("/" + name + "/col/v1/records", new Page("application/json", ColJson.writeBytes(body)));
    }

    private void serve(HttpExchange ex) throws IOException {
        URI uri = ex.getRequestURI();
        Page page = pages.get(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        if (page == null) {
            page = pages.get(uri.getRawPath());
        }
        if (page == null) {
            ex.sendResponseHeaders(404, -1);
            ex.close();
            return;
        }
        ex.getResponseHeaders().set("Content-Type", page.contentType());
        ex.sendResponseHeaders(200, page.body().length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(page.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
