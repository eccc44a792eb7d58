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
 * Every record's Malay page is fetched after its English page: it gives the Malay title and
 * outcomes and fills what the English page lacks; a record without one (404) is still harvested, and
 * a record whose English page is unchanged (304) costs no Malay request. Fixture pages are served
 * over a real loopback HTTP server (the sandbox never serves an English page lacking a title).
 */
class MqaMalayPageIT {

    private static final String LISTING = "/mqa/mqr/english/eakrmc.cfm?StartRow=1";
    private static final String LACKING_EN = "/mqa/mqr/english/epapar.cfm?NoRujA=MQA%2FSWA+0123&IdAkrKP=1101";
    private static final String LACKING_MS = "/mqa/mqr/epapar.cfm?NoRujA=MQA%2FSWA+0123&IdAkrKP=1101";
    private static final String VARIANTS_EN = "/mqa/mqr/english/epapar.cfm?NoRujA=MQA%2FSWA0311&IdAkrKP=1102";
    private static final String VARIANTS_MS = "/mqa/mqr/epapar.cfm?NoRujA=MQA%2FSWA0311&IdAkrKP=1102";

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

    /** Fixture pages with an ETag each (a 304 to a matching If-None-Match); the second record has no Malay page. */
    private void serve(HttpExchange ex) throws IOException {
        String target = ex.getRequestURI().getPath() + "?" + ex.getRequestURI().getRawQuery();
        requested.add(target);
        String fixture = switch (target) {
            case LISTING -> "listing-two.html";
            case LACKING_EN -> "english-lacking-title.html";
            case LACKING_MS -> "malay.html";
            case VARIANTS_EN -> "label-variants.html";
            default -> null;
        };
        String etag = "\"" + fixture + "\"";
        if (fixture != null && etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
        }
        byte[] body = fixture == null ? new byte[0] : Fixtures.bytes(fixture);
        ex.getResponseHeaders().set("Content-Type", "text/html");
        if (fixture != null) {
            ex.getResponseHeaders().set("ETag", etag);
        }
        ex.sendResponseHeaders(fixture == null ? 404 : 200, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private SourceRun harvest(Map<String, org.mcfed.connector.KnownRecord> known) {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mqa");
        return SourceRun.harvest(new MqaConnector().newTask(), SourceConfig.of("mqa", "mqa", base).withRate(0),
                SourcePosition.start("it", null), known, 10);
    }

    @Test
    void fetchesTheMalayPageOfEveryRecordAndFillsWhatTheEnglishLacks() throws Exception {
        SourceRun run = harvest(Map.of());

        assertThat(run.complete()).isTrue();
        assertThat(run.failures()).as("a record without a Malay page is no failure").isEmpty();
        assertThat(requested).as("detail pages are fetched concurrently, so in any order")
                .containsExactlyInAnyOrder(LISTING, LACKING_EN, LACKING_MS, VARIANTS_EN, VARIANTS_MS);
        assertThat(requested.indexOf(LACKING_MS)).as("each Malay page after its English one").isGreaterThan(requested.indexOf(LACKING_EN));
        assertThat(requested.indexOf(VARIANTS_MS)).isGreaterThan(requested.indexOf(VARIANTS_EN));
        RawRecord lacking = run.records().get(0);
        assertThat(lacking.first("title")).isNull();
        assertThat(lacking.first("title.ms")).isEqualTo("Mikrokredensial Analitik Data dengan Python");
        ColRecord record = new MqaMapper().map(lacking);
        assertThat(record.title()).isEqualTo(Map.of("ms", "Mikrokredensial Analitik Data dengan Python"));
        assertThat(record.assessment().description()).as("filled from the Malay page").isEqualTo("Kuiz dalam talian (40%) dan projek (60%)");
        RawRecord withoutMalay = run.records().get(1);
        assertThat(withoutMalay.fields().keySet()).noneMatch(k -> k.endsWith(".ms"));
        assertThat(new MqaMapper().map(withoutMalay).title()).containsOnlyKeys("en");
    }

    @Test
    void anUnchangedRecordCostsOneConditionalRequestAndNoMalayPage() {
        SourceRun first = harvest(Map.of());
        requested.clear();

        SourceRun second = harvest(first.knownAfter(Map.of()));

        assertThat(second.complete()).isTrue();
        assertThat(second.unchanged()).containsExactlyInAnyOrder("MQA/SWA 0123", "MQA/SWA0311");
        assertThat(requested).containsExactlyInAnyOrder(LISTING, LACKING_EN, VARIANTS_EN);
    }
}
