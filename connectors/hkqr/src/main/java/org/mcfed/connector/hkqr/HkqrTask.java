package org.mcfed.connector.hkqr;

import org.jsoup.nodes.Document;
import org.mcfed.connector.KnownRecord;
import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.SourceConfigCheck;
import org.mcfed.connector.SourcePosition;
import org.mcfed.connector.http.FetchOutcome;
import org.mcfed.connector.listing.HtmlRegistryTask;
import org.mcfed.connector.listing.ListingEntry;
import org.mcfed.connector.listing.ListingPage;
import org.mcfed.connector.listing.QueryParam;
import org.mcfed.connector.page.LabelledValues;
import org.mcfed.connector.page.PageParseException;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One harvest of HKQR: the Current and Upcoming listing, then the Archived listing
 * ({@code &status=archived}, which the default search leaves out), and for each qualification its
 * English detail page and its Traditional Chinese one; its Simplified Chinese one too when
 * {@value #SIMPLIFIED_PAGES_OPTION} is {@code fetch} (a qualification without a Simplified page is
 * read from the other two). Paging, conditional GET (a 304 English page skips the Chinese ones),
 * retries and loop detection are {@link HtmlRegistryTask}'s.
 */
final class HkqrTask extends HtmlRegistryTask {

    /**
     * {@code mcfed.sources.<name>.options.simplified-pages}: {@code derive} (the default) leaves the {@code hkqr-sc}
     * pages unread, because HKQR's Simplified edition carries its Traditional one's text in Simplified characters
     * (docs/sources/hkqr.md): the mapper converts the Traditional title and outcomes ({@link TraditionalToSimplified}),
     * and a run makes two requests a qualification instead of three, a third less time at a registry's rate limit.
     * {@code fetch} reads the Simplified pages and keeps their text as published.
     */
    static final String SIMPLIFIED_PAGES_OPTION = "simplified-pages";
    static final String DERIVE = "derive";
    static final String FETCH = "fetch";

    private final HkqrListingParser listingParser = new HkqrListingParser();
    private final HkqrDetailParser detailParser = new HkqrDetailParser();
    private boolean fetchSimplified;

    /** Checks {@value #SIMPLIFIED_PAGES_OPTION} before anything starts, so a typo names the source and the key. */
    @Override
    public void start(SourceConfig config, SourcePosition resume, Map<String, KnownRecord> known) {
        String pages = SourceConfigCheck.validate(config).option(SIMPLIFIED_PAGES_OPTION, DERIVE).strip();
        if (!pages.equals(DERIVE) && !pages.equals(FETCH)) {
            throw SourceConfigCheck.badOption(config, SIMPLIFIED_PAGES_OPTION, "must be " + DERIVE + " or " + FETCH + ", was '" + pages + "'");
        }
        this.fetchSimplified = pages.equals(FETCH);
        super.start(config, resume, known);
    }

    @Override
    protected String connectorName() {
        return HkqrConnector.NAME;
    }

    @Override
    protected URI firstListingPage(URI baseUrl) {
        return under(baseUrl, HkqrPaths.CURRENT_LISTING);
    }

    /** The last page of the current listing leads on to the archived listing, so one walk covers both. */
    @Override
    protected ListingPage parseListing(Document page) throws PageParseException {
        return listingPage(listingParser.parse(page), page.location());
    }

    /** As the harvest reads a listing page: without a jsoup document when the page is plain. */
    @Override
    protected ListingPage parseListing(FetchOutcome.Fetched page) throws PageParseException {
        return listingPage(listingParser.parse(page), String.valueOf(page.url()));
    }

    private ListingPage listingPage(HkqrListingParser.Listing listing, String location) throws PageParseException {
        if (listing.entries().isEmpty() && !listing.problems().isEmpty()) {
            throw new PageParseException(String.join("; ", listing.problems()));
        }
        List<ListingEntry> entries = new ArrayList<>();
        for (HkqrListingParser.Entry e : listing.entries()) {
            entries.add(ListingEntry.of(e.regNo(), URI.create(e.detailUrl())));
        }
        URI next = listing.next() != null ? URI.create(listing.next())
                : HkqrPaths.isArchivedListing(location) ? null : under(config().baseUrl(), HkqrPaths.ARCHIVED_LISTING);
        return new ListingPage(entries, listing.problems().size(), next);
    }

    /** An English detail page of the sitemap (current and archived alike); its local id is the {@code regNo} it names. */
    @Override
    protected String sitemapId(String path, String rawQuery) {
        return HkqrPaths.isEnglishDetail(path) ? QueryParam.of(rawQuery, "regNo") : null;
    }

    @Override
    protected boolean readsSitemap() {
        return true;
    }

    /** The same record read from jsoup documents (the harvest reads bytes, below). */
    @Override
    protected Map<String, List<String>> parseDetail(Document page, ListingEntry entry) throws PageParseException {
        Document traditional = fetchSecondary(entry.localId(), HkqrPaths.traditionalDetail(entry.detailUrl()));
        Document simplified = fetchSimplified ? fetchSecondary(entry.localId(), HkqrPaths.simplifiedDetail(entry.detailUrl())) : null;
        return detailParser.parse(page, traditional, simplified);
    }

    /** As the harvest reads a record: each page's details table without a jsoup document when the page is plain. */
    @Override
    protected Map<String, List<String>> parseDetail(FetchOutcome.Fetched page, ListingEntry entry) throws PageParseException {
        LabelledValues english = HkqrDetailParser.details(page, HkqrDetailParser.ENGLISH);
        FetchOutcome.Fetched traditional = fetchSecondaryPage(entry.localId(), HkqrPaths.traditionalDetail(entry.detailUrl()));
        FetchOutcome.Fetched simplified = fetchSimplified
                ? fetchSecondaryPage(entry.localId(), HkqrPaths.simplifiedDetail(entry.detailUrl())) : null;
        return detailParser.parse(english,
                traditional == null ? null : HkqrDetailParser.details(traditional, HkqrDetailParser.TRADITIONAL),
                simplified == null ? null : HkqrDetailParser.details(simplified, HkqrDetailParser.SIMPLIFIED));
    }
}
