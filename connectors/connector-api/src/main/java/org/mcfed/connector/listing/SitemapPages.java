package org.mcfed.connector.listing;

import java.net.URI;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How a connector reads the pages its registry's sitemap lists ({@link HtmlRegistryTask#sitemapId},
 * {@link HtmlRegistryTask#sitemapEntry}): the record's local id from a page's path and raw query, for every page
 * listed, and the listing entry to fetch, for the pages that changed (so that a URI is built only for those).
 *
 * @param id    the local id of the record whose page has this path (percent-decoded) and raw query; null for a page
 *              that is no record's
 * @param entry the listing entry of a changed page's URL, with the same id
 */
record SitemapPages(BiFunction<String, String, String> id, Function<URI, ListingEntry> entry) {
}
