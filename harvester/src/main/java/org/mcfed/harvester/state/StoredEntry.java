package org.mcfed.harvester.state;

import org.mcfed.connector.KnownRecord;
import org.mcfed.connector.listing.HttpDate;

import java.time.Instant;

/**
 * A {@link KnownEntry} as {@link SourceState} holds it: one object instead of two, the checksum as its
 * bytes, the Last-Modified date and the ETag as numbers ({@link CompactChecksum}, {@link CompactHttpDate},
 * {@link CompactEtag}), the source, connector and run names and the start of the URL shared, the local id
 * being the map's key. At a million known records a harvester holds a million of these for as long as it runs.
 */
final class StoredEntry {

    private final String connector;
    /** The ETag when {@link #etagDigits} is 0 (not encoded by {@link CompactEtag}); may be null. */
    private final String etagText;
    private final long etagValue;
    private final byte etagDigits;
    /** The start of the URL that many of the source's records share (one instance for all), or null. */
    private final String urlPrefix;
    /** The rest of the URL after {@link #urlPrefix}, or the whole URL; may be null. */
    private final String urlRest;
    private final String lastSeenRun;
    private final long lastModified;
    /** The Last-Modified value when {@link #lastModified} is {@link CompactHttpDate#NONE}; may be null. */
    private final String lastModifiedText;
    private final byte[] checksum;
    /** The checksum when {@link #checksum} is null; may be null. */
    private final String checksumText;

    /**
     * @param urlPrefix a start of {@code url} to share with other entries ({@link SourceState} picks it), or null to
     *                  hold the whole URL
     */
    StoredEntry(String connector, KnownRecord known, String url, String urlPrefix, String lastSeenRun) {
        this.connector = connector;
        this.etagDigits = CompactEtag.digits(known.etag());
        this.etagValue = etagDigits == 0 ? 0 : CompactEtag.value(known.etag());
        this.etagText = etagDigits == 0 ? known.etag() : null;
        this.urlPrefix = urlPrefix;
        this.urlRest = urlPrefix == null ? url : url.substring(urlPrefix.length());
        this.lastSeenRun = lastSeenRun;
        this.lastModified = CompactHttpDate.encode(known.lastModified());
        this.lastModifiedText = lastModified == CompactHttpDate.NONE ? known.lastModified() : null;
        this.checksum = CompactChecksum.encode(known.checksum());
        this.checksumText = checksum == null ? known.checksum() : null;
    }

    KnownRecord known(String localId) {
        return new KnownRecord(localId, etagDigits == 0 ? etagText : CompactEtag.decode(etagValue, etagDigits),
                lastModified == CompactHttpDate.NONE ? lastModifiedText : CompactHttpDate.decode(lastModified),
                checksum == null ? checksumText : CompactChecksum.decode(checksum));
    }

    /** The Last-Modified as an instant, as {@code HttpDate.parse} reads {@link #known}'s text, without making the text. */
    Instant lastModifiedInstant() {
        return lastModified == CompactHttpDate.NONE ? HttpDate.parse(lastModifiedText) : CompactHttpDate.instant(lastModified);
    }

    KnownEntry entry(String source, String localId) {
        return new KnownEntry(source, connector, known(localId), urlPrefix == null ? urlRest : urlPrefix + urlRest, lastSeenRun);
    }

    String lastSeenRun() {
        return lastSeenRun;
    }
}
