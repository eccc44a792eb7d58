package org.mcfed.harvester.throwaway;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * The throwaway registry over real HTTP on a free loopback port: page {@code n} at {@code <base>/page/<n>} is
 * {@code pages.apply(n)} as plain text (an empty page ends the listing, as {@link ThrowawayTask} reads it).
 */
final class ThrowawayRegistry implements AutoCloseable {

    private final HttpServer server;

    private ThrowawayRegistry(HttpServer server) {
        this.server = server;
    }

    static ThrowawayRegistry serving(IntFunction<String> pages) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/throwaway/page/", exchange -> {
            int page = Integer.parseInt(exchange.getRequestURI().getPath().replaceAll(".*/", ""));
            byte[] bytes = pages.apply(page).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return new ThrowawayRegistry(server);
    }

    /**
     * Listing page {@code page} of a registry of {@code pages} pages of {@code perPage} records each: {@code t-<page>-<i>|Course
     * <page>.<i>} lines, empty after the last page; without {@code titled}, the ids alone (a page the throwaway task
     * cannot read).
     */
    static String listingPage(int page, int pages, int perPage, boolean titled) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; page <= pages && i < perPage; i++) {
            body.append("t-").append(page).append('-').append(i);
            body.append(titled ? "|Course " + page + "." + i + "\n" : "\n");
        }
        return body.toString();
    }

    /** The base URL a source configured with {@code connector=throwaway} is given. */
    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/throwaway");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
