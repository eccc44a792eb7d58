package org.mcfed.connector.hkqr;

import org.mcfed.connector.http.FetchOutcome;
import org.mcfed.connector.page.HtmlPages;
import org.mcfed.sandbox.RegistrySandbox;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Single-threaded CPU per HKQR listing page and per listed record of reading the sandbox's listing pages
 * (bytes to rows and next link, HTTP left out): as jsoup documents against the harvest's way
 * ({@link HkqrListingParser#parse(FetchOutcome.Fetched)}: plain pages scanned), alternating trials in one JVM.
 * Prints min and median of the trials, and on how many pages the two ways differ (0 expected).
 * Run: {@code java -cp "target/test-classes:target/classes:$(cat target/cp.txt)"
 * org.mcfed.connector.hkqr.HkqrListingParseBenchmark 80 7 2000} (pages, trials, pages per trial).
 */
public final class HkqrListingParseBenchmark {

    private HkqrListingParseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pageCount = args.length > 0 ? Integer.parseInt(args[0]) : 80;
        int trials = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int perTrial = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        List<FetchOutcome.Fetched> pages = new ArrayList<>();
        try (RegistrySandbox sandbox = RegistrySandbox.builder().seed(42).scale(1).port(0).build().start()) {
            HttpClient http = HttpClient.newHttpClient();
            String base = sandbox.baseUrl("hkqr").toString();
            URI url = URI.create(base.endsWith("/") ? base : base + "/").resolve(HkqrPaths.CURRENT_LISTING);
            while (url != null && pages.size() < pageCount) {
                byte[] body = http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
                FetchOutcome.Fetched page = new FetchOutcome.Fetched(url, 200, body, "text/html", StandardCharsets.UTF_8, null, null, 1);
                pages.add(page);
                String next = new HkqrListingParser().parse(HtmlPages.parse(page)).next();
                url = next == null ? null : URI.create(next);
            }
        }
        HkqrListingParser parser = new HkqrListingParser();
        int differ = 0;
        long rows = 0;
        for (FetchOutcome.Fetched p : pages) {
            differ += parser.parse(p).equals(parser.parse(HtmlPages.parse(p))) ? 0 : 1;
            rows += parser.parse(p).entries().size();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < perTrial; i++) {
            sink += read(parser, pages.get(i % pages.size()), i % 2 == 0); // warm-up, both ways
        }
        double[][] usPerPage = new double[2][trials];
        for (int t = 0; t < trials; t++) {
            for (int way = 0; way < 2; way++) { // alternating: 0 = jsoup documents, 1 = pages scanned
                long cpu0 = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < perTrial; i++) {
                    sink += read(parser, pages.get(i % pages.size()), way == 1);
                }
                usPerPage[way][t] = (threads.getCurrentThreadCpuTime() - cpu0) / 1000.0 / perTrial;
            }
        }
        double rowsPerPage = (double) rows / pages.size();
        System.out.printf("HKQR listing read, %d sandbox pages (%.1f rows each; the two ways differ on %d), %d alternating trials x %d pages (%d)%n",
                pages.size(), rowsPerPage, differ, trials, perTrial, sink % 10);
        for (int way = 0; way < 2; way++) {
            Arrays.sort(usPerPage[way]);
            System.out.printf("  %-24s CPU µs/page min %.1f median %.1f; µs/record min %.2f median %.2f%n",
                    way == 0 ? "jsoup documents" : "pages scanned", usPerPage[way][0], usPerPage[way][trials / 2],
                    usPerPage[way][0] / rowsPerPage, usPerPage[way][trials / 2] / rowsPerPage);
        }
    }

    private static int read(HkqrListingParser parser, FetchOutcome.Fetched page, boolean scanned) {
        return (scanned ? parser.parse(page) : parser.parse(HtmlPages.parse(page))).entries().size();
    }
}
