package org.mcfed.connector;

import java.time.Instant;

/**
 * Known records (the map a task gets at {@link SourceTask#start}) that give a record's Last-Modified as an instant
 * without decoding the whole record. A sitemap's diff reads it for every page the registry lists (713,288 at HKQR in
 * the million-record benchmark), and the harvester holds it as a number: decoding each record to its text, then
 * parsing the text back, was a tenth of the harvester's CPU while it read that sitemap. A map that does not
 * implement this is read through {@link KnownRecord#lastModified()}.
 */
public interface KnownLastModified {

    /** The Last-Modified of the record {@code localId} as an instant; null when unknown, absent or not an HTTP date. */
    Instant lastModifiedInstant(String localId);
}
