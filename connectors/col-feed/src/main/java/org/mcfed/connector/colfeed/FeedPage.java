package org.mcfed.connector.colfeed;

import java.util.List;

/** One page of a COL feed: its entries in feed order and the cursor or resumptionToken of the next page, null on the last. */
record FeedPage(List<FeedEntry> entries, String next) {
}
