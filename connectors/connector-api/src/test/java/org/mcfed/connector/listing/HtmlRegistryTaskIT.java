package org.mcfed.connector.listing;

import com.sun.net.httpserver.HttpExchange;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mcfed.connector.FetchFailure;
import org.mcfed.connector.KnownRecord;
import org.mcfed.connector.PollResult;
import org.mcfed.connector.RawFields;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.SourcePosition;
import org.mcfed.connector.http.LocalRegistry;
import org.mcfed.connector.page.LabelledValues;
import org.mcfed.connector.page.PageParseException;
import org.mcfed.connector.run.SourceRun;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared listing + detail harvest against a small real site: diff, validators, loops, failures, resume. */
class HtmlRegistryTaskIT {

    /** A minimal connector: {@code /list?page=N} rows link to {@code /item/<id>}, details are a {@code <dl>}. */
    static class TinyTask extends HtmlRegistryTask {
        @Override
        protected String connectorName() {
            return "tiny";
        }

        @Override
        protected URI firstListingPage(URI baseUrl) {
            return baseUrl.resolve("list?page=1");
        }

        @Override
        protected ListingPage parseListing(Document page) throws PageParseException {
            Element table = page.selectFirst("table.register");
            if (table == null) {
                throw new PageParseException("no register table");
            }
            List<ListingEntry> entries = new ArrayList<>();
            for (Element a : table.select("a[href]")) {
                entries.add(ListingEntry.of(a.text(), URI.create(a.absUrl("href"))));
            }
            Element next = page.selectFirst("a[rel=next]");
            return new ListingPage(entries, 0, next == null ? null : URI.create(next.absUrl("href")));
        }

        @Override
        protected Map<String, List<String>> parseDetail(Document page, ListingEntry entry) throws PageParseException {
            Element dl = page.selectFirst("dl");
            if (dl == null) {
                throw new PageParseException("no details list");
            }
            LabelledValues v = LabelledValues.ofDefinitionList(dl);
            return new RawFields().put("title", v.text("Title")).build();
        }
    }

    /** A TinyTask whose records each have a Malay twin at {@code /item-ms/<id>}. */
    static final class TwinTask extends TinyTask {
        @Override
        protected Map<String, List<String>> parseDetail(Document page, ListingEntry entry) throws PageParseException {
            Map<String, List<String>> fields = new java.util.LinkedHashMap<>(super.parseDetail(page, entry));
            Document malay = fetchSecondary(entry.localId(), entry.detailUrl().resolve("/item-ms/" + entry.localId()));
            if (malay != null) {
                fields.put("title.ms", List.of(malay.select("dd").text()));
            }
            return fields;
        }
    }

    /** A TinyTask that reads the registry's sitemap for incremental runs, its pages {@code /item/<id>}. */
    static final class SitemapTask extends TinyTask {
        @Override
        protected boolean readsSitemap() {
            return true;
        }

        @Override
        protected String sitemapId(String path, String rawQuery) {
            return path.startsWith("/item/") ? path.substring("/item/".length()) : null;
        }
    }

    private LocalRegistry site;
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    /** Version of an item's main page (its ETag), 1 unless a test changes it. */
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        site = new LocalRegistry();
        site.on("/list", this::serve).on("/item/", this::serveItem).on("/sitemap", this::serve);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private void serve(HttpExchange ex) throws IOException {
        String body = pages.get(ex.getRequestURI().toString());
        LocalRegistry.send(ex, body == null ? 404 : 200, "text/html; charset=utf-8", body == null ? "" : body);
    }

    private void serveItem(HttpExchange ex) throws IOException {
        String id = ex.getRequestURI().getPath().substring("/item/".length());
        String etag = "\"" + id + "-v" + versions.getOrDefault(id, 1) + "\"";
        if (id.startsWith("broken")) {
            LocalRegistry.send(ex, 200, "text/html", "<html><body><p>Maintenance</p></body></html>");
        } else if (id.equals("missing")) {
            LocalRegistry.send(ex, 404, "text/html", "");
        } else if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.sendResponseHeaders(304, -1);
            ex.close();
        } else {
            ex.getResponseHeaders().set("ETag", etag);
            LocalRegistry.send(ex, 200, "text/html", "<dl><dt>Title</dt><dd>Item " + id
                    + (versions.containsKey(id) ? " v" + versions.get(id) : "") + "</dd></dl>");
        }
    }

    private static String listing(String next, String... ids) {
        StringBuilder rows = new StringBuilder();
        for (String id : ids) {
            rows.append("<tr><td><a href=\"/item/").append(id).append("\">").append(id).append("</a></td></tr>");
        }
        return "<table class=\"register\">" + rows + "</table>" + (next == null ? "" : "<a rel=\"next\" href=\"" + next + "\">Next</a>");
    }

    private SourceConfig config() {
        return SourceConfig.of("tiny", "tiny", site.url("/")).withRate(0)
                .withRetry(2, Duration.ofMillis(10), Duration.ofMillis(20));
    }

    private SourceRun run(Map<String, KnownRecord> known) {
        return SourceRun.harvest(new TinyTask(), config(), SourcePosition.start("run-1", null), known, 100);
    }

    private HtmlRegistryTask startedTask(Map<String, String> options) {
        HtmlRegistryTask task = new TinyTask();
        task.start(config().withOptions(options), SourcePosition.start("run-1", null), Map.of());
        return task;
    }

    @Test
    void recordsOfAnUnparseablePageWaitUntilTheShapeIsJudgedAndARestartResumesBeforeThem() {
        pages.put("/list?page=1", listing("/list?page=2", "a", "broken"));
        pages.put("/list?page=2", listing(null, "c", "d"));
        // one page at a time: with page 2 read ahead, its pages could decide the shape before page 1 returns
        HtmlRegistryTask task = startedTask(Map.of(HtmlRegistryTask.SHAPE_CHECK_PAGES_OPTION, "3",
                HtmlRegistryTask.PAGES_IN_FLIGHT_OPTION, "1"));

        PollResult first = task.poll();
        assertThat(first.records()).as("2 pages read cannot tell a redesign yet").isEmpty();
        assertThat(first.position().cursor()).endsWith("/list?page=1");
        PollResult second = task.poll();
        task.stop();

        assertThat(second.complete()).isTrue();
        assertThat(second.failures()).isEmpty();
        assertThat(second.records()).extracting(RawRecord::localId).containsExactly("a", "broken", "c", "d");
    }

    @Test
    void mostPagesUnparseableFailsTheRunWithoutEmittingThem() {
        pages.put("/list?page=1", listing("/list?page=2", "a", "broken1"));
        pages.put("/list?page=2", listing(null, "broken2", "broken3"));

        SourceRun run = SourceRun.harvest(new TinyTask(), config().withOptions(Map.of(HtmlRegistryTask.SHAPE_CHECK_PAGES_OPTION, "4")),
                SourcePosition.start("run-1", null), Map.of(), 100);

        assertThat(run.complete()).isFalse();
        assertThat(run.records()).extracting(RawRecord::localId).containsExactly("a");
        assertThat(run.failures()).extracting(FetchFailure::reason).containsExactly(
                "page shape changed: 3 of 4 detail pages lack the expected labels (e.g. " + site.url("/item/broken1") + ")");
    }

    @Test
    void walksEveryPageFetchesEachIdOnceAndReportsWhatFailed() {
        pages.put("/list?page=1", listing("/list?page=2", "a", "b", "broken"));
        pages.put("/list?page=2", listing("/list?page=3", "b", "c", "missing"));
        pages.put("/list?page=3", listing(null, "d"));

        SourceRun run = run(Map.of());

        assertThat(run.complete()).isTrue();
        assertThat(run.polls()).isEqualTo(3);
        assertThat(run.records()).extracting(RawRecord::localId).containsExactly("a", "b", "broken", "c", "d");
        assertThat(site.count("/item/b")).as("an id shifted onto the next page is fetched once").isEqualTo(1);
        RawRecord a = run.records().get(0);
        assertThat(a.first("title")).isEqualTo("Item a");
        assertThat(a.first(RawRecord.ETAG_FIELD)).isEqualTo("\"a-v1\"");
        assertThat(a.position().cursor()).endsWith("/list?page=1");
        assertThat(run.records().get(2).problems()).containsExactly("unreadable detail page: no details list");
        assertThat(run.failures()).containsExactly(
                new FetchFailure("missing", site.url("/item/missing").toString(), "HTTP 404 Not Found", false));
        assertThat(run.seenIds()).containsExactlyInAnyOrder("a", "b", "broken", "c", "d", "missing");
    }

    /**
     * The sitemap is read as a stream, each page diffed as it comes: a sitemap whose second file fails after the
     * first was read must still leave no trace, the run walking the listing as when there is no sitemap at all.
     */
    @Test
    void aSitemapThatFailsPartWayIsDroppedAndTheRunWalksTheListing() {
        pages.put("/list?page=1", listing(null, "a", "b", "c"));
        SourceRun first = SourceRun.harvest(new SitemapTask(), config(), SourcePosition.start("run-1", null), Map.of(), 100);
        Map<String, KnownRecord> known = first.knownAfter(Map.of());
        String urlset = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">%s</urlset>";
        pages.put("/sitemap.xml", "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>/sitemap-1.xml</loc></sitemap><sitemap><loc>/sitemap-2.xml</loc></sitemap></sitemapindex>");
        pages.put("/sitemap-1.xml", urlset.formatted("<url><loc>/item/a</loc></url><url><loc>/item/b</loc></url>"));
        site.requests.clear();

        // the second file is missing: the sitemap is not read completely
        SourceRun broken = SourceRun.harvest(new SitemapTask(), config(), SourcePosition.start("run-2", null), known, 100);
        assertThat(site.requests).extracting(LocalRegistry.Request::path).contains("/sitemap-1.xml", "/sitemap-2.xml", "/list?page=1");
        assertThat(broken.complete()).isTrue();
        assertThat(broken.unchanged()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(broken.deletedAmong(known.keySet())).isEmpty();

        // a second file cut short (a dropped connection, a registry still writing it) is not read whole either
        pages.put("/sitemap-2.xml", urlset.formatted("<url><loc>/item/c</loc></url>").substring(0, 80));
        site.requests.clear();
        SourceRun truncated = SourceRun.harvest(new SitemapTask(), config(), SourcePosition.start("run-2b", null), known, 100);
        assertThat(site.requests).extracting(LocalRegistry.Request::path).contains("/sitemap-2.xml", "/list?page=1");
        assertThat(truncated.complete()).isTrue();
        assertThat(truncated.deletedAmong(known.keySet())).isEmpty();

        // with the second file there, the run reads the sitemap and never the listing
        pages.put("/sitemap-2.xml", urlset.formatted("<url><loc>/item/c</loc></url>"));
        site.requests.clear();
        SourceRun bySitemap = SourceRun.harvest(new SitemapTask(), config(), SourcePosition.start("run-3", null), known, 100);
        assertThat(site.requests).extracting(LocalRegistry.Request::path).contains("/sitemap-2.xml").doesNotContain("/list?page=1");
        assertThat(bySitemap.complete()).isTrue();
        assertThat(bySitemap.unchanged()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(bySitemap.deletedAmong(known.keySet())).isEmpty();
    }

    /** Ids {@code i<from>} to {@code i<to - 1>}, two digits each ({@code i00}). */
    private static String[] items(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> String.format("i%02d", i)).toArray(String[]::new);
    }

    private static String urlset(String... ids) {
        StringBuilder urls = new StringBuilder();
        for (String id : ids) {
            urls.append("<url><loc>/item/").append(id).append("</loc></url>");
        }
        return "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">" + urls + "</urlset>";
    }

    private static final String TWO_FILE_INDEX = "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<sitemap><loc>/sitemap-1.xml</loc></sitemap><sitemap><loc>/sitemap-2.xml</loc></sitemap></sitemapindex>";

    /** A first run's known records, then a two-file sitemap whose first file lists i00 to i24. */
    private Map<String, KnownRecord> knownThenTwoFileSitemap() {
        Map<String, KnownRecord> known = SourceRun.harvest(new SitemapTask(), config(), SourcePosition.start("run-1", null), Map.of(), 100)
                .knownAfter(Map.of());
        pages.put("/sitemap.xml", TWO_FILE_INDEX);
        pages.put("/sitemap-1.xml", urlset(items(0, 25)));
        return known;
    }

    /**
     * A second run's task, started, whose sitemap file {@code path}, listing {@code ids}, is served only once
     * {@code release} is counted down.
     */
    private HtmlRegistryTask startedSitemapRun(CountDownLatch release, String path, String... ids) {
        pages.put("/list?page=1", listing(null, items(0, 30)));
        Map<String, KnownRecord> known = knownThenTwoFileSitemap();
        sitemapFileWhen(path, release, ids);
        HtmlRegistryTask task = new SitemapTask();
        task.start(config(), SourcePosition.start("run-2", null), known);
        return task;
    }

    /** Serves a sitemap file listing {@code ids} once {@code release} is counted down, or after 20 s; true once served. */
    private AtomicBoolean sitemapFileWhen(String path, CountDownLatch release, String... ids) {
        AtomicBoolean served = new AtomicBoolean();
        site.on(path, ex -> {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            served.set(true);
            LocalRegistry.send(ex, 200, "application/xml", urlset(ids));
        });
        return served;
    }

    /**
     * The sitemap is read on a thread of its own and its pages to fetch are handed over in batches as they are diffed:
     * the first changed records come out of a poll while a later sitemap file is still on its way.
     */
    @Test
    @Timeout(30)
    void theFirstChangedPagesAreFetchedWhileTheSitemapIsStillBeingRead() throws Exception {
        pages.put("/list?page=1", listing(null, items(0, 30)));
        Map<String, KnownRecord> known = knownThenTwoFileSitemap();
        versions.put("i03", 2);
        versions.put("i27", 2);
        CountDownLatch secondFile = new CountDownLatch(1);
        AtomicBoolean secondServed = sitemapFileWhen("/sitemap-2.xml", secondFile, items(25, 30));

        site.requests.clear();
        HtmlRegistryTask task = new SitemapTask();
        task.start(config(), SourcePosition.start("run-2", null), known);
        try {
            PollResult first = task.poll();
            assertThat(secondServed).as("the second file is still on its way").isFalse();
            assertThat(first.done()).isFalse();
            assertThat(first.records()).as("i03 changed, in the first batch of 20, fetched before the sitemap's end")
                    .extracting(RawRecord::localId).containsExactly("i03");
            assertThat(first.unchanged()).hasSize(19);
            assertThat(first.position().cursor()).as("a sitemap run keeps no cursor").isNull();
            secondFile.countDown();
            List<RawRecord> records = new ArrayList<>(first.records());
            Set<String> unchanged = new HashSet<>(first.unchanged());
            PollResult r = first;
            for (int polls = 1; !r.done() && polls < 20; polls++) {
                r = task.poll();
                records.addAll(r.records());
                unchanged.addAll(r.unchanged());
                unchanged.addAll(r.rederivedUnchanged());
                assertThat(r.position().cursor()).isNull();
            }
            assertThat(r.complete()).isTrue();
            assertThat(records).extracting(RawRecord::localId).containsExactly("i03", "i27");
            assertThat(unchanged).hasSize(28);
            assertThat(site.requests).extracting(LocalRegistry.Request::path).doesNotContain("/list?page=1");
        } finally {
            task.stop();
        }
    }

    /** A run stopped while a sitemap file is on its way: the sitemap's reader stops waiting for it and ends. */
    @Test
    @Timeout(30)
    void aRunStoppedWhileItsSitemapIsReadLeavesNoReaderBehind() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        HtmlRegistryTask task = startedSitemapRun(release, "/sitemap-2.xml", items(25, 30));
        try {
            assertThat(task.poll().done()).isFalse();
            task.stop();
            List<Thread> readers = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("harvest-tiny-sitemap") && t.isAlive()).toList();
            for (Thread reader : readers) {
                reader.join(5_000);
            }
            assertThat(readers).as("the sitemap's reader ended, its next file still on its way").noneMatch(Thread::isAlive);
        } finally {
            release.countDown();
        }
    }

    /** A poll waiting for the sitemap's first pages returns, done, when the run is stopped from another thread. */
    @Test
    @Timeout(30)
    void aPollWaitingForTheSitemapReturnsWhenTheRunIsStopped() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        HtmlRegistryTask task = startedSitemapRun(release, "/sitemap-1.xml", items(0, 25));
        try {
            CompletableFuture<PollResult> poll = CompletableFuture.supplyAsync(task::poll);
            Thread.sleep(300);
            assertThat(poll).as("the first file is still on its way").isNotDone();
            task.stop();
            PollResult stopped = poll.get(5, TimeUnit.SECONDS);
            assertThat(stopped.done()).isTrue();
            assertThat(stopped.complete()).isFalse();
            assertThat(stopped.records()).isEmpty();
        } finally {
            release.countDown();
        }
    }

    /**
     * A sitemap that fails after some of its pages were handed over to be fetched: those stay fetched, and the run
     * walks the listing for the rest, fetching no page twice and keeping no cursor that points at the sitemap.
     */
    @Test
    void aSitemapThatFailsAfterItsFirstBatchKeepsWhatWasFetchedAndWalksTheListingForTheRest() {
        pages.put("/list?page=1", listing("/list?page=2", items(0, 15)));
        pages.put("/list?page=2", listing(null, items(15, 30)));
        Map<String, KnownRecord> known = knownThenTwoFileSitemap();
        versions.put("i05", 2);
        versions.put("i25", 2);
        // no /sitemap-2.xml: 404 once the first file's first batch of 20 is handed over
        site.requests.clear();

        SourceRun run = SourceRun.harvest(new SitemapTask(), config().withOptions(Map.of(HtmlRegistryTask.PAGES_IN_FLIGHT_OPTION, "1")),
                SourcePosition.start("run-2", null), known, 100);

        assertThat(run.complete()).isTrue();
        assertThat(run.failures()).isEmpty();
        assertThat(run.records()).extracting(RawRecord::localId).containsExactlyInAnyOrder("i05", "i25");
        assertThat(run.records()).as("no cursor points at the sitemap")
                .noneMatch(r -> r.position().cursor() != null && r.position().cursor().contains("sitemap"));
        assertThat(run.unchanged()).hasSize(28).doesNotHaveDuplicates();
        assertThat(run.deletedAmong(known.keySet())).isEmpty();
        assertThat(site.requests).extracting(LocalRegistry.Request::path).contains("/sitemap-2.xml", "/list?page=1", "/list?page=2");
        for (String id : items(0, 30)) {
            assertThat(site.count("/item/" + id)).as("/item/%s fetched once", id).isEqualTo(1);
        }
    }

    @Test
    void aSecondRunOnlyFetchesWhatChangedAndSweepsWhatLeft() {
        pages.put("/list?page=1", listing("/list?page=2", "a", "b"));
        pages.put("/list?page=2", listing(null, "c"));
        SourceRun first = run(Map.of());
        Map<String, KnownRecord> known = first.knownAfter(Map.of());

        pages.put("/list?page=1", listing("/list?page=2", "a", "e"));
        SourceRun second = run(known);

        assertThat(second.unchanged()).containsExactlyInAnyOrder("a", "c");
        assertThat(second.records()).extracting(RawRecord::localId).containsExactly("e");
        assertThat(second.deletedAmong(known.keySet())).isEqualTo(Set.of("b"));
        assertThat(site.requests.stream().filter(r -> r.path().equals("/item/a")).skip(1).findFirst().orElseThrow().ifNoneMatch())
                .isEqualTo("\"a-v1\"");
    }

    @Test
    void aNextLinkSeenBeforeStopsTheRunWithAnErrorAndDeletesNothing() {
        pages.put("/list?page=1", listing("/list?page=2", "a"));
        pages.put("/list?page=2", listing("/list?page=1", "b"));

        SourceRun run = run(Map.of("z", new KnownRecord("z", null, null, "sha256:x")));

        assertThat(run.complete()).isFalse();
        assertThat(run.records()).extracting(RawRecord::localId).containsExactly("a", "b");
        assertThat(run.failures()).singleElement().satisfies(f ->
                assertThat(f.reason()).startsWith("next link loop: listing page ").endsWith("/list?page=1 was already visited in this run"));
        assertThat(run.deletedAmong(Set.of("z"))).isEmpty();
    }

    @Test
    void anUnfetchableListingPageEndsTheRunIncomplete() {
        pages.put("/list?page=1", listing("/list?page=9", "a"));
        SourceRun run = run(Map.of());
        assertThat(run.complete()).isFalse();
        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.localId()).isNull();
            assertThat(f.reason()).isEqualTo("HTTP 404 Not Found");
        });
    }

    @Test
    void fetchesTheDetailPagesOfAListingPageConcurrentlyInListingOrder() throws IOException {
        CountDownLatch together = new CountDownLatch(2);
        java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger maxInFlight = new java.util.concurrent.atomic.AtomicInteger();
        site.on("/slow/", ex -> {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            together.countDown();
            try {
                together.await(2, TimeUnit.SECONDS); // held until a second request is in flight
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            LocalRegistry.send(ex, 200, "text/html", "<dl><dt>Title</dt><dd>Slow</dd></dl>");
        });
        pages.put("/list?page=1", "<table class=\"register\"><tr><td><a href=\"/slow/x\">x</a></td></tr>"
                + "<tr><td><a href=\"/slow/y\">y</a></td></tr><tr><td><a href=\"/item/z\">z</a></td></tr></table>");

        SourceRun run = run(Map.of());

        assertThat(maxInFlight.get()).isEqualTo(2);
        assertThat(run.records()).extracting(RawRecord::localId).containsExactly("x", "y", "z");
    }

    @Test
    void readsTheNextListingPagesWhileADetailPageOfThisOneIsSlowAndStillReturnsPagesInOrder() {
        CountDownLatch nextPageDetailAsked = new CountDownLatch(1);
        AtomicBoolean overlapped = new AtomicBoolean();
        site.on("/slow/", ex -> {
            try {
                // answers once a detail page of listing page 3 is asked for, or after 3 s without read-ahead
                overlapped.set(nextPageDetailAsked.await(3, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LocalRegistry.send(ex, 200, "text/html", "<dl><dt>Title</dt><dd>Slow</dd></dl>");
        });
        site.on("/late/", ex -> {
            nextPageDetailAsked.countDown();
            LocalRegistry.send(ex, 200, "text/html", "<dl><dt>Title</dt><dd>Late</dd></dl>");
        });
        pages.put("/list?page=1", "<table class=\"register\"><tr><td><a href=\"/slow/x\">x</a></td></tr></table>"
                + "<a rel=\"next\" href=\"/list?page=2\">Next</a>");
        pages.put("/list?page=2", listing("/list?page=3", "b"));
        pages.put("/list?page=3", "<table class=\"register\"><tr><td><a href=\"/late/c\">c</a></td></tr></table>");
        HtmlRegistryTask task = startedTask(Map.of());

        PollResult first = task.poll();
        assertThat(overlapped).as("page 3's detail asked for while page 1's was still being answered").isTrue();
        assertThat(first.records()).extracting(RawRecord::localId).containsExactly("x");
        assertThat(first.position().cursor()).endsWith("/list?page=2");
        PollResult second = task.poll();
        PollResult third = task.poll();
        task.stop();
        assertThat(second.records()).extracting(RawRecord::localId).containsExactly("b");
        assertThat(third.records()).extracting(RawRecord::localId).containsExactly("c");
        assertThat(third.complete()).isTrue();
        assertThat(site.count("/list?page=2")).as("each listing page read once").isEqualTo(1);
    }

    @Test
    void aListingPageAheadThatFailsEndsTheRunAfterThePagesBeforeItAndSweepsNothing() {
        pages.put("/list?page=1", listing("/list?page=2", "a"));
        pages.put("/list?page=2", listing("/list?page=9", "b"));

        SourceRun run = run(Map.of("z", new KnownRecord("z", null, null, "sha256:x")));

        assertThat(run.records()).extracting(RawRecord::localId).containsExactly("a", "b");
        assertThat(run.complete()).isFalse();
        assertThat(run.failures()).extracting(FetchFailure::reason).containsExactly("HTTP 404 Not Found");
        assertThat(run.deletedAmong(Set.of("z"))).isEmpty();
    }

    @Test
    void aCursorOutsideTheBaseUrlRestartsFromTheFirstPage() {
        pages.put("/list?page=1", listing(null, "a"));
        SourceRun run = SourceRun.harvest(new TinyTask(), config(),
                new SourcePosition("run-2", "http://elsewhere.example/list?page=7", null), Map.of(), 10);
        assertThat(run.records()).extracting(RawRecord::localId).containsExactly("a");
        assertThat(run.complete()).isTrue();
    }

    @Test
    void resumesAtTheCursorOfAnInterruptedRun() {
        pages.put("/list?page=1", listing("/list?page=2", "a"));
        pages.put("/list?page=2", listing(null, "b"));
        TinyTask task = new TinyTask();
        task.start(config(), SourcePosition.start("run-1", null), Map.of());
        SourcePosition afterFirst = task.poll().position();
        task.stop();
        assertThat(afterFirst.cursor()).endsWith("/list?page=2");

        SourceRun resumed = SourceRun.harvest(new TinyTask(), config(), afterFirst, Map.of(), 10);
        assertThat(resumed.records()).extracting(RawRecord::localId).containsExactly("b");
        assertThat(site.count("/list?page=1")).isEqualTo(1);
    }

    @Test
    void aSecondaryPageThatDoesNotExistIsNoFailureAndAnUnchangedRecordCostsNoSecondaryRequest() {
        site.on("/item-ms/", ex -> {
            String id = ex.getRequestURI().getPath().substring("/item-ms/".length());
            switch (id) {
                case "a" -> LocalRegistry.send(ex, 200, "text/html", "<dl><dt>Tajuk</dt><dd>Item a (ms)</dd></dl>");
                case "b" -> LocalRegistry.send(ex, 404, "text/html", "");
                default -> LocalRegistry.send(ex, 503, "text/html", "");
            }
        });
        pages.put("/list?page=1", listing(null, "a", "b", "c"));

        SourceRun first = SourceRun.harvest(new TwinTask(), config(), SourcePosition.start("run-1", null), Map.of(), 10);

        assertThat(first.records()).extracting(RawRecord::localId).containsExactly("a", "b", "c");
        assertThat(first.records().get(0).first("title.ms")).isEqualTo("Item a (ms)");
        assertThat(first.records().get(1).fields()).as("a 404 twin: the record as its main page states it")
                .doesNotContainKey("title.ms").containsKey("title");
        assertThat(first.failures()).as("only the twin that failed for another reason than absence")
                .extracting(FetchFailure::localId, FetchFailure::retriable).containsExactly(org.assertj.core.groups.Tuple.tuple("c", true));

        long twinRequestsOfAAndB = twinRequests("a", "b");
        long twinRequestsOfC = twinRequests("c");
        SourceRun second = SourceRun.harvest(new TwinTask(), config(), SourcePosition.start("run-2", null), first.knownAfter(Map.of()), 10);

        assertThat(second.unchanged()).containsExactlyInAnyOrder("a", "b");
        assertThat(twinRequests("a", "b")).as("304 main pages: no twin fetched again").isEqualTo(twinRequestsOfAAndB);
        assertThat(twinRequests("c")).as("c, whose twin failed, is fetched in full again").isGreaterThan(twinRequestsOfC);
    }

    private long twinRequests(String... ids) {
        Set<String> paths = Set.of(ids).stream().map(id -> "/item-ms/" + id).collect(java.util.stream.Collectors.toSet());
        return site.requests.stream().filter(r -> paths.contains(r.path())).count();
    }

    @Test
    void aRecordWhoseSecondaryPageFailedGetsItsLanguageNextRunAndIsNeverReplacedByAVersionWithoutIt() {
        Map<String, Integer> twinStatus = new ConcurrentHashMap<>(Map.of("c", 503));
        site.on("/item-ms/", ex -> {
            String id = ex.getRequestURI().getPath().substring("/item-ms/".length());
            int status = twinStatus.getOrDefault(id, 200);
            LocalRegistry.send(ex, status, "text/html", status == 200 ? "<dl><dt>Tajuk</dt><dd>Item " + id + " (ms)</dd></dl>" : "");
        });
        pages.put("/list?page=1", listing(null, "c"));

        SourceRun first = SourceRun.harvest(new TwinTask(), config(), SourcePosition.start("run-1", null), Map.of(), 10);
        assertThat(first.records()).singleElement().satisfies(r -> {
            assertThat(r.first("title")).isEqualTo("Item c");
            assertThat(r.fields()).as("published with what the main page states, but no validators")
                    .doesNotContainKeys("title.ms", RawRecord.ETAG_FIELD);
        });
        assertThat(first.failures()).extracting(FetchFailure::localId).containsExactly("c");

        twinStatus.remove("c");
        SourceRun second = SourceRun.harvest(new TwinTask(), config(), SourcePosition.start("run-2", null), first.knownAfter(Map.of()), 10);
        assertThat(second.records()).as("fetched in full, now with its Malay title").singleElement()
                .satisfies(r -> assertThat(r.first("title.ms")).isEqualTo("Item c (ms)"));

        versions.put("c", 2);
        twinStatus.put("c", 503);
        SourceRun third = SourceRun.harvest(new TwinTask(), config(), SourcePosition.start("run-3", null), second.knownAfter(Map.of()), 10);
        assertThat(third.records()).as("a changed main page whose twin failed does not replace the version with both languages").isEmpty();
        assertThat(third.failures()).extracting(FetchFailure::localId).containsExactly("c");
        assertThat(third.deletedAmong(Set.of("c"))).isEmpty();

        twinStatus.remove("c");
        SourceRun fourth = SourceRun.harvest(new TwinTask(), config(), SourcePosition.start("run-4", null), third.knownAfter(second.knownAfter(Map.of())), 10);
        assertThat(fourth.records()).as("the change arrives with both languages once the twin answers").singleElement().satisfies(r -> {
            assertThat(r.first("title")).isEqualTo("Item c v2");
            assertThat(r.first("title.ms")).isEqualTo("Item c (ms)");
        });
    }

    @Test
    void aSampleRunReadsOnlyThatManyDetailPagesAndEndsIncomplete() {
        pages.put("/list?page=1", listing("/list?page=2", "a", "b", "c"));
        pages.put("/list?page=2", listing(null, "d"));
        SourceConfig sample = config().withOptions(Map.of(HtmlRegistryTask.SAMPLE_OPTION, "2"));

        SourceRun run = SourceRun.harvest(new TinyTask(), sample, SourcePosition.start("dry-run", null), Map.of(), 10);

        assertThat(run.records()).extracting(RawRecord::localId).containsExactly("a", "b");
        assertThat(site.count("/item/c")).as("no detail page beyond the sample").isZero();
        assertThat(site.count("/list?page=2")).isZero();
        assertThat(run.complete()).as("a sample sweeps nothing").isFalse();
        assertThat(run.deletedAmong(Set.of("d"))).isEmpty();
    }
}
