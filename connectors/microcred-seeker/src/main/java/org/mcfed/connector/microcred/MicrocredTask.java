package org.mcfed.connector.microcred;

import org.jsoup.nodes.Document;
import org.mcfed.connector.listing.HtmlRegistryTask;
import org.mcfed.connector.listing.ListingEntry;
import org.mcfed.connector.listing.ListingPage;
import org.mcfed.connector.page.PageParseException;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One harvest of Microcred Seeker: the course listing ({@code /courses?page=N}) and each course
 * page. Paging, conditional GET, retries and loop detection are {@link HtmlRegistryTask}'s.
 */
final class MicrocredTask extends HtmlRegistryTask {

    static final String FIRST_LISTING = "courses?page=1";

    private final MicrocredListingParser listingParser = new MicrocredListingParser();
    private final MicrocredDetailParser detailParser = new MicrocredDetailParser();

    @Override
    protected String connectorName() {
        return MicrocredConnector.NAME;
    }

    @Override
    protected URI firstListingPage(URI baseUrl) {
        return under(baseUrl, FIRST_LISTING);
    }

    @Override
    protected ListingPage parseListing(Document page) throws PageParseException {
        MicrocredListingParser.Listing listing = listingParser.parse(page);
        if (listing.entries().isEmpty() && !listing.problems().isEmpty()) {
            throw new PageParseException(String.join("; ", listing.problems()));
        }
        List<ListingEntry> entries = new ArrayList<>();
        for (MicrocredListingParser.Entry e : listing.entries()) {
            entries.add(ListingEntry.of(e.slug().localId(), URI.create(e.detailUrl())));
        }
        return new ListingPage(entries, listing.problems().size(), listing.next() == null ? null : URI.create(listing.next()));
    }

    /** A course page of the sitemap; its local id is the numeric id ending the slug, as in the listing. */
    @Override
    protected String sitemapId(String path, String rawQuery) {
        CourseSlug slug = CourseSlug.of(path);
        return slug == null ? null : slug.localId();
    }

    @Override
    protected boolean readsSitemap() {
        return true;
    }

    @Override
    protected Map<String, List<String>> parseDetail(Document page, ListingEntry entry) throws PageParseException {
        CourseSlug slug = CourseSlug.of(entry.detailUrl());
        if (slug == null) {
            throw new PageParseException("course URL " + entry.detailUrl() + " does not end in a numeric id");
        }
        return detailParser.parse(page, slug);
    }
}
