package org.mcfed.index.feed;

import java.time.Instant;

/** One entry of the feed's {@code deleted} list: a record withdrawn from this aggregator and when. */
public record Deletion(String id, Instant deletedAt) {
}
