package org.mcfed.connector.listing;

import org.mcfed.connector.CompactIdSet;
import org.mcfed.connector.KnownLastModified;
import org.mcfed.connector.KnownRecord;

import java.net.URI;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Consumer;

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
        private final SitemapPages pages;
        private final String prefix;
        private final List<ListingEntry> toFetch = new ArrayList<>();
        /** Where each page to fetch goes as soon as it is diffed; null keeps them in {@link #toFetch}. */
        private final Consumer<ListingEntry> fetchNow;
        private int fetchCount;
        /** The ids listed, each once, in the sitemap's order: held compactly, as a large registry lists hundreds of thousands. */
        private final CompactIdSet seen = new CompactIdSet();
        /** Which of {@link #seen} are unchanged, by their place in it. */
        private int[] unchangedAt = new int[1024];
        private int unchangedCount;
        private int skipped;
        private int listed;

        /**
         * @param pages how the connector reads a page's id and entry
         * @param base  the source's base URL: a URL not under it is skipped (a sitemap speaks for its own site only)
         */
        Diff(Map<String, KnownRecord> known, SitemapPages pages, URI base) {
            this(known, pages, base, null);
        }

        /**
         * @param fetchNow receives each page to fetch as soon as it is diffed (so that its fetch need not wait for the
         *                 rest of the sitemap); the pages it receives are not in {@link #changes()}'s {@code toFetch}
         */
        Diff(Map<String, KnownRecord> known, SitemapPages pages, URI base, Consumer<ListingEntry> fetchNow) {
            this.fetchNow = fetchNow;
            this.known = known;
            this.pages = pages;
            this.prefix = base.toString().endsWith("/") ? base.toString() : base + "/";
        }

        /**
         * Diffs one listed page: its id read from the URL's text where it is {@link PlainUrl plain} (the reader said so),
         * a URI built only to fetch it.
         */
        @Override
        public void accept(SitemapReader.Url url) {
            listed++;
            String loc = url.loc();
            URI uri = url.parsed();
            String localId = null;
            if (loc.startsWith(prefix)) {
                localId = uri == null ? pages.id().apply(PlainUrl.path(loc), PlainUrl.rawQuery(loc))
                        : pages.id().apply(uri.getPath(), uri.getRawQuery());
            }
            if (localId == null) {
                skipped++;
                return;
            }
            if (!seen.add(localId)) {
                return;
            }
            Instant fetchedVersion = fetchedVersion(localId);
            if (fetchedVersion != null && url.lastModified() != null && !url.lastModified().isAfter(fetchedVersion)) {
                if (unchangedCount == unchangedAt.length) {
                    unchangedAt = Arrays.copyOf(unchangedAt, unchangedCount * 2);
                }
                unchangedAt[unchangedCount++] = seen.size() - 1;
                return;
            }
            ListingEntry entry = pages.entry().apply(uri == null ? URI.create(loc) : uri);
            if (entry == null || !entry.localId().equals(localId)) {
                throw new IllegalStateException("the connector reads " + loc + " as " + (entry == null ? "no record" : entry.localId())
                        + " from its URI and as " + localId + " from its path and query");
            }
            fetchCount++;
            if (fetchNow != null) {
                fetchNow.accept(entry);
            } else {
                toFetch.add(entry);
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

        /** The changes so far; its unchanged ids are a view of this diff's, a new string per read. */
        SitemapChanges changes() {
            return new SitemapChanges(toFetch, new Unchanged(seen, unchangedAt, unchangedCount), skipped);
        }
    }

    /** The unchanged ids: the diff's ids at the places it noted. */
    private static final class Unchanged extends AbstractList<String> implements RandomAccess {

        private final CompactIdSet ids;
        private final int[] at;
        private final int size;

        Unchanged(CompactIdSet ids, int[] at, int size) {
            this.ids = ids;
            this.at = at;
            this.size = size;
        }

        @Override
        public String get(int index) {
            Objects.checkIndex(index, size);
            return ids.get(at[index]);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
