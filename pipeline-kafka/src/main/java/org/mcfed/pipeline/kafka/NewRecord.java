package org.mcfed.pipeline.kafka;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * The header a normaliser's write carries when the write comes from a record new to {@code mcfed.records.v1}: the
 * record itself, or a record the normaliser republishes because it is now linked to it in {@code sameAs}. A write
 * without it changes or deletes a record the topic held (or comes from an older normaliser, or a tool).
 *
 * <p>Whether a write is a change or a new record is what tells a registry's first harvest from an incremental run;
 * the rate of writes does not (against the sandbox both go as fast as the machine). The index-service refreshes its
 * searchers within half a second while a change waits, but less often while only new records do: each refresh
 * flushes a segment that is merged again later, and a million-record first harvest cost the index-service about
 * 7 % less CPU this way (BENCHMARKS.md, 2026-12-07, thirty-seventh session).
 */
public final class NewRecord {

    /** The header's name. */
    public static final String HEADER = "mcfed-new-record";

    private static final byte[] YES = {'1'};

    private NewRecord() {
    }

    /** The header, for a write that comes from a record new to the topic. */
    public static Header header() {
        return new RecordHeader(HEADER, YES);
    }

    /** Whether {@code headers} say the write comes from a record new to the topic. */
    public static boolean read(Headers headers) {
        Header h = headers.lastHeader(HEADER);
        return h != null && h.value() != null && h.value().length == 1 && h.value()[0] == '1';
    }
}
