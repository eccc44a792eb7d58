package org.mcfed.harvester.state;

/**
 * An ETag of the common form, quotes around 1 to 16 lower-case hexadecimal digits ({@code "5f3a9c0e12ab44d1"}, what
 * the sandbox and many web servers send), held as a number and its digit count: the string took 64 bytes of heap for
 * each known record. Anything else (a weak tag, upper case, more digits, nothing between the quotes) is not encoded
 * and is kept as it came, so that {@link #decode} gives back the very value the next conditional GET sends.
 */
final class CompactEtag {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CompactEtag() {
    }

    /** How many digits the tag has when it can be encoded, else 0. */
    static byte digits(String etag) {
        if (etag == null || etag.length() < 3 || etag.length() > 18 || etag.charAt(0) != '"' || etag.charAt(etag.length() - 1) != '"') {
            return 0;
        }
        for (int i = 1; i < etag.length() - 1; i++) {
            char c = etag.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return 0;
            }
        }
        return (byte) (etag.length() - 2);
    }

    /** The digits' value, for a tag {@link #digits} encodes. */
    static long value(String etag) {
        return Long.parseUnsignedLong(etag, 1, etag.length() - 1, 16);
    }

    /** The tag written with {@code digits} digits, leading zeros kept. */
    static String decode(long value, byte digits) {
        char[] out = new char[digits + 2];
        out[0] = '"';
        out[out.length - 1] = '"';
        long v = value;
        for (int i = digits; i >= 1; i--) {
            out[i] = HEX[(int) (v & 0xf)];
            v >>>= 4;
        }
        return new String(out);
    }
}
