package org.mcfed.connector.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on a loopback port for the core's own tests (the registry sandbox serves the
 * connectors' tests): handlers per path, and every request recorded with its headers, arrival time and
 * the client's port (the same port for two requests: one kept-alive connection).
 */
public final class LocalRegistry implements AutoCloseable {

    public record Request(String path, String userAgent, String ifNoneMatch, String ifModifiedSince, String acceptEncoding,
                          long atNanos, int clientPort) {
    }

    private final HttpServer server;
    public final List<Request> requests = new CopyOnWriteArrayList<>();

    public LocalRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public LocalRegistry on(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            var h = exchange.getRequestHeaders();
            requests.add(new Request(exchange.getRequestURI().toString(), h.getFirst("User-Agent"),
                    h.getFirst("If-None-Match"), h.getFirst("If-Modified-Since"), h.getFirst("Accept-Encoding"), System.nanoTime(),
                    exchange.getRemoteAddress().getPort()));
            handler.handle(exchange);
        });
        return this;
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public long count(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    public static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
