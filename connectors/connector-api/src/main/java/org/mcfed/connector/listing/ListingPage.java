package org.mcfed.connector.listing;

import java.net.URI;
import java.util.List;

/**
 * A parsed listing page: the rows to harvest, how many rows were skipped as out of scope (MQR
 * programmes that are not micro-credentials), and the absolute URL of the next page, null on the last.
 */
public record ListingPage(List<ListingEntry> entries, int skipped, URI next) {
}
