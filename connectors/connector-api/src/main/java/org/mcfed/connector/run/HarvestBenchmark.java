package org.mcfed.connector.run;

import org.mcfed.col.enrich.ColEnrichment;
import org.mcfed.connector.Connector;
import org.mcfed.connector.Connectors;
import org.mcfed.connector.KnownRecord;
import org.mcfed.connector.MappingException;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.SourcePosition;
import org.mcfed.connector.SourceTask;
import org.mcfed.connector.http.FetchOutcome;
import org.mcfed.connector.http.RegistryHttpClient;
import org.mcfed.connector.listing.HtmlRegistryTask;
import org.mcfed.connector.listing.ListingEntry;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Prints how fast a connector harvests a registry on this machine: a full run (cold, then again once
 * the JIT has compiled the hot paths, as in a long-running harvester), an unchanged rerun
 * (conditional GETs answered 304), detail-page parsing alone (pages fetched once, then parsed again
 * and again) and parse-to-enriched-COL mapping, with the rate limit off, so the figures are the
 * connector's and the server's cost, not politeness. Besides records/s it prints CPU milliseconds
 * per record: the harvester is CPU-bound in the end-to-end pipeline, and wall time on a shared
 * machine hides what a record costs. Each connector folder has a small main that starts the registry
 * sandbox and calls {@link #run}.
 */
public final class HarvestBenchmark {

    /** Detail pages kept in memory for the parse-only figure. */
    private static final int PARSE_SAMPLE = 500;
    private static final int PARSE_ROUNDS = 7;
    /** System property: a file to write the digested lines to, to find what differs when two digests do. */
    static final String DUMP_PROPERTY = "mcfed.bench.dump";
    /**
     * System property: the HTTP clients to compare, comma-separated, in the order they run (default: the JDK
     * client, Apache HttpClient, {@code HttpURLConnection}, then the default one). Alternating the order between JVM runs keeps the first client's JIT
     * warm-up from counting against it alone.
     */
    static final String CLIENTS_PROPERTY = "mcfed.bench.clients";

    private HarvestBenchmark() {
    }

    public static void run(String connectorName, URI baseUrl, String scaleNote) {
        Connector connector = Connectors.byName(connectorName);
        SourceConfig base = new SourceConfig(connectorName, connectorName, baseUrl, 0, 5, Duration.ofMillis(10),
                Duration.ofSeconds(1), Duration.ofSeconds(10), SourceConfig.DEFAULT_USER_AGENT, Map.of());
        System.out.printf("%s at %s, %d processors, rate limit off%n", connectorName, scaleNote,
                Runtime.getRuntime().availableProcessors());

        SourceRun full = null;
        SandboxTraffic fullTraffic = null;
        double fullSeconds = 0;
        SourceConfig config = base;
        // the JDK client first (the baseline), then Apache HttpClient, HttpURLConnection and the default: a library change is
        // measured against the current one
        for (String client : System.getProperty(CLIENTS_PROPERTY, "jdk-http-client,apache-http-client,url-connection,socket").split(",")) {
            config = base.withOptions(Map.of(RegistryHttpClient.HTTP_CLIENT_OPTION, client));
            for (String run : List.of("cold", "warm")) {
                CpuClock.Reading c0 = CpuClock.read();
                SandboxTraffic t0 = SandboxTraffic.of(baseUrl);
                long start = System.nanoTime();
                full = SourceRun.harvest(connector.newTask(), config, SourcePosition.start("bench-" + run, null), Map.of(), 1_000_000);
                fullSeconds = (System.nanoTime() - start) / 1e9;
                CpuClock.Reading c1 = CpuClock.read();
                fullTraffic = SandboxTraffic.of(baseUrl).minus(t0);
                int n = full.records().size();
                System.out.printf("%s full run %s: %,d records, %d polls, %d failures in %.2f s = %,.0f records/s; CPU %.3f ms/record"
                                + " harvest side (process minus sandbox threads), sandbox %.3f ms/record; heap used %,d MiB; %s%n",
                        client, run, n, full.polls(), full.failures().size(), fullSeconds, n / fullSeconds, c1.harvestMsPer(c0, n),
                        c1.sandboxMsPer(c0, n), usedHeapMiB(), fullTraffic);
            }
            System.out.println(client + " " + digest(connector, full.records(), baseUrl));

            // every listing page and a conditional GET per record (no sitemap): what every run cost before issue 16
            Map<String, KnownRecord> known = full.knownAfter(Map.of());
            SourceConfig walk = config.withOptions(Map.of(RegistryHttpClient.HTTP_CLIENT_OPTION, client,
                    HtmlRegistryTask.SITEMAP_OPTION, "none"));
            CpuClock.Reading c1 = CpuClock.read(); // after the digest, which is not the rerun's cost
            long t1 = System.nanoTime();
            SourceRun again = SourceRun.harvest(connector.newTask(), walk, SourcePosition.start("bench-again", null), known, 1_000_000);
            double againSeconds = (System.nanoTime() - t1) / 1e9;
            CpuClock.Reading c2 = CpuClock.read();
            System.out.printf("%s unchanged run walking the listing: %,d unchanged (304), %d fetched in %.2f s = %,.0f records/s;"
                            + " CPU %.3f ms/record harvest side%n", client,
                    again.unchanged().size(), again.records().size(), againSeconds, again.unchanged().size() / againSeconds,
                    c2.harvestMsPer(c1, again.unchanged().size()));
        }
        incremental(connector, config, baseUrl, full, fullTraffic, fullSeconds);

        parseOnly(connector, config, full.records());

        for (int round = 1; round <= 3; round++) {
            long t2 = System.nanoTime();
            long cpu = CpuClock.currentThreadNanos();
            int mapped = 0;
            for (RawRecord raw : full.records()) {
                try {
                    ColEnrichment.enrich(connector.mapper().map(raw));
                    mapped++;
                } catch (MappingException rejected) {
                    // counted out of the figure
                }
            }
            double mapSeconds = (System.nanoTime() - t2) / 1e9;
            System.out.printf("map+enrich round %d: %,d records in %.3f s = %,.0f records/s; CPU %.3f ms/record%n", round, mapped,
                    mapSeconds, mapped / mapSeconds, (CpuClock.currentThreadNanos() - cpu) / 1e6 / Math.max(1, mapped));
        }
    }

    /**
     * After a 1 % change ({@code POST /_sandbox/tick}), the incremental run (the sitemap where the connector
     * reads one, a feed's watermark otherwise) against the last full run: requests, bytes and time as a share.
     */
    private static void incremental(Connector connector, SourceConfig config, URI baseUrl, SourceRun full,
                                    SandboxTraffic fullTraffic, double fullSeconds) {
        Map<String, KnownRecord> known = full.knownAfter(Map.of());
        java.time.Instant since = full.position().since();
        // twice: the first incremental run also compiles the sitemap paths (client and sandbox), as the full run's cold round
        for (String round : List.of("cold", "warm")) {
            SandboxTraffic.tick(baseUrl, 0.01, 0.001, 0.001);
            CpuClock.Reading c0 = CpuClock.read();
            SandboxTraffic t0 = SandboxTraffic.of(baseUrl);
            long start = System.nanoTime();
            SourceRun run = SourceRun.harvest(connector.newTask(), config, SourcePosition.start("bench-incremental", since), known, 1_000_000);
            double seconds = (System.nanoTime() - start) / 1e9;
            CpuClock.Reading c1 = CpuClock.read();
            SandboxTraffic used = SandboxTraffic.of(baseUrl).minus(t0);
            System.out.printf("incremental run %s after a 1%% change: %,d fetched, %,d unchanged, %d deleted, complete=%s in %.2f s; %s;"
                            + " CPU %.1f ms in all; of the warm full run: requests %.2f %%, bytes %.2f %%, time %.2f %%%n",
                    round, run.records().size(), run.unchanged().size(), run.deletedAmong(known.keySet()).size(), run.complete(), seconds,
                    used, c1.harvestMsPer(c0, 1), 100.0 * used.requests() / fullTraffic.requests(),
                    100.0 * used.bytes() / fullTraffic.bytes(), 100.0 * seconds / fullSeconds);
            known = run.knownAfter(known);
            since = run.position().since() == null ? since : run.position().since();
        }
    }

    /**
     * Detail pages already fetched, read again on this one thread as a harvest reads them (jsoup
     * parse, the connector's detail parser, checksum): the connector's own CPU cost per record. A
     * connector with a secondary page (MQR's Malay, HKQR's Chinese) still fetches it, on this thread.
     */
    private static void parseOnly(Connector connector, SourceConfig config, List<RawRecord> records) {
        SourceTask task = connector.newTask();
        if (!(task instanceof HtmlRegistryTask html)) {
            return;
        }
        RegistryHttpClient http = new RegistryHttpClient(config);
        List<ListingEntry> entries = new ArrayList<>();
        List<FetchOutcome.Fetched> pages = new ArrayList<>();
        for (RawRecord r : records) {
            if (pages.size() == PARSE_SAMPLE) {
                break;
            }
            URI url = URI.create(r.url());
            if (!r.unreadable() && http.get(url) instanceof FetchOutcome.Fetched page) {
                entries.add(ListingEntry.of(r.localId(), url));
                pages.add(page);
            }
        }
        html.start(config, SourcePosition.start("bench-parse", null), Map.of());
        try {
            double[] msPerPage = new double[PARSE_ROUNDS];
            double[] pagesPerSecond = new double[PARSE_ROUNDS];
            for (int round = 0; round < PARSE_ROUNDS; round++) {
                long t = System.nanoTime();
                long cpu = CpuClock.currentThreadNanos();
                for (int i = 0; i < pages.size(); i++) {
                    html.readFetched(entries.get(i), pages.get(i));
                }
                msPerPage[round] = (CpuClock.currentThreadNanos() - cpu) / 1e6 / Math.max(1, pages.size());
                pagesPerSecond[round] = pages.size() / ((System.nanoTime() - t) / 1e9);
            }
            double[] sorted = msPerPage.clone();
            Arrays.sort(sorted);
            double[] rates = pagesPerSecond.clone();
            Arrays.sort(rates);
            System.out.printf("parse only:    %d fetched detail pages x %d rounds on one thread: CPU median %.3f ms/record"
                            + " (best %.3f), median %,.0f records/s%n",
                    pages.size(), PARSE_ROUNDS, sorted[PARSE_ROUNDS / 2], sorted[0], rates[PARSE_ROUNDS / 2]);
        } finally {
            html.stop();
        }
    }

    /**
     * One SHA-256 over every record of the run in local id order: its checksum (which covers every
     * extracted field), its problems, and its enriched COL draft as JSON (or the mapper's rejection),
     * mapped with a fixed fetch time, the sandbox's address (a free port) written as {@code {sandbox}/}.
     * Equal digests from two builds mean they harvested and mapped the same sandbox to the same
     * records, which is what a speed change must keep.
     */
    private static String digest(Connector connector, List<RawRecord> records, URI baseUrl) {
        String sandbox = baseUrl.resolve("/").toString();
        List<RawRecord> sorted = new ArrayList<>(records);
        sorted.sort(java.util.Comparator.comparing(RawRecord::localId));
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        int rejected = 0;
        StringBuilder dump = new StringBuilder();
        for (RawRecord r : sorted) {
            RawRecord fixedTime = new RawRecord(r.source(), r.connector(), r.localId(), r.url(), java.time.Instant.EPOCH,
                    r.contentType(), r.checksum(), r.fields(), r.payload(), r.problems(), r.deleted(), r.position());
            String mapped;
            try {
                mapped = org.mcfed.col.json.ColJson.write(ColEnrichment.enrich(connector.mapper().map(fixedTime)));
            } catch (MappingException e) {
                mapped = "rejected: " + e.getMessage();
                rejected++;
            }
            String line = (r.localId() + '\u001F' + r.checksum() + '\u001F' + r.problems() + '\u001F' + mapped + '\n')
                    .replace(sandbox, "{sandbox}/");
            sha.update(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            dump.append(line);
        }
        String dumpTo = System.getProperty(DUMP_PROPERTY);
        if (dumpTo != null) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(dumpTo), dump);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return String.format("content digest: %d records (%d rejected by the mapper), sha256 %s", sorted.size(), rejected,
                java.util.HexFormat.of().formatHex(sha.digest()));
    }

    private static long usedHeapMiB() {
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }
}
