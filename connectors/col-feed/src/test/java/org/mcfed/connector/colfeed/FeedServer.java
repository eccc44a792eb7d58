package org.mcfed.connector.colfeed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real loopback HTTP server answering request targets ({@code /col/v1/records?limit=500}) with
 * fixture bodies: a registry exposing the COL feed, in its simplest form.
 */
final class FeedServer implements AutoCloseable {

    /** One request as received: target and User-Agent. */
    record Request(String target, String userAgent) {
    }

    private final HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    FeedServer page(String target, String fixture) {
        pages.put(target, fixture);
        return this;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/peer");
    }

    private void serve(HttpExchange ex) throws IOException {
        String target = ex.getRequestURI().toString().substring("/peer".length());
        requests.add(new Request(target, ex.getRequestHeaders().getFirst("User-Agent")));
        String fixture = pages.get(target);
        byte[] body = fixture == null ? new byte[0] : Fixtures.bytes(fixture);
        ex.getResponseHeaders().set("Content-Type", fixture != null && fixture.endsWith(".xml")
                ? "text/xml; charset=utf-8" : "application/json");
        ex.sendResponseHeaders(fixture == null ? 404 : 200, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
