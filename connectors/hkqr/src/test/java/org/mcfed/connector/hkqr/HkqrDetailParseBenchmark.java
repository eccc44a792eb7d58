package org.mcfed.connector.hkqr;

import org.mcfed.connector.http.FetchOutcome;
import org.mcfed.connector.listing.ListingEntry;
import org.mcfed.connector.page.HtmlPages;
import org.mcfed.connector.page.PageParseException;
import org.mcfed.sandbox.RegistrySandbox;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Single-threaded CPU per HKQR record of reading its three detail pages (bytes to fields), over real
 * sandbox pages fetched once, so the figure leaves out HTTP: every page as a jsoup document against the
 * harvest's way ({@link HkqrDetailParser#details}: plain pages scanned), alternating trials in one JVM.
 * Prints µs of thread CPU per record and per page, min and median of the trials, and for how many records
 * the two ways' fields differ (0 expected).
 * Run: {@code mvn -B -q -o test-compile exec:java -Dexec.mainClass=org.mcfed.connector.hkqr.HkqrDetailParseBenchmark
 * -Dexec.classpathScope=test -Dexec.args="200 7 20000"} (records, trials, records per trial).
 */
public final class HkqrDetailParseBenchmark {

    private record Pages(byte[] english, byte[] traditional, byte[] simplified, Charset charset, ListingEntry entry) {
    }

    private HkqrDetailParseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int trials = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int perTrial = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        List<Pages> pages;
        try (RegistrySandbox sandbox = RegistrySandbox.builder().seed(42).scale(1).port(0).build().start()) {
            pages = fetch(sandbox.baseUrl("hkqr"), records);
        }
        HkqrDetailParser parser = new HkqrDetailParser();
        int differ = 0;
        for (Pages p : pages) {
            differ += read(parser, p, true).equals(read(parser, p, false)) ? 0 : 1;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < perTrial; i++) {
            sink += read(parser, pages.get(i % pages.size()), i % 2 == 0).size(); // warm-up, both ways
        }
        double[][] usPerRecord = new double[2][trials];
        for (int t = 0; t < trials; t++) {
            for (int way = 0; way < 2; way++) { // alternating: 0 = every page a jsoup document, 1 = pages scanned
                long cpu0 = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < perTrial; i++) {
                    sink += read(parser, pages.get(i % pages.size()), way == 1).size();
                }
                usPerRecord[way][t] = (threads.getCurrentThreadCpuTime() - cpu0) / 1000.0 / perTrial;
            }
        }
        double pagesPerRecord = pages.stream().mapToInt(p -> 1 + (p.traditional != null ? 1 : 0) + (p.simplified != null ? 1 : 0))
                .average().orElse(3);
        System.out.printf("HKQR detail read, %d sandbox records (%.2f pages each; fields differ between the two ways for %d),"
                + " %d alternating trials x %d records (%d)%n", pages.size(), pagesPerRecord, differ, trials, perTrial, sink % 10);
        for (int way = 0; way < 2; way++) {
            Arrays.sort(usPerRecord[way]);
            System.out.printf("  %-24s CPU µs/record min %.1f median %.1f; µs/page min %.1f median %.1f%n",
                    way == 0 ? "jsoup documents" : "pages scanned", usPerRecord[way][0], usPerRecord[way][trials / 2],
                    usPerRecord[way][0] / pagesPerRecord, usPerRecord[way][trials / 2] / pagesPerRecord);
        }
    }

    /** The record's fields, its pages read as the harvest reads them ({@code scanned}) or as jsoup documents. */
    private static Map<String, List<String>> read(HkqrDetailParser parser, Pages p, boolean scanned) throws PageParseException {
        URI url = p.entry.detailUrl();
        URI tc = HkqrPaths.traditionalDetail(url);
        URI sc = HkqrPaths.simplifiedDetail(url);
        if (!scanned) {
            return parser.parse(HtmlPages.parse(p.english, p.charset, url), p.traditional == null ? null : HtmlPages.parse(p.traditional, p.charset, tc),
                    p.simplified == null ? null : HtmlPages.parse(p.simplified, p.charset, sc));
        }
        return parser.parse(HkqrDetailParser.details(fetched(url, p.english, p.charset), HkqrDetailParser.ENGLISH),
                p.traditional == null ? null : HkqrDetailParser.details(fetched(tc, p.traditional, p.charset), HkqrDetailParser.TRADITIONAL),
                p.simplified == null ? null : HkqrDetailParser.details(fetched(sc, p.simplified, p.charset), HkqrDetailParser.SIMPLIFIED));
    }

    private static FetchOutcome.Fetched fetched(URI url, byte[] body, Charset charset) {
        return new FetchOutcome.Fetched(url, 200, body, "text/html", charset, null, null, 1);
    }

    private static List<Pages> fetch(URI base, int records) throws IOException, InterruptedException, PageParseException {
        HttpClient http = HttpClient.newHttpClient();
        List<Pages> pages = new ArrayList<>();
        URI listing = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/").resolve(HkqrPaths.CURRENT_LISTING);
        HkqrListingParser listingParser = new HkqrListingParser();
        while (listing != null && pages.size() < records) {
            HkqrListingParser.Listing page = listingParser.parse(HtmlPages.parse(get(http, listing), null, listing));
            for (HkqrListingParser.Entry e : page.entries()) {
                if (pages.size() == records) {
                    break;
                }
                URI url = URI.create(e.detailUrl());
                pages.add(new Pages(get(http, url), get(http, HkqrPaths.traditionalDetail(url)), get(http, HkqrPaths.simplifiedDetail(url)),
                        charset(http, url), ListingEntry.of(e.regNo(), url)));
            }
            listing = page.next() == null ? null : URI.create(page.next());
        }
        return pages;
    }

    /** The charset the English page's Content-Type header declares, as the harvester passes it on; null when none. */
    private static Charset charset(HttpClient http, URI url) throws IOException, InterruptedException {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.discarding());
        String type = response.headers().firstValue("Content-Type").orElse("");
        int at = type.toLowerCase(java.util.Locale.ROOT).indexOf("charset=");
        return at < 0 ? null : Charset.forName(type.substring(at + 8).replace("\"", "").trim());
    }

    /** The body, or null for a page that does not exist (a qualification without a Simplified page). */
    private static byte[] get(HttpClient http, URI url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());
        return response.statusCode() == 200 ? response.body() : null;
    }
}
