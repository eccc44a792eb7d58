package org.mcfed.connector.nzqa;

import org.jsoup.nodes.Document;
import org.mcfed.connector.http.FetchOutcome;
import org.mcfed.connector.listing.HtmlRegistryTask;
import org.mcfed.connector.listing.ListingEntry;
import org.mcfed.connector.listing.ListingPage;
import org.mcfed.connector.page.PageParseException;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** A harvest of the NZQA register: its URLs and page parsers on the shared listing + detail walk. */
final class NzqaTask extends HtmlRegistryTask {

    private final NzqaListingParser listing = new NzqaListingParser();
    private final NzqaDetailParser detail = new NzqaDetailParser();

    @Override
    protected String connectorName() {
        return NzqaConnector.NAME;
    }

    @Override
    protected URI firstListingPage(URI baseUrl) {
        return under(baseUrl, "micro-credentials/register?page=1");
    }

    @Override
    protected ListingPage parseListing(Document page) throws PageParseException {
        return listing.parse(page);
    }

    /** A detail page of the register's sitemap; its local id ({@code ref-version}) is the URL's last segment, as in the listing. */
    @Override
    protected String sitemapId(String path, String rawQuery) {
        return NzqaListingParser.localIdOf(path);
    }

    @Override
    protected boolean readsSitemap() {
        return true;
    }

    @Override
    protected Map<String, List<String>> parseDetail(Document page, ListingEntry entry) throws PageParseException {
        return detail.parse(page);
    }

    /** As the harvest reads a page: its details list without a jsoup document when the page is plain. */
    @Override
    protected Map<String, List<String>> parseDetail(FetchOutcome.Fetched page, ListingEntry entry) throws PageParseException {
        return detail.parse(page);
    }
}
