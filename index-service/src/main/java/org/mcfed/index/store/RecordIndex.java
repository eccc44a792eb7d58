package org.mcfed.index.store;

import org.mcfed.col.record.ColRecord;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Read access to the records the index holds, for every part of the service that serves records
 * other than search: the COL JSON feed, the OAI-PMH provider, exports and the operators' dashboard.
 * It is backed by the same Lucene index as search (one {@code @ApplicationScoped} bean, inject it
 * with {@code @Inject RecordIndex index}); every call reads one point-in-time snapshot, so it never
 * sees half an update, and it is near-real-time (a record consumed from {@code mcfed.records.v1}
 * is visible within about a second).
 *
 * <p>Deleted records (tombstones on the topic) are gone from {@link #get}, {@link #forEach} and
 * {@link #count}, but stay visible as deletions in {@link #changes}, so a feed or OAI-PMH
 * ({@code deletedRecord=persistent}) can report them.
 */
public interface RecordIndex {

    /** The record with this COL id ({@code hkqr:22/000567/L4}), or empty when absent or deleted. */
    Optional<ColRecord> get(String id);

    /**
     * Records and deletions whose change time ({@link Change#at()}: the record's {@code updatedAt},
     * or when the tombstone was consumed) lies in {@code [from, until]}, in the order of that time
     * then id, one page at a time.
     *
     * @param from inclusive lower bound, null for the beginning
     * @param until inclusive upper bound, null for no bound
     * @param country ISO 3166-1 alpha-2 issuer country to restrict to (an OAI-PMH set), null for all;
     *                a deletion matches the country its record had when it was deleted
     * @param cursor null for the first page, else {@link Page#next()} of the previous page (opaque)
     * @param limit page size, 1..1000
     * @throws IllegalArgumentException for a cursor this index did not issue, or a limit out of range;
     *                                  the message is fit to show to the client (answer 400)
     */
    Page<Change> changes(Instant from, Instant until, String country, String cursor, int limit);

    /** {@link #changes} from {@code since} (inclusive) on, for the COL JSON feed. */
    default Page<Change> changesSince(Instant since, String cursor, int limit) {
        return changes(since, null, null, cursor, limit);
    }

    /** The earliest change time held (OAI-PMH {@code earliestDatestamp}), empty for an empty index. */
    Optional<Instant> earliestChange();

    /** The latest change time held ({@code Last-Modified} of feeds), empty for an empty index. */
    Optional<Instant> latestChange();

    /**
     * Streams every live record of one snapshot to {@code sink}, in no particular order, without
     * holding them all in memory (exports of a million records). A runtime exception thrown by the
     * sink stops the walk and propagates.
     */
    void forEach(Consumer<ColRecord> sink);

    /** How many live (not deleted) records the index holds. */
    long count();
}
