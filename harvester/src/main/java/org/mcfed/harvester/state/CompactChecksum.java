package org.mcfed.harvester.state;

import java.util.HexFormat;

/**
 * A record's {@code sha256:<64 hex digits>} checksum held as its 32 bytes: the 71-character string
 * took 112 bytes of heap for each known record. Anything else (another algorithm, upper-case hex)
 * is not encoded and is kept as it came.
 */
final class CompactChecksum {

    private static final String PREFIX = "sha256:";
    private static final HexFormat HEX = HexFormat.of();

    private CompactChecksum() {
    }

    /** The digest's bytes, or null when the value is not a lower-case SHA-256 checksum. */
    static byte[] encode(String checksum) {
        if (checksum == null || checksum.length() != PREFIX.length() + 64 || !checksum.startsWith(PREFIX)) {
            return null;
        }
        for (int i = PREFIX.length(); i < checksum.length(); i++) {
            char c = checksum.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return null;
            }
        }
        return HEX.parseHex(checksum, PREFIX.length(), checksum.length());
    }

    static String decode(byte[] digest) {
        return PREFIX + HEX.formatHex(digest);
    }
}
