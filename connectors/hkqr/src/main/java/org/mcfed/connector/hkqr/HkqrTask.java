package org.mcfed.connector.hkqr;

import org.mcfed.connector.listing.QueryParam;
import org.jsoup.nodes.Document;
import org.mcfed.connector.http.FetchOutcome;
import org.mcfed.connector.listing.HtmlRegistryTask;
import org.mcfed.connector.listing.ListingEntry;
import org.mcfed.connector.listing.ListingPage;
import org.mcfed.connector.page.LabelledValues;
import org.mcfed.connector.page.PageParseException;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One harvest of HKQR: the Current and Upcoming listing, then the Archived listing
 * ({@code &status=archived}, which the default search leaves out), and for each qualification its
 * English detail page and its Traditional and Simplified Chinese ones (a qualification without a
 * Simplified page is read from the other two). Paging, conditional GET (a 304 English page skips the
 * Chinese ones), retries and loop detection are {@link HtmlRegistryTask}'s.
 */
final class HkqrTask extends HtmlRegistryTask {

    private final HkqrListingParser listingParser = new HkqrListingParser();
    private final HkqrDetailParser detailParser = new HkqrDetailParser();

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
        Document simplified = fetchSecondary(entry.localId(), HkqrPaths.simplifiedDetail(entry.detailUrl()));
        return detailParser.parse(page, traditional, simplified);
    }

    /** As the harvest reads a record: each page's details table without a jsoup document when the page is plain. */
    @Override
    protected Map<String, List<String>> parseDetail(FetchOutcome.Fetched page, ListingEntry entry) throws PageParseException {
        LabelledValues english = HkqrDetailParser.details(page, HkqrDetailParser.ENGLISH);
        FetchOutcome.Fetched traditional = fetchSecondaryPage(entry.localId(), HkqrPaths.traditionalDetail(entry.detailUrl()));
        FetchOutcome.Fetched simplified = fetchSecondaryPage(entry.localId(), HkqrPaths.simplifiedDetail(entry.detailUrl()));
        return detailParser.parse(english,
                traditional == null ? null : HkqrDetailParser.details(traditional, HkqrDetailParser.TRADITIONAL),
                simplified == null ? null : HkqrDetailParser.details(simplified, HkqrDetailParser.SIMPLIFIED));
    }
}
