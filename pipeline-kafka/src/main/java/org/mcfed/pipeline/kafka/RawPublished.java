package org.mcfed.pipeline.kafka;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;

/**
 * The header a normaliser's write carries: when the raw value it came from was published on
 * {@code mcfed.raw.v1} (that record's timestamp, epoch milliseconds in decimal ASCII). The records
 * topic's own timestamp says when the normaliser wrote, and the record's provenance when its page was
 * fetched, so with this header the index-service can split a record's delay from fetch to search
 * into the harvester's share, the normaliser's and its own ({@code GET /api/admin/freshness}).
 * Writes without it (older normalisers, tools) simply give no breakdown.
 */
public final class RawPublished {

    /** The header's name. */
    public static final String HEADER = "mcfed-raw-published";

    private RawPublished() {
    }

    /** The header for a raw record published at {@code epochMillis}. */
    public static Header header(long epochMillis) {
        return new RecordHeader(HEADER, Long.toString(epochMillis).getBytes(StandardCharsets.US_ASCII));
    }

    /** The instant carried by {@code headers} in epoch milliseconds, or -1 when there is none or it is not a number. */
    public static long read(Headers headers) {
        Header h = headers.lastHeader(HEADER);
        if (h == null || h.value() == null || h.value().length == 0 || h.value().length > 19) {
            return -1;
        }
        long millis = 0;
        for (byte b : h.value()) {
            if (b < '0' || b > '9') {
                return -1;
            }
            millis = millis * 10 + (b - '0');
        }
        return millis;
    }
}
