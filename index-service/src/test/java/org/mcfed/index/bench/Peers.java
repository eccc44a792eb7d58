package org.mcfed.index.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The two servers the benchmark compares, each its own JVM with the same heap: the packaged
 * index-service on the benchmark index, and (with its classpath) the Solr peer of deploy/search-bench
 * on the same records. Both stopped on close.
 */
public final class Peers implements AutoCloseable {

    /** Solr's heap (its filter cache and facet structures live there). */
    static final String HEAP = "-Xmx1g";
    /**
     * The service's heap: it uses about 110 MB of it while serving 1,000,000 records, and with 1 GiB
     * the JVM grew its anonymous memory to 646 MB, which with the mapped index files put the process
     * above the 1 GiB RSS goal; a smaller heap is a handicap for the service, not for Solr.
     */
    static final String SERVICE_HEAP = "-Xmx512m";

    final HttpClient http;
    final URI service;
    final Process serviceProcess;
    final URI solr;
    final Process solrProcess;
    private final ExecutorService httpThreads = Executors.newFixedThreadPool(4);

    private Peers(Path work, int records, String solrClasspath) throws Exception {
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(httpThreads).build();
        Path app = Path.of("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(app)) {
            throw new IllegalStateException("build the service first: mvn -B -q -o package -DskipTests");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBin(), SERVICE_HEAP));
        // e.g. -Dbench.serviceJvm="-XX:StartFlightRecording=filename=service.jfr,settings=profile" to profile the service
        String extra = System.getProperty("bench.serviceJvm", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-Dmcfed.index.dir=" + work.resolve("index"), "-Dmcfed.index.consume=false",
                "-Dquarkus.http.port=" + port, "-Dquarkus.log.level=WARN", "-jar", app.toString()));
        serviceProcess = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(work.resolve("service.log").toFile()).start();
        service = URI.create("http://localhost:" + port);
        if (solrClasspath == null) {
            solr = null;
            solrProcess = null;
        } else {
            Path corpus = work.resolve("solr-corpus-" + records + ".ndjson");
            if (!Files.exists(corpus)) {
                System.out.printf("writing the Solr peer's corpus of %,d records to %s%n", records, corpus);
                SolrCorpus.write(corpus, records);
            }
            int solrPort = freePort();
            solrProcess = new ProcessBuilder(javaBin(), HEAP, "-cp", solrClasspath, "org.mcfed.searchbench.SolrPeer",
                    work.resolve("solr-" + records).toString(), corpus.toString(), Integer.toString(solrPort))
                    .redirectErrorStream(true).redirectOutput(work.resolve("solr.log").toFile()).start();
            solr = URI.create("http://127.0.0.1:" + solrPort);
        }
        awaitReady(service.resolve("/q/health/ready"), serviceProcess, Duration.ofMinutes(3));
        if (solr != null) {
            awaitReady(solr.resolve("/heap"), solrProcess, Duration.ofHours(2));
        }
    }

    public static Peers start(Path work, int records, String solrClasspath) throws Exception {
        Files.createDirectories(work);
        return new Peers(work, records, solrClasspath);
    }

    String get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private void awaitReady(URI probe, Process p, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("a server exited before it was ready; see its log under the work folder");
            }
            try {
                if (http.send(HttpRequest.newBuilder(probe).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(500);   // polling a child process, not a test condition
        }
        throw new IllegalStateException(probe + " did not become ready");
    }

    @Override
    public void close() throws InterruptedException {
        httpThreads.shutdown(); // not daemons: left running they keep the JVM alive after the figures
        for (Process p : new Process[]{serviceProcess, solrProcess}) {
            if (p != null) {
                p.destroy();
                p.waitFor();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
