package org.mcfed.index.ui;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tarball reader and integrity check behind {@link AxeCore}, on a tarball made here in npm's layout. */
class AxeCoreTest {

    @Test
    void readsAFileOutOfAGzippedUstarArchiveWhateverComesBeforeIt() throws IOException {
        byte[] tgz = tgz("package/package.json", "{\"name\":\"axe-core\"}", "package/axe.min.js", "window.axe = {};");
        assertThat(new String(AxeCore.entry(tgz, "package/axe.min.js"), StandardCharsets.UTF_8)).isEqualTo("window.axe = {};");
        assertThatThrownBy(() -> AxeCore.entry(tgz, "package/axe.js")).hasMessageContaining("no package/axe.js in the axe-core");
    }

    @Test
    void integrityIsTheNpmSha512FormAndTellsTwoTarballsApart() throws IOException {
        // sha512 of the empty input, as npm's dist.integrity writes it
        assertThat(AxeCore.integrity(new byte[0]))
                .isEqualTo("sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==");
        assertThat(AxeCore.integrity(tgz("package/axe.min.js", "a"))).isNotEqualTo(AxeCore.integrity(tgz("package/axe.min.js", "b")));
    }

    /** A gzipped ustar archive of the given name/content pairs. */
    private static byte[] tgz(String... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                byte[] body = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
                byte[] header = new byte[512];
                put(header, 0, namesAndContents[i]);
                put(header, 124, String.format("%011o", body.length));
                header[156] = '0';
                put(header, 257, "ustar");
                gz.write(header);
                gz.write(body);
                gz.write(new byte[(512 - body.length % 512) % 512]);
            }
            gz.write(new byte[1024]);
        }
        return out.toByteArray();
    }

    private static void put(byte[] header, int offset, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, header, offset, bytes.length);
    }
}
