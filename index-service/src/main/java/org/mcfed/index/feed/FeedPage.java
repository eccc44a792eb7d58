package org.mcfed.index.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.mcfed.col.record.ColRecord;

import java.util.List;

/**
 * One page of the COL JSON feed, exactly the shape of docs/sources/col-feed.md:
 * {@code records}, {@code deleted}, and {@code next} (null on the last page).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FeedPage(List<ColRecord> records, List<Deletion> deleted, String next) {
}
