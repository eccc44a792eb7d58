package org.mcfed.harvester.state;

import org.mcfed.connector.KnownRecord;

/**
 * A {@link KnownEntry} as {@link SourceState} holds it: one object instead of two, the checksum as its
 * bytes and the Last-Modified date as a number ({@link CompactChecksum}, {@link CompactHttpDate}), the
 * source, connector and run names shared, the local id being the map's key. At a million known
 * records a harvester holds a million of these for as long as it runs.
 */
final class StoredEntry {

    private final String connector;
    private final String etag;
    private final String url;
    private final String lastSeenRun;
    private final long lastModified;
    /** The Last-Modified value when {@link #lastModified} is {@link CompactHttpDate#NONE}; may be null. */
    private final String lastModifiedText;
    private final byte[] checksum;
    /** The checksum when {@link #checksum} is null; may be null. */
    private final String checksumText;

    StoredEntry(String connector, KnownRecord known, String url, String lastSeenRun) {
        this.connector = connector;
        this.etag = known.etag();
        this.url = url;
        this.lastSeenRun = lastSeenRun;
        this.lastModified = CompactHttpDate.encode(known.lastModified());
        this.lastModifiedText = lastModified == CompactHttpDate.NONE ? known.lastModified() : null;
        this.checksum = CompactChecksum.encode(known.checksum());
        this.checksumText = checksum == null ? known.checksum() : null;
    }

    KnownRecord known(String localId) {
        return new KnownRecord(localId, etag,
                lastModified == CompactHttpDate.NONE ? lastModifiedText : CompactHttpDate.decode(lastModified),
                checksum == null ? checksumText : CompactChecksum.decode(checksum));
    }

    KnownEntry entry(String source, String localId) {
        return new KnownEntry(source, connector, known(localId), url, lastSeenRun);
    }

    String lastSeenRun() {
        return lastSeenRun;
    }
}
