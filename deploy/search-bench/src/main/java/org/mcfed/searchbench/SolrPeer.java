package org.mcfed.searchbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;
import org.apache.solr.request.LocalSolrQueryRequest;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.request.SolrRequestInfo;
import org.apache.solr.response.QueryResponseWriter;
import org.apache.solr.response.QueryResponseWriterUtil;
import org.apache.solr.response.SolrQueryResponse;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;

/**
 * The search benchmark's peer: Apache Solr 9.10.1 embedded in a JVM of its own (a CoreContainer
 * with one core, the schema closest to index-service's), indexing the benchmark corpus that the
 * driver wrote as NDJSON, then answering {@code GET /select?...} on loopback with Solr's own JSON
 * response writer, so the driver measures it over HTTP as it measures the service.
 * <pre>java -cp ... org.mcfed.searchbench.SolrPeer solr-home corpus.ndjson port</pre>
 * An existing core with as many documents as the corpus has lines is reused.
 */
public final class SolrPeer {

    private static final String CORE = "mcfed";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SolrPeer() {
    }

    public static void main(String[] args) {
        try {
            serve(args);
        } catch (Exception | LinkageError e) {
            e.printStackTrace();
            System.exit(1);   // Solr's own threads would keep a failed peer alive, and the driver waiting
        }
    }

    private static void serve(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        Path corpus = Path.of(args[1]);
        int port = Integer.parseInt(args[2]);
        layOut(home);
        CoreContainer cores = new CoreContainer(home, new Properties());
        cores.load();
        EmbeddedSolrServer solr = new EmbeddedSolrServer(cores, CORE);
        long lines;
        try (var s = Files.lines(corpus)) {
            lines = s.count();
        }
        long have = solr.query(new ModifiableSolrParams(Map.of("q", new String[]{"*:*"}, "rows", new String[]{"0"}))).getResults().getNumFound();
        if (have != lines) {
            index(solr, corpus, lines);
        } else {
            System.out.printf("solr: reusing the core of %,d documents%n", have);
        }
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        http.setExecutor(Executors.newFixedThreadPool(64));
        http.createContext("/select", ex -> answer(ex, cores));
        http.createContext("/heap", ex -> reply(ex, 200, Long.toString(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed())
                .getBytes(StandardCharsets.UTF_8)));
        http.start();
        System.out.println("solr: ready on port " + port);
    }

    private static void index(EmbeddedSolrServer solr, Path corpus, long lines) throws Exception {
        solr.deleteByQuery("*:*");
        long start = System.nanoTime();
        // two indexing threads, as the service's benchmark index is built with one per core
        java.util.concurrent.ExecutorService pool = Executors.newFixedThreadPool(2);
        java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(4);
        List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
        List<SolrInputDocument> batch = new ArrayList<>();
        long n = 0;
        try (BufferedReader r = Files.newBufferedReader(corpus)) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                batch.add(document(JSON.readTree(l)));
                if (batch.size() == 1000) {
                    List<SolrInputDocument> full = batch;
                    inFlight.acquire();
                    sent.add(pool.submit(() -> {
                        try {
                            return solr.add(full);
                        } finally {
                            inFlight.release();
                        }
                    }));
                    batch = new ArrayList<>();
                }
                if (++n % 100_000 == 0) {
                    System.out.printf("solr: indexed %,d%n", n);
                }
            }
        }
        for (java.util.concurrent.Future<?> f : sent) {
            f.get();
        }
        pool.shutdown();
        if (!batch.isEmpty()) {
            solr.add(batch);
        }
        solr.commit();
        solr.optimize(true, true, 8);   // the segments of the service's benchmark index (BenchIndex.SEGMENTS): comparable searchers
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf("solr: indexed %,d documents in %.0f s (%,.0f docs/s)%n", lines, secs, lines / secs);
    }

    private static SolrInputDocument document(JsonNode node) {
        SolrInputDocument doc = new SolrInputDocument();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getValue().isArray()) {
                for (JsonNode v : f.getValue()) {
                    doc.addField(f.getKey(), v.asText());
                }
            } else if (f.getValue().isNumber()) {
                doc.addField(f.getKey(), f.getValue().numberValue());
            } else {
                doc.addField(f.getKey(), f.getValue().asText());
            }
        }
        return doc;
    }

    /** Solr's own request path without its servlet: the /select handler, then the JSON response writer. */
    private static void answer(HttpExchange ex, CoreContainer cores) throws IOException {
        try (ex) {
            ModifiableSolrParams params = new ModifiableSolrParams();
            String raw = ex.getRequestURI().getRawQuery();
            if (raw != null) {
                for (String kv : raw.split("&")) {
                    int eq = kv.indexOf('=');
                    if (eq > 0) {
                        params.add(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
                    }
                }
            }
            try (SolrCore core = cores.getCore(CORE)) {
                SolrQueryRequest req = new LocalSolrQueryRequest(core, params);
                SolrQueryResponse rsp = new SolrQueryResponse();
                SolrRequestInfo.setRequestInfo(new SolrRequestInfo(req, rsp));
                try {
                    core.execute(core.getRequestHandler("/select"), req, rsp);
                    if (rsp.getException() != null) {
                        reply(ex, 400, ("{\"error\": " + JSON.writeValueAsString(String.valueOf(rsp.getException().getMessage())) + "}").getBytes(StandardCharsets.UTF_8));
                        return;
                    }
                    QueryResponseWriter writer = core.getQueryResponseWriter(req);
                    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
                    QueryResponseWriterUtil.writeQueryResponse(out, writer, req, rsp, writer.getContentType(req, rsp));
                    reply(ex, 200, out.toByteArray());
                } finally {
                    SolrRequestInfo.clearRequestInfo();
                    req.close();
                }
            }
        } catch (RuntimeException e) {
            reply(ex, 500, ("{\"error\": " + JSON.writeValueAsString(String.valueOf(e)) + "}").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void reply(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /** The Solr home: solr.xml and the core's conf/ from this module's resources (overwritten, so a schema change takes effect). */
    private static void layOut(Path home) throws IOException {
        Path core = home.resolve(CORE);
        Files.createDirectories(core.resolve("conf"));
        copy("/solr/solr.xml", home.resolve("solr.xml"));
        copy("/solr/conf/schema.xml", core.resolve("conf/schema.xml"));
        copy("/solr/conf/solrconfig.xml", core.resolve("conf/solrconfig.xml"));
        Files.writeString(core.resolve("core.properties"), "name=" + CORE + "\n");
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = SolrPeer.class.getResourceAsStream(resource)) {
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
