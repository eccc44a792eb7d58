package org.mcfed.connector.listing;

import org.mcfed.connector.KnownLastModified;
import org.mcfed.connector.KnownRecord;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a sitemap says changed since the last harvest: the pages to fetch (new records, and known ones
 * whose {@code <lastmod>} is after the Last-Modified their page had when it was fetched, or that have no
 * such date on either side) and the ids of the known pages that did not change. Ids of neither are
 * not in the sitemap: the deletion sweep's (the sitemap lists every live record).
 */
record SitemapChanges(List<ListingEntry> toFetch, List<String> unchanged, int skipped) {

    /**
     * The changes worked out one sitemap page at a time, as {@link SitemapReader#read} hands them on: what it keeps
     * is the pages to fetch and the ids of the others, not the sitemap's list.
     */
    static final class Diff implements Consumer<SitemapReader.Url> {

        private final Map<String, KnownRecord> known;
        private final Function<URI, ListingEntry> entryOf;
        private final String prefix;
        private final List<ListingEntry> toFetch = new ArrayList<>();
        /** Where each page to fetch goes as soon as it is diffed; null keeps them in {@link #toFetch}. */
        private final Consumer<ListingEntry> fetchNow;
        private int fetchCount;
        private final List<String> unchanged = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private int skipped;
        private int listed;

        /**
         * @param entryOf the connector's listing entry of a detail URL, null for a URL that is not a record's page
         * @param base    the source's base URL: a URL not under it is skipped (a sitemap speaks for its own site only)
         */
        Diff(Map<String, KnownRecord> known, Function<URI, ListingEntry> entryOf, URI base) {
            this(known, entryOf, base, null);
        }

        /**
         * @param fetchNow receives each page to fetch as soon as it is diffed (so that its fetch need not wait for the
         *                 rest of the sitemap); the pages it receives are not in {@link #changes()}'s {@code toFetch}
         */
        Diff(Map<String, KnownRecord> known, Function<URI, ListingEntry> entryOf, URI base, Consumer<ListingEntry> fetchNow) {
            this.fetchNow = fetchNow;
            this.known = known;
            this.entryOf = entryOf;
            this.prefix = base.toString().endsWith("/") ? base.toString() : base + "/";
        }

        @Override
        public void accept(SitemapReader.Url url) {
            listed++;
            ListingEntry entry = url.loc().toString().startsWith(prefix) ? entryOf.apply(url.loc()) : null;
            if (entry == null) {
                skipped++;
                return;
            }
            if (!seen.add(entry.localId())) {
                return;
            }
            Instant fetchedVersion = fetchedVersion(entry.localId());
            if (fetchedVersion != null && url.lastModified() != null && !url.lastModified().isAfter(fetchedVersion)) {
                unchanged.add(entry.localId());
            } else {
                fetchCount++;
                if (fetchNow != null) {
                    fetchNow.accept(entry);
                } else {
                    toFetch.add(entry);
                }
            }
        }

        /** The Last-Modified the record's page had when it was last fetched; null when unknown or none. */
        private Instant fetchedVersion(String localId) {
            if (known instanceof KnownLastModified dates) {
                return dates.lastModifiedInstant(localId);
            }
            KnownRecord before = known.get(localId);
            return before == null ? null : HttpDate.parse(before.lastModified());
        }

        /** The pages the sitemap listed, all of them, as far as read. */
        int listed() {
            return listed;
        }

        /** The pages to fetch so far, those handed to {@code fetchNow} included. */
        int fetchCount() {
            return fetchCount;
        }

        SitemapChanges changes() {
            return new SitemapChanges(toFetch, unchanged, skipped);
        }
    }
}
