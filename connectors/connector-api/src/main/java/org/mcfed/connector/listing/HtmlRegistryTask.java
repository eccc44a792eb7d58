package org.mcfed.connector.listing;

import org.jboss.logging.Logger;
import org.jsoup.nodes.Document;
import org.mcfed.connector.Checksums;
import org.mcfed.connector.FetchFailure;
import org.mcfed.connector.KnownRecord;
import org.mcfed.connector.PollResult;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.SourceConfigCheck;
import org.mcfed.connector.SourcePosition;
import org.mcfed.connector.SourceTask;
import org.mcfed.connector.http.FetchOutcome;
import org.mcfed.connector.http.RegistryHttpClient;
import org.mcfed.connector.page.HtmlPages;
import org.mcfed.connector.page.PageParseException;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The harvest of a registry that publishes HTML listing pages plus one detail page per record
 * (NZQA, MQR, HKQR, Microcred Seeker): a connector supplies the first listing URL, a listing parser
 * and a detail parser; this class does the rest the same way for every such source.
 * <ul>
 * <li>Each {@link #poll()} walks one listing page and fetches its detail pages; the position's cursor
 * is the next listing page's URL, so a restarted run resumes at the page it stopped on.</li>
 * <li>Listing diff: a row whose id is not {@code known} is fetched plainly; a known one with a
 * conditional GET from its validators; a 304, or a body whose checksum equals the known one, is
 * reported as unchanged. Known ids missing from a complete walk are the harvester's deletion sweep.</li>
 * <li>A next link seen before ends the run with a failure ({@link NextLinkGuard}); an unreadable or
 * unfetchable listing page ends it incomplete (so nothing is swept); a detail page that cannot be
 * fetched is a {@link FetchFailure} with its reason; one that cannot be parsed is a record with
 * {@code problems}. Nothing throws out of {@code poll()} for a bad page.</li>
 * <li>A registry redesign ({@link PageShapeWatch}): when more than {@link #SHAPE_CHANGE_SHARE_OPTION} of at
 * least {@link #SHAPE_CHECK_PAGES_OPTION} detail pages read cannot be parsed (a {@link PageParseException}: none of
 * the connector's labelled structure), the run fails with a "page shape changed" reason. Records of unparseable
 * pages are held back until enough pages were read to judge, and dropped when the shape changed, so a
 * redesign never publishes records that would replace good ones; a failed run sweeps nothing.</li>
 * <li>An id met twice in one run (a row shifted to the next page while walking) is fetched once.</li>
 * <li>The detail pages of a listing page are fetched {@link #DETAIL_CONCURRENCY_OPTION} at a time
 * (under the per-host rate limit); records keep listing order.</li>
 * <li>Listing pages are read ahead ({@link #PAGES_IN_FLIGHT_OPTION}): while one page's detail pages are
 * fetched, the next pages are read and their detail fetches queued, so that one slow answer (a
 * {@code Retry-After}, a stalled response) holds up one worker instead of the whole walk. A poll still
 * returns one listing page, in order, and its position is still the next page: a restart re-reads
 * whatever was ahead.</li>
 * <li>Incremental runs by sitemap ({@link #SITEMAP_OPTION}): a run with records known from earlier runs and no
 * cursor to resume at reads the registry's sitemap instead of the listing and fetches only the pages whose
 * {@code <lastmod>} is after the known Last-Modified, plus new ones, each as soon as it is diffed while the rest of
 * the sitemap is read ({@link SitemapStream}); the rest are unchanged, and known ids the sitemap does not list are
 * swept (it lists every live record). A sitemap that cannot be read completely falls back to the listing walk for
 * what is not fetched yet. Connectors opt in with {@link #sitemapId}.</li>
 * </ul>
 * Seen ids of a run = records + unchanged + failures with a local id; see {@code org.mcfed.connector.run.SourceRun}.
 */
public abstract class HtmlRegistryTask implements SourceTask {

    /**
     * Option key ({@code SourceConfig.options}): detail pages fetched at once (default 4, 1 = one by
     * one). The per-host rate limit still bounds the request rate; subclasses' {@code parseDetail}
     * must therefore be thread-safe (stateless parsers are).
     */
    public static final String DETAIL_CONCURRENCY_OPTION = "detail-concurrency";
    /**
     * Option: listing pages being harvested at once, the one a poll returns included (default 3; 1 =
     * one page after the other). Only with {@link #DETAIL_CONCURRENCY_OPTION} above 1.
     */
    public static final String PAGES_IN_FLIGHT_OPTION = "pages-in-flight";
    /**
     * Option: read the detail pages of at most this many records, then end the run, incomplete (nothing
     * is swept). A registry's dry run samples its pages; without it the first listing page's every
     * detail page (and every secondary language page) would be fetched to show a handful.
     */
    public static final String SAMPLE_OPTION = "sample";
    /** Option: detail pages read before a run judges whether the page shape changed (default 10). */
    public static final String SHAPE_CHECK_PAGES_OPTION = "shape-check-pages";
    /** Option: the share of unparseable detail pages above which the page shape changed (default 0.5). */
    public static final String SHAPE_CHANGE_SHARE_OPTION = "shape-change-share";
    /**
     * Option: the registry's sitemap, relative to the base URL (default {@code sitemap.xml}), read by a run
     * that knows records from earlier runs; {@code none} walks the listing on every run.
     */
    public static final String SITEMAP_OPTION = "sitemap";
    /**
     * Sitemap pages to fetch handed to the workers as one batch, as a listing page's rows are. A changed record
     * waits for the rest of its batch before it is published (one transaction a batch), so the batch is smaller
     * than a listing page. At a million records, 20 instead of 50 halved the harvester's part of the freshness p50
     * (31 to 15 ms) but not its p99 (1.1 s either way, so something else holds the slowest records); it costs an
     * incremental run a few hundred more transactions (BENCHMARKS.md, 2026-12-04, tenth session).
     */
    private static final int SITEMAP_BATCH = 20;

    private static final Logger LOG = Logger.getLogger(HtmlRegistryTask.class);

    private SourceConfig config;
    private RegistryHttpClient http;
    private Map<String, KnownRecord> known = Map.of();
    private NextLinkGuard guard = new NextLinkGuard();
    private Set<String> seenThisRun = new HashSet<>();
    private final Clock clock;
    private SourcePosition position;
    /** When {@link #start} began this run (or the rest of an interrupted one), for the run's request rate. */
    private long startedNanos;
    /** The next listing page to read ahead; null once the walk's last (or failed) page is queued. */
    private URI toRead;
    /** Listing pages read and their detail fetches under way, in listing order; the first is polled next. */
    private final ArrayDeque<PageAhead> ahead = new ArrayDeque<>();
    private int pagesInFlight;
    private boolean done;
    /** Detail pages still to read in a sample run ({@link #SAMPLE_OPTION}); unbounded otherwise. */
    private int sampleLeft;
    /** Failures of secondary pages of the row being harvested on this thread. */
    private final ThreadLocal<List<FetchFailure>> secondaryFailures = ThreadLocal.withInitial(ArrayList::new);
    private ExecutorService workers;
    private RunCounts counts = new RunCounts();
    private PageShapeWatch shape;
    /** Records of listing pages with an unparseable detail page, held back while {@link #shape} cannot judge yet. */
    private List<RawRecord> held = new ArrayList<>();
    /** The position of the first listing page whose records are held. */
    private SourcePosition heldFrom;
    /** The sitemap this run reads instead of the listing; null when it walks the listing. */
    private URI sitemap;
    /** The sitemap being read, its pages to fetch handed over in batches; null until the run's first poll. */
    private SitemapStream sitemapStream;
    /** Whether the sitemap's end (an empty batch that ends the run) is queued. */
    private boolean sitemapEnded;
    /** Ids the sitemap shows unchanged, reported by the next poll. */
    private List<String> sitemapUnchanged = List.of();
    /** The sitemap's unchanged ids this poll reports, as {@link PollResult#rederivedUnchanged()}. */
    private List<String> sitemapReported = List.of();

    protected HtmlRegistryTask() {
        this(Clock.systemUTC());
    }

    protected HtmlRegistryTask(Clock clock) {
        this.clock = clock;
    }

    /** The connector name written into each {@link RawRecord#connector()}. */
    protected abstract String connectorName();

    /** The first listing page under the source's base URL. */
    protected abstract URI firstListingPage(URI baseUrl);

    /** Reads a listing page's rows and next link. */
    protected abstract ListingPage parseListing(Document page) throws PageParseException;

    /**
     * Reads a fetched listing page: by default {@link #parseListing(Document)} of its jsoup document. A
     * connector that can read its listing without a document ({@link org.mcfed.connector.page.PlainTableScan#linkRows})
     * overrides this.
     */
    protected ListingPage parseListing(FetchOutcome.Fetched page) throws PageParseException {
        return parseListing(HtmlPages.parse(page));
    }

    /**
     * The local id of the record whose detail page the registry's sitemap lists, read from the page's path
     * (percent-decoded, as {@link URI#getPath()}) and raw query (as {@link URI#getRawQuery()}, null when none), or null
     * for a page that is no record's. Read for every page a sitemap lists (713,288 at HKQR in the million-record
     * benchmark), so from the URL's text rather than a URI. The default, null for every page, keeps a connector to
     * its listing. A connector overriding it must also return true from {@link #readsSitemap()}.
     */
    protected String sitemapId(String path, String rawQuery) {
        return null;
    }

    /**
     * The listing entry of a detail page the sitemap lists as changed: by default its {@link #sitemapId} and URL. A
     * connector that overrides this keeps that id.
     */
    protected ListingEntry sitemapEntry(URI detailUrl) {
        String localId = sitemapId(detailUrl.getPath(), detailUrl.getRawQuery());
        return localId == null ? null : ListingEntry.of(localId, detailUrl);
    }

    /** Whether this connector reads the registry's sitemap for incremental runs ({@link #sitemapId}). */
    protected boolean readsSitemap() {
        return false;
    }

    /** Reads a detail page into raw fields (what the page states, by label). */
    protected abstract Map<String, List<String>> parseDetail(Document page, ListingEntry entry) throws PageParseException;

    /**
     * Reads a fetched detail page into raw fields: by default {@link #parseDetail(Document, ListingEntry)}
     * of its jsoup document. A connector that can read its pages without a document
     * ({@link org.mcfed.connector.page.PlainTableScan}) overrides this.
     */
    protected Map<String, List<String>> parseDetail(FetchOutcome.Fetched page, ListingEntry entry) throws PageParseException {
        return parseDetail(HtmlPages.parse(page), entry);
    }

    @Override
    public void start(SourceConfig config, SourcePosition resume, Map<String, KnownRecord> known) {
        this.config = SourceConfigCheck.validate(config);
        this.http = new RegistryHttpClient(config);
        this.startedNanos = System.nanoTime();
        this.known = known == null ? Map.of() : known;
        this.position = resume;
        this.toRead = resumeAt(resume, config);
        this.ahead.clear();
        this.done = false;
        this.guard = new NextLinkGuard();
        this.seenThisRun = new HashSet<>();
        this.counts = new RunCounts();
        this.shape = new PageShapeWatch(Integer.parseInt(config.option(SHAPE_CHECK_PAGES_OPTION, "10")),
                Double.parseDouble(config.option(SHAPE_CHANGE_SHARE_OPTION, "0.5")));
        this.held = new ArrayList<>();
        this.sampleLeft = Integer.parseInt(config.option(SAMPLE_OPTION, String.valueOf(Integer.MAX_VALUE)));
        int concurrency = Integer.parseInt(config.option(DETAIL_CONCURRENCY_OPTION, "4"));
        this.workers = concurrency > 1 ? Executors.newFixedThreadPool(concurrency, daemonThreads(config.name())) : null;
        this.pagesInFlight = workers == null ? 1 : Integer.parseInt(config.option(PAGES_IN_FLIGHT_OPTION, "3"));
        String sitemapPath = config.option(SITEMAP_OPTION, "sitemap.xml");
        boolean incremental = resume.cursor() == null && !this.known.isEmpty() && config.option(SAMPLE_OPTION, null) == null;
        this.sitemap = incremental && readsSitemap() && !"none".equals(sitemapPath) ? under(config.baseUrl(), sitemapPath) : null;
        if (this.sitemapStream != null) {
            this.sitemapStream.cancel();
        }
        this.sitemapStream = null;
        this.sitemapEnded = false;
        this.sitemapUnchanged = List.of();
        this.sitemapReported = List.of();
    }

    /** The cursor of an interrupted run, unless it does not lie under the base URL (a changed base URL): then page one. */
    private URI resumeAt(SourcePosition resume, SourceConfig config) {
        URI first = firstListingPage(config.baseUrl());
        if (resume.cursor() == null) {
            return first;
        }
        String base = config.baseUrl().toString();
        if (!resume.cursor().startsWith(base.endsWith("/") ? base : base + "/")) {
            LOG.warnf("harvest %s: resume cursor %s is not under %s; starting from %s", config.name(), resume.cursor(), base, first);
            this.position = resume.at(null);
            return first;
        }
        return URI.create(resume.cursor());
    }

    @Override
    public PollResult poll() {
        PollResult result = pollPage();
        List<String> fromSitemap = sitemapReported;
        sitemapReported = List.of();
        return fromSitemap.isEmpty() ? result : result.withRederivedUnchanged(fromSitemap);
    }

    private PollResult pollPage() {
        if (done) {
            return PollResult.finished(List.of(), List.of(), List.of(), position, false);
        }
        readAhead();
        PageAhead page = ahead.poll();
        if (page == null && done) {
            // stopped from another thread while this poll waited for the sitemap
            return PollResult.finished(List.of(), List.of(), List.of(), position, false);
        }
        if (page == null) {
            throw new IllegalStateException(config.name() + ": no listing page left to poll before the run finished");
        }
        if (page.failure() != null) {
            return endEarly(page.failure());
        }
        List<RawRecord> records = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<FetchFailure> failures = new ArrayList<>();
        // the sitemap's unchanged pages, once, with the first batch: a restart reads the sitemap again
        sitemapReported = sitemapUnchanged;
        sitemapUnchanged = List.of();
        counts.unchanged += sitemapReported.size();
        for (DetailResult result : results(page)) {
            if (result.record() != null) {
                records.add(result.record());
            }
            if (result.unchanged() != null) {
                unchanged.add(result.unchanged());
            }
            failures.addAll(result.failures());
        }
        counts.add(records, unchanged, failures);
        if (shape.changed()) {
            records = new ArrayList<>(withHeld(records));
            records.removeIf(RawRecord::unreadable);
            counts.failed++;
            // first, so that a report showing only its first errors shows the run's reason
            failures.add(0, new FetchFailure(null, page.url().toString(), shape.reason(), false));
            LOG.errorf("harvest %s: %s", config.name(), shape.reason());
            return finish(records, unchanged, failures, false);
        }
        if (!shape.decided() && (!held.isEmpty() || records.stream().anyMatch(RawRecord::unreadable))) {
            if (held.isEmpty()) {
                heldFrom = page.here();
            }
            held.addAll(records);
            records.clear();
        }
        URI next = page.listing().next();
        // a sitemap run keeps no cursor: a restart reads the sitemap again and fetches what is still newer
        boolean fromSitemap = sitemapStream != null && page.url().equals(sitemapStream.sitemap());
        position = position.at(next == null || fromSitemap ? null : next.toString());
        if (page.sampled()) {
            done = true;
            return PollResult.finished(withHeld(records), unchanged, failures, position, false);
        }
        if (next == null) {
            return finish(records, unchanged, failures, true);
        }
        if (!held.isEmpty() && !shape.decided()) {
            // a restart resumes at the first page whose records are held, so none is skipped
            return PollResult.more(records, unchanged, failures, heldFrom);
        }
        return PollResult.more(withHeld(records), unchanged, failures, position);
    }

    /**
     * A listing page read ahead: where it is, its rows not seen before in this run and their detail
     * fetches ({@code pending} null when fetched one by one at poll time); or, with {@code failure},
     * why the walk cannot go on from it.
     */
    private record PageAhead(URI url, SourcePosition here, ListingPage listing, List<ListingEntry> fresh,
                             List<Future<DetailResult>> pending, boolean sampled, FetchFailure failure) {

        static PageAhead failed(URI url, FetchFailure failure) {
            return new PageAhead(url, null, null, List.of(), null, false, failure);
        }
    }

    /** Reads listing pages until {@link #pagesInFlight} are under way or the walk's end is queued. */
    private void readAhead() {
        if (sitemap != null) {
            if (sitemapStream == null) {
                // the sitemap's next file is fetched ahead on the detail workers, among the pages to fetch
                sitemapStream = SitemapStream.start(config.name(), http, workers, sitemap, known,
                        new SitemapPages(this::sitemapId, this::sitemapEntry), config.baseUrl(),
                        SITEMAP_BATCH);
            }
            readSitemapAhead();
            if (sitemap != null) {
                return;
            }
        }
        while (ahead.size() < pagesInFlight && toRead != null) {
            PageAhead page = readListing(toRead);
            ahead.add(page);
            toRead = page.failure() != null || page.sampled() ? null : page.listing().next();
        }
    }

    /** Fetches and parses one listing page and queues its new rows' detail fetches. */
    private PageAhead readListing(URI pageUrl) {
        if (!guard.firstVisit(pageUrl)) {
            return PageAhead.failed(pageUrl, new FetchFailure(null, pageUrl.toString(),
                    "next link loop: listing page " + pageUrl + " was already visited in this run", false));
        }
        FetchOutcome outcome = http.get(pageUrl);
        counts.listingPages++;
        if (!(outcome instanceof FetchOutcome.Fetched fetched)) {
            return PageAhead.failed(pageUrl, failureOf(null, outcome));
        }
        ListingPage listing;
        try {
            listing = parseListing(fetched);
        } catch (PageParseException | RuntimeException e) {
            return PageAhead.failed(pageUrl, new FetchFailure(null, pageUrl.toString(), "unreadable listing page: " + e.getMessage(), false));
        }
        counts.skipped += listing.skipped();
        List<ListingEntry> fresh = new ArrayList<>();
        for (ListingEntry entry : listing.entries()) {
            if (seenThisRun.add(entry.localId())) {
                fresh.add(entry);
            }
        }
        boolean sampled = fresh.size() >= sampleLeft;
        if (sampled) {
            fresh = new ArrayList<>(fresh.subList(0, sampleLeft));
        }
        sampleLeft -= fresh.size();
        PageAhead page = queued(pageUrl, position.at(pageUrl.toString()), listing, fresh);
        return sampled ? new PageAhead(pageUrl, page.here(), listing, fresh, page.pending(), true, null) : page;
    }

    /** A listing page (or a batch of sitemap pages) with its {@code fresh} rows' detail fetches queued on the workers. */
    private PageAhead queued(URI pageUrl, SourcePosition here, ListingPage listing, List<ListingEntry> fresh) {
        List<Future<DetailResult>> pending = null;
        if (workers != null) {
            pending = new ArrayList<>(fresh.size());
            for (ListingEntry entry : fresh) {
                pending.add(workers.submit(() -> harvest(entry, here)));
            }
        }
        return new PageAhead(pageUrl, here, listing, fresh, pending, false, null);
    }

    /**
     * Queues the sitemap's batches of pages to fetch as the reader hands them over, until {@link #pagesInFlight} are
     * under way, waiting for the reader only when nothing else is; the sitemap's end queues an empty batch that ends
     * the run. When the sitemap cannot be read whole, logs why and walks the listing instead ({@code sitemap} null).
     */
    private void readSitemapAhead() {
        while (!sitemapEnded && ahead.size() < pagesInFlight) {
            SitemapStream.Next next;
            try {
                next = ahead.isEmpty() ? sitemapStream.take() : sitemapStream.poll();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelAhead();
                throw new IllegalStateException(config.name() + ": harvest interrupted", e);
            }
            if (next == null || done) {
                return;
            }
            if (next instanceof SitemapStream.Batch batch) {
                batch.entries().forEach(e -> seenThisRun.add(e.localId()));
                ahead.add(queued(sitemap, position, new ListingPage(batch.entries(), 0, sitemap), batch.entries()));
            } else if (next instanceof SitemapStream.End end) {
                counts.listingPages += end.requests();
                counts.skipped += end.skipped();
                sitemapUnchanged = end.unchanged();
                sitemapEnded = true;
                ahead.add(queued(sitemap, position, new ListingPage(List.of(), 0, null), List.of()));
                LOG.infof("harvest %s: sitemap %s lists %d pages, %d changed or new, %d unchanged", config.name(), sitemap,
                        end.listed(), end.toFetch(), end.unchanged().size());
            } else if (next instanceof SitemapStream.Failed failed) {
                counts.listingPages += failed.requests();
                LOG.warnf("harvest %s: %s; walking the listing instead", config.name(), failed.reason());
                sitemap = null;
                return;
            }
        }
    }

    /** Ends the run, incomplete, on a listing page that could not be walked. */
    private PollResult endEarly(FetchFailure failure) {
        counts.failed++;
        return finish(List.of(), List.of(), List.of(failure), false);
    }

    /** {@code records} after the held-back ones (earlier pages of the listing); nothing is held afterwards. */
    private List<RawRecord> withHeld(List<RawRecord> records) {
        if (held.isEmpty()) {
            return records;
        }
        List<RawRecord> all = new ArrayList<>(held);
        all.addAll(records);
        held.clear();
        return all;
    }

    /** Ends the run; {@code records}' counts are already added when it read a listing page. */
    private PollResult finish(List<RawRecord> records, List<String> unchanged, List<FetchFailure> failures, boolean complete) {
        done = true;
        cancelAhead();
        records = withHeld(records);
        double seconds = Math.max(1e-3, (System.nanoTime() - startedNanos) / 1e9);
        long requests = http.requests();
        // the requests' rate beside the limit and their wait for it: whether politeness, not the registry, bounded the run
        LOG.infof("harvest %s (%s): %d listing pages, %d fetched, %d unchanged, %d skipped, %d failed, complete=%s;"
                        + " %d requests in %.1f s (%.0f/s, rate limit %s), %.1f s waited for the rate limit in all",
                config.name(), connectorName(), counts.listingPages, counts.fetched, counts.unchanged, counts.skipped,
                counts.failed, complete, requests, seconds, requests / seconds,
                config.requestsPerSecond() > 0 ? String.format(Locale.ROOT, "%.0f/s", config.requestsPerSecond()) : "none",
                http.rateLimitWait().toNanos() / 1e9);
        return PollResult.finished(records, unchanged, failures, position, complete);
    }

    /** What one listing row came to: a record, an unchanged id, and/or failures (a secondary page's included). */
    private record DetailResult(RawRecord record, String unchanged, List<FetchFailure> failures) {
    }

    /** A page's detail results in listing order: awaited when queued on the workers, fetched here otherwise. */
    private List<DetailResult> results(PageAhead page) {
        List<ListingEntry> entries = page.fresh();
        List<DetailResult> results = new ArrayList<>(entries.size());
        if (page.pending() == null) {
            entries.forEach(e -> results.add(harvest(e, page.here())));
            return results;
        }
        List<Future<DetailResult>> pending = page.pending();
        for (int i = 0; i < pending.size(); i++) {
            try {
                results.add(pending.get(i).get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                pending.forEach(f -> f.cancel(true));
                cancelAhead();
                throw new IllegalStateException(config.name() + ": harvest interrupted", e);
            } catch (ExecutionException e) {
                ListingEntry entry = entries.get(i);
                results.add(new DetailResult(null, null, List.of(new FetchFailure(entry.localId(), entry.detailUrl().toString(),
                        "connector error: " + e.getCause(), false))));
            }
        }
        return results;
    }

    /** Drops the pages read ahead (the run ended before them); their fetches still under way are cancelled. */
    private void cancelAhead() {
        for (PageAhead page : ahead) {
            if (page.pending() != null) {
                page.pending().forEach(f -> f.cancel(true));
            }
        }
        ahead.clear();
        toRead = null;
        if (sitemapStream != null) {
            sitemapStream.cancel();
        }
    }

    private DetailResult harvest(ListingEntry entry, SourcePosition here) {
        List<FetchFailure> failures = new ArrayList<>();
        secondaryFailures.set(failures);
        try {
            KnownRecord before = known.get(entry.localId());
            FetchOutcome outcome = before == null ? http.get(entry.detailUrl())
                    : http.conditionalGet(entry.detailUrl(), before.etag(), before.lastModified());
            if (outcome instanceof FetchOutcome.NotModified) {
                return new DetailResult(null, entry.localId(), failures);
            }
            if (!(outcome instanceof FetchOutcome.Fetched page)) {
                failures.add(failureOf(entry.localId(), outcome));
                return new DetailResult(null, null, failures);
            }
            RawRecord raw = read(entry, page, here);
            if (before != null && !failures.isEmpty()) {
                // a secondary page (another language) failed: the version already published keeps its languages
                return new DetailResult(null, null, failures);
            }
            if (before != null && raw.checksum().equals(before.checksum()) && !raw.unreadable()) {
                return new DetailResult(null, entry.localId(), failures);
            }
            return new DetailResult(raw, null, failures);
        } finally {
            secondaryFailures.remove();
        }
    }

    private RawRecord read(ListingEntry entry, FetchOutcome.Fetched page, SourcePosition here) {
        Instant now = clock.instant();
        try {
            Map<String, List<String>> fields = new LinkedHashMap<>(parseDetail(page, entry));
            shape.read(entry.detailUrl().toString(), true);
            String checksum = Checksums.of(fields, null);
            if (secondaryFailures.get().isEmpty()) {
                // without validators a record whose secondary page failed is fetched in full by the next run,
                // which then adds the language that is missing now (a conditional GET would answer 304)
                putValidator(fields, RawRecord.ETAG_FIELD, page.etag());
                putValidator(fields, RawRecord.LAST_MODIFIED_FIELD, page.lastModified());
            }
            return new RawRecord(config.name(), connectorName(), entry.localId(), entry.detailUrl().toString(), now,
                    page.contentType(), checksum, java.util.Collections.unmodifiableMap(fields), null, List.of(), false, here);
        } catch (PageParseException | RuntimeException e) {
            shape.read(entry.detailUrl().toString(), false);
            String reason = "unreadable detail page: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return new RawRecord(config.name(), connectorName(), entry.localId(), entry.detailUrl().toString(), now,
                    page.contentType(), Checksums.of(page.body()), Map.of(), null, List.of(reason), false, here);
        }
    }

    /**
     * Reads a detail page fetched earlier exactly as a harvest would (parse, fields, checksum,
     * validators), so that a benchmark can time the parsing apart from the fetching. The task must be
     * started; a connector's secondary page (MQR's Malay, HKQR's Chinese) is still fetched.
     */
    public final RawRecord readFetched(ListingEntry entry, FetchOutcome.Fetched page) {
        return read(entry, page, position);
    }

    private static void putValidator(Map<String, List<String>> fields, String key, String value) {
        if (value != null) {
            fields.put(key, List.of(value));
        }
    }

    /**
     * Fetches a secondary page of a record (MQR's Malay version, HKQR's Chinese ones), or null without
     * it. A 404 or 410 is no failure: the registry does not publish the record in that language. Any
     * other failure is reported in this poll with the record's id and reason; a new record is then
     * emitted with what its other pages said but without validators, so that the next run fetches it
     * in full, and a known record keeps its published version (a language is never dropped). Called
     * from {@code parseDetail}, so a record whose main page is unchanged (304) costs no secondary request.
     */
    protected final Document fetchSecondary(String localId, URI url) {
        FetchOutcome.Fetched page = fetchSecondaryPage(localId, url);
        return page == null ? null : HtmlPages.parse(page);
    }

    /** {@link #fetchSecondary} without the parse: for a connector that reads the bytes its own way. */
    protected final FetchOutcome.Fetched fetchSecondaryPage(String localId, URI url) {
        FetchOutcome outcome = http.get(url);
        if (outcome instanceof FetchOutcome.Fetched page) {
            return page;
        }
        if (outcome instanceof FetchOutcome.Failed f && f.notFound()) {
            LOG.debugf("%s: no secondary page %s (%s)", localId, url, f.reason());
            return null;
        }
        secondaryFailures.get().add(failureOf(localId, outcome));
        return null;
    }

    private static FetchFailure failureOf(String localId, FetchOutcome outcome) {
        if (outcome instanceof FetchOutcome.Failed f) {
            return new FetchFailure(localId, f.url().toString(), f.reason(), f.retriable());
        }
        return new FetchFailure(localId, outcome.url().toString(), "unexpected 304 without validators", false);
    }

    /** {@code relative} resolved under the base URL as a folder, whether or not it ends with a slash. */
    protected static URI under(URI baseUrl, String relative) {
        String base = baseUrl.toString();
        return URI.create(base.endsWith("/") ? base : base + "/").resolve(relative);
    }

    protected final SourceConfig config() {
        return config;
    }

    @Override
    public void stop() {
        done = true;
        cancelAhead();
        if (workers != null) {
            workers.shutdownNow();
            workers = null;
        }
    }

    private static ThreadFactory daemonThreads(String source) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "harvest-" + source + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Counts for the one log line per run. */
    private static final class RunCounts {
        int listingPages;
        int fetched;
        int unchanged;
        int skipped;
        int failed;

        void add(List<RawRecord> records, List<String> unchangedIds, List<FetchFailure> failures) {
            fetched += records.size();
            unchanged += unchangedIds.size();
            failed += failures.size();
        }
    }
}
