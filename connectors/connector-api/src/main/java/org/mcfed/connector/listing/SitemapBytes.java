package org.mcfed.connector.listing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * A sitemap file's XML as one reader reads its files in turn: a plain body as it came, a gzip body gunzipped into a
 * buffer that the reader's next file reuses. Gunzipped by {@code readNBytes}, each of HKQR's files at a million records
 * (about 6.5 MB of XML) was read into 8 kB pieces and copied into an array of its own, 13 MB of garbage a file; the
 * buffer is sized once from the gzip trailer's length and grows only for a larger file. The XML of a file is valid
 * until the next file is read.
 */
final class SitemapBytes {

    /** Bytes {@code [0, length)} of {@code bytes}. */
    record Xml(byte[] bytes, int length) {
    }

    private final int maxUncompressed;
    private byte[] buffer = new byte[0];

    /** @param maxUncompressed the most bytes a file may gunzip to; also the guard against a gzip bomb */
    SitemapBytes(int maxUncompressed) {
        this.maxUncompressed = maxUncompressed;
    }

    /** The body's XML, gunzipped (bounded) when it starts with the gzip magic bytes. */
    Xml xml(byte[] body) throws IOException {
        if (body.length < 2 || (body[0] & 0xff) != 0x1f || (body[1] & 0xff) != 0x8b) {
            return new Xml(body, body.length);
        }
        // the last member's length mod 2^32 (RFC 1952): the whole file's for the usual single member; one more byte so
        // that the end of the stream is seen without growing
        long trailer = body.length < 18 ? 0 : (body[body.length - 4] & 0xffL) | (body[body.length - 3] & 0xffL) << 8
                | (body[body.length - 2] & 0xffL) << 16 | (body[body.length - 1] & 0xffL) << 24;
        if (trailer + 1 > buffer.length) {
            buffer = new byte[(int) Math.min(trailer + 1, maxUncompressed + 1L)];
        }
        int length = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body), 1 << 16)) {
            while (true) {
                if (length == buffer.length) {
                    if (length > maxUncompressed) {
                        throw new IOException("uncompressed sitemap exceeds " + maxUncompressed + " bytes");
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min(Math.max(2L * length, 1 << 16), maxUncompressed + 1L));
                }
                int n = in.read(buffer, length, buffer.length - length);
                if (n < 0) {
                    break;
                }
                length += n;
            }
        }
        return new Xml(buffer, length);
    }
}
