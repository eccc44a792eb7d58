package org.mcfed.normalizer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Another registry exposing the COL JSON feed (shared/sources/col-feed.md) on a real loopback HTTP
 * server, in its simplest form: one page with the records and deletions the test sets.
 */
final class PeerFeed implements AutoCloseable {

    private final HttpServer server;
    private volatile byte[] page = "{\"records\":[],\"deleted\":[],\"next\":null}".getBytes();

    PeerFeed() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/peer", this::serve);
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/peer");
    }

    /** Sets what the feed lists: records, and deleted ids with their deletion time. */
    void publish(List<ColRecord> records, Map<String, Instant> deleted) {
        ObjectNode body = ColJson.mapper().createObjectNode();
        ArrayNode recs = body.putArray("records");
        records.forEach(r -> recs.add(ColJson.mapper().valueToTree(r)));
        ArrayNode del = body.putArray("deleted");
        deleted.forEach((id, at) -> del.addObject().put("id", id).put("deletedAt", at.toString()));
        body.putNull("next");
        page = ColJson.writeBytes(body);
    }

    private void serve(HttpExchange ex) throws IOException {
        boolean feed = ex.getRequestURI().getPath().equals("/peer/col/v1/records");
        byte[] body = feed ? page : new byte[0];
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(feed ? 200 : 404, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
