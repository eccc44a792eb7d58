package org.mcfed.connector.colfeed;

import org.mcfed.connector.page.PageParseException;

import java.net.URI;
import java.time.Instant;

/**
 * One of the two ways a registry exposes the COL feed (docs/sources/col-feed.md): where the pages
 * are and how one reads. The paging loop, watermark and record building are {@link ColFeedTask}'s.
 */
interface FeedProtocol {

    /** The first page: every record when {@code since} is null, else the changes at or after it. */
    URI firstPage(Instant since);

    /** The page after one whose {@code next} cursor (or resumptionToken) was {@code next}. */
    URI nextPage(String next, Instant since);

    /** One page as read from {@code page}; its item problems name that URL. */
    FeedPage parse(URI page, byte[] body) throws PageParseException;

    /** Where one record can be read on its own, for provenance; {@code page} when the protocol has no such address. */
    String itemUrl(String id, URI page);
}
