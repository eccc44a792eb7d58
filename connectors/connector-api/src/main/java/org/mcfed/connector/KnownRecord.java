package org.mcfed.connector;

/**
 * What the harvester remembers of a record from earlier runs: its HTTP validators for a
 * conditional GET, and the checksum of what was last published (an unchanged checksum is not republished).
 */
public record KnownRecord(String localId, String etag, String lastModified, String checksum) {
}
