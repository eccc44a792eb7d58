package org.mcfed.connector.listing;

import org.mcfed.connector.KnownRecord;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a sitemap says changed since the last harvest: the pages to fetch (new records, and known ones
 * whose {@code <lastmod>} is after the Last-Modified their page had when it was fetched, or that have no
 * such date on either side) and the ids of the known pages that did not change. Ids of neither are
 * not in the sitemap: the deletion sweep's (the sitemap lists every live record).
 */
record SitemapChanges(List<ListingEntry> toFetch, List<String> unchanged, int skipped) {

    /**
     * @param entryOf the connector's listing entry of a detail URL, null for a URL that is not a record's page
     * @param base    the source's base URL: a URL not under it is skipped (a sitemap speaks for its own site only)
     */
    static SitemapChanges of(List<SitemapReader.Url> urls, Map<String, KnownRecord> known,
                             Function<URI, ListingEntry> entryOf, URI base) {
        String prefix = base.toString().endsWith("/") ? base.toString() : base + "/";
        List<ListingEntry> toFetch = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int skipped = 0;
        for (SitemapReader.Url url : urls) {
            ListingEntry entry = url.loc().toString().startsWith(prefix) ? entryOf.apply(url.loc()) : null;
            if (entry == null) {
                skipped++;
                continue;
            }
            if (!seen.add(entry.localId())) {
                continue;
            }
            KnownRecord before = known.get(entry.localId());
            Instant fetchedVersion = before == null ? null : HttpDate.parse(before.lastModified());
            if (fetchedVersion != null && url.lastModified() != null && !url.lastModified().isAfter(fetchedVersion)) {
                unchanged.add(entry.localId());
            } else {
                toFetch.add(entry);
            }
        }
        return new SitemapChanges(toFetch, unchanged, skipped);
    }
}
