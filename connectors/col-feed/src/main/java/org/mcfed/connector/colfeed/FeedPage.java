package org.mcfed.connector.colfeed;

import org.mcfed.col.pipeline.ItemProblem;

import java.util.List;

/**
 * One page of a COL feed: its identified entries in feed order, the items that could not be read as
 * they stood ({@code problems}: every unidentifiable item, and every identified one that carries
 * problems), and the cursor or resumptionToken of the next page, null on the last.
 */
record FeedPage(List<FeedEntry> entries, List<ItemProblem> problems, String next) {
}
