package org.mcfed.connector.mqa;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcfed.col.record.ColRecord;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.SourcePosition;
import org.mcfed.connector.run.SourceRun;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Malay page is fetched only for a record whose English page lacks a wanted value, and fills it
 * (the sandbox never serves an English page the Malay one could complete, so fixture pages are
 * served here over a real loopback HTTP server).
 */
class MqaMalayFallbackIT {

    private HttpServer server;
    private final List<String> requested = new CopyOnWriteArrayList<>();

    @BeforeEach
    void serveFixtures() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/mqa/mqr/", this::serve);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void serve(HttpExchange ex) throws IOException {
        String target = ex.getRequestURI().getPath() + "?" + ex.getRequestURI().getRawQuery();
        requested.add(target);
        String fixture = switch (target) {
            case "/mqa/mqr/english/eakrmc.cfm?StartRow=1" -> "listing-two.html";
            case "/mqa/mqr/english/epapar.cfm?NoRujA=MQA%2FSWA+0123&IdAkrKP=1101" -> "english-lacking-title.html";
            case "/mqa/mqr/epapar.cfm?NoRujA=MQA%2FSWA+0123&IdAkrKP=1101" -> "malay.html";
            case "/mqa/mqr/english/epapar.cfm?NoRujA=MQA%2FSWA0311&IdAkrKP=1102" -> "label-variants.html";
            default -> null;
        };
        byte[] body = fixture == null ? new byte[0] : MqaFixtures.bytes(fixture);
        ex.getResponseHeaders().set("Content-Type", "text/html");
        ex.sendResponseHeaders(fixture == null ? 404 : 200, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    void fetchesTheMalayPageOnlyWhereTheEnglishLacksAValue() throws Exception {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mqa");
        SourceRun run = SourceRun.harvest(new MqaConnector().newTask(), SourceConfig.of("mqa", "mqa", base).withRate(0),
                SourcePosition.start("it", null), Map.of(), 10);

        assertThat(run.complete()).isTrue();
        assertThat(run.failures()).isEmpty();
        assertThat(requested).as("detail pages are fetched concurrently, so in any order").containsExactlyInAnyOrder(
                "/mqa/mqr/english/eakrmc.cfm?StartRow=1",
                "/mqa/mqr/english/epapar.cfm?NoRujA=MQA%2FSWA+0123&IdAkrKP=1101",
                "/mqa/mqr/epapar.cfm?NoRujA=MQA%2FSWA+0123&IdAkrKP=1101",
                "/mqa/mqr/english/epapar.cfm?NoRujA=MQA%2FSWA0311&IdAkrKP=1102");
        assertThat(requested.indexOf("/mqa/mqr/epapar.cfm?NoRujA=MQA%2FSWA+0123&IdAkrKP=1101"))
                .as("the Malay page after the English one that lacked a value")
                .isGreaterThan(requested.indexOf("/mqa/mqr/english/epapar.cfm?NoRujA=MQA%2FSWA+0123&IdAkrKP=1101"));
        RawRecord lacking = run.records().get(0);
        assertThat(lacking.first("title")).isNull();
        assertThat(lacking.first("title.ms")).isEqualTo("Mikrokredensial Analitik Data dengan Python");
        ColRecord record = new MqaMapper().map(lacking);
        assertThat(record.title()).isEqualTo(Map.of("ms", "Mikrokredensial Analitik Data dengan Python"));
        assertThat(run.records().get(1).fields().keySet()).noneMatch(k -> k.endsWith(".ms"));
    }
}
