package org.mcfed.connector;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a source said about one record, as harvested: the value on {@code mcfed.raw.v1}, keyed
 * {@link #key()}. {@code fields} holds the values the connector's parser extracted, under keys the
 * connector chooses (every value a list: a scalar is a list of one); {@code payload} keeps the
 * verbatim page or document where the mapper needs it (the COL feed's JSON). {@code problems} is
 * non-empty when the page could not be read: such a record is rejected downstream with those
 * reasons, never dropped. {@code deleted} marks a deletion (fields and payload then empty).
 *
 * @param source      the configured source name, e.g. {@code nzqa}
 * @param connector   the connector that fetched it, e.g. {@code nzqa} (the normalizer picks the mapper by it)
 * @param localId     the record's id at the source, e.g. {@code 4116-2}
 * @param url         the detail page (or feed item) it came from
 * @param fetchedAt   when it was fetched
 * @param contentType the media type of the payload as served
 * @param checksum    {@code sha256:<hex>} over the extracted fields and payload; unchanged checksum = unchanged record
 * @param fields      extracted values by connector-defined key
 * @param payload     the verbatim document where kept, else null
 * @param problems    why the page could not be read, empty when it could
 * @param deleted     true for a deletion
 * @param position    where the source stood when this record was emitted, for resuming
 */
public record RawRecord(
        String source,
        String connector,
        String localId,
        String url,
        Instant fetchedAt,
        String contentType,
        String checksum,
        Map<String, List<String>> fields,
        String payload,
        List<String> problems,
        boolean deleted,
        SourcePosition position) {

    /**
     * Field key under which a connector keeps the detail page's {@code ETag}, so the harvester can
     * build the next run's {@link KnownRecord} (keys starting with {@code _} are left out of the checksum).
     */
    public static final String ETAG_FIELD = "_http.etag";

    /** Field key for the detail page's {@code Last-Modified}, as {@link #ETAG_FIELD}. */
    public static final String LAST_MODIFIED_FIELD = "_http.last-modified";

    /** The validators of this record's page, for the next run's conditional GET (added for the harvester). */
    public KnownRecord toKnown() {
        return new KnownRecord(localId, first(ETAG_FIELD), first(LAST_MODIFIED_FIELD), checksum);
    }

    /** True when the page could not be read and the record must be rejected with {@link #problems()}. */
    public boolean unreadable() {
        return problems != null && !problems.isEmpty();
    }

    /** The Kafka key: {@code source:localId}. */
    public String key() {
        return source + ":" + localId;
    }

    /** The first value under {@code key}, or null. */
    public String first(String key) {
        List<String> values = fields == null ? null : fields.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Every value under {@code key}, never null. */
    public List<String> all(String key) {
        List<String> values = fields == null ? null : fields.get(key);
        return values == null ? List.of() : values;
    }
}
