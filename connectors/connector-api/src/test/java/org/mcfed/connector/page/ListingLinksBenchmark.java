package org.mcfed.connector.page;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.mcfed.sandbox.RegistrySandbox;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

/**
 * Single-threaded CPU of resolving every link of a sandbox registry's first listing page (what its listing parser
 * resolves, and more), jsoup's {@code absUrl} against {@link LinkResolver#absUrl}, alternating trials in one JVM;
 * prints µs per page, min and median, per registry, and how many links resolve differently (0 expected).
 * Run: {@code java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.mcfed.connector.page.ListingLinksBenchmark 7 2000}
 */
public final class ListingLinksBenchmark {

    private static final String[][] LISTINGS = {{"nzqa", "micro-credentials/register?page=1"}, {"mqa", "mqr/english/eakrmc.cfm?StartRow=1"},
            {"microcred-seeker", "courses?page=1"}, {"hkqr", "HKQRPRD/web/hkqr-en/search/result?page=1&maxCredit=59"}};

    private ListingLinksBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int perTrial = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (RegistrySandbox sandbox = RegistrySandbox.builder().seed(42).scale(1).port(0).build().start()) {
            HttpClient http = HttpClient.newHttpClient();
            for (String[] listing : LISTINGS) {
                String base = sandbox.baseUrl(listing[0]).toString();
                URI url = URI.create(base.endsWith("/") ? base : base + "/").resolve(listing[1]);
                byte[] body = http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
                Document page = HtmlPages.parse(body, null, url);
                List<Element> links = page.select("a[href]");
                int differ = 0;
                for (Element a : links) {
                    differ += a.absUrl("href").equals(new LinkResolver(page.baseUri()).absUrl(a, "href")) ? 0 : 1;
                }
                long sink = 0;
                double[][] us = new double[2][trials];
                for (int t = -1; t < trials; t++) { // trial -1 warms up both ways
                    for (int way = 0; way < 2; way++) {
                        long cpu0 = threads.getCurrentThreadCpuTime();
                        for (int i = 0; i < perTrial; i++) {
                            LinkResolver resolver = way == 1 ? new LinkResolver(page.baseUri()) : null;
                            for (Element a : links) {
                                sink += (way == 1 ? resolver.absUrl(a, "href") : a.absUrl("href")).length();
                            }
                        }
                        if (t >= 0) {
                            us[way][t] = (threads.getCurrentThreadCpuTime() - cpu0) / 1000.0 / perTrial;
                        }
                    }
                }
                Arrays.sort(us[0]);
                Arrays.sort(us[1]);
                System.out.printf("%-17s %3d links a page (differ %d): absUrl µs/page min %.1f median %.1f; LinkResolver min %.1f median %.1f (%d)%n",
                        listing[0], links.size(), differ, us[0][0], us[0][trials / 2], us[1][0], us[1][trials / 2], sink % 10);
            }
        }
    }
}
