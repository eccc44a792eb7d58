package org.mcfed.connector.listing;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sitemap files gunzipped one after another into one buffer: each file's bytes exactly, bounded, whatever its gzip. */
class SitemapBytesTest {

    private static byte[] gzip(byte[]... members) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] member : members) {
            try (GZIPOutputStream gz = new GZIPOutputStream(out) {
                @Override
                public void close() throws IOException {
                    finish();
                }
            }) {
                gz.write(member);
            }
        }
        return out.toByteArray();
    }

    private static byte[] text(int length, long seed) {
        Random random = new Random(seed);
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) ('a' + random.nextInt(8));
        }
        return b;
    }

    private static byte[] of(SitemapBytes.Xml xml) {
        return Arrays.copyOf(xml.bytes(), xml.length());
    }

    @Test
    void filesOfEverySizeComeOutWholeThroughOneBuffer() throws IOException {
        SitemapBytes bytes = new SitemapBytes(4 << 20);
        for (int length : new int[] {300_000, 10, 0, 1_000_000, 65_536, 999_999, 2_500_000, 1}) {
            byte[] xml = text(length, length);
            assertThat(of(bytes.xml(gzip(xml)))).as("%d bytes", length).isEqualTo(xml);
        }
    }

    @Test
    void aPlainBodyIsTheXmlAsItCame() throws IOException {
        byte[] body = "<urlset/>".getBytes(StandardCharsets.US_ASCII);
        SitemapBytes.Xml xml = new SitemapBytes(1024).xml(body);
        assertThat(xml.bytes()).isSameAs(body);
        assertThat(xml.length()).isEqualTo(body.length);
    }

    @Test
    void aFileOfSeveralMembersIsReadPastTheLastMembersLength() throws IOException {
        byte[] first = text(200_000, 1);
        byte[] last = text(1_000, 2);
        byte[] whole = new byte[first.length + last.length];
        System.arraycopy(first, 0, whole, 0, first.length);
        System.arraycopy(last, 0, whole, first.length, last.length);
        assertThat(of(new SitemapBytes(1 << 20).xml(gzip(first, last)))).isEqualTo(whole);
    }

    @Test
    void aFileBeyondTheBoundFailsWhateverItsTrailerSays() throws IOException {
        byte[] bomb = gzip(new byte[3 << 20]);
        assertThatThrownBy(() -> new SitemapBytes(1 << 20).xml(bomb)).hasMessage("uncompressed sitemap exceeds 1048576 bytes");
        byte[] lying = bomb.clone();
        lying[lying.length - 4] = 10;
        lying[lying.length - 3] = 0;
        lying[lying.length - 2] = 0;
        lying[lying.length - 1] = 0;
        assertThatThrownBy(() -> new SitemapBytes(1 << 20).xml(lying)).hasMessage("uncompressed sitemap exceeds 1048576 bytes");
        byte[] exact = gzip(new byte[1 << 20]);
        assertThat(new SitemapBytes(1 << 20).xml(exact).length()).isEqualTo(1 << 20);
    }
}
