package org.mcfed.connector.page;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlPagesTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    void decodesByTheMetaCharsetWhenTheHeaderDeclaresNone() {
        byte[] page = "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 \u2013 na\u00efve</p></body></html>"
                .getBytes(CP1252);
        assertThat(HtmlPages.parse(page, null, URI.create("http://x/")).selectFirst("p").text()).isEqualTo("Café – naïve");
    }

    @Test
    void theHeaderCharsetWinsOverAWrongMeta() {
        byte[] page = "<html><head><meta charset=\"windows-1252\"></head><body><p>香港 Māori</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlPages.parse(page, StandardCharsets.UTF_8, null).selectFirst("p").text()).isEqualTo("香港 Māori");
    }

    @Test
    void aPageDeclaredWindows1252ButWrittenInUtf8IsReadAsUtf8() {
        byte[] page = "<html><head><meta charset=\"windows-1252\"></head><body><p>Māori – café</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlPages.parse(page, CP1252, null).selectFirst("p").text()).isEqualTo("Māori – café");
    }

    @Test
    void onlyWellFormedMultiByteSequencesCountAsUtf8() {
        assertThat(HtmlPages.isMultiByteUtf8("plain ascii".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(HtmlPages.isMultiByteUtf8("café".getBytes(CP1252))).isFalse();
        assertThat(HtmlPages.isMultiByteUtf8("café".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(HtmlPages.isMultiByteUtf8(new byte[]{'a', (byte) 0xC3})).as("cut mid-sequence").isFalse();
        assertThat(HtmlPages.isMultiByteUtf8("資歷".getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    /**
     * The eight-bytes-at-a-time check and the one-pass decode answer as the plain byte loop does (the text is UTF-8
     * where the loop says so, else the declared charset's): random pages of ASCII runs of every length around the
     * word boundary, well-formed sequences, and the sequences a lenient check and the JDK's strict decoder see
     * differently (overlong, surrogate, past U+10FFFF, cut, a real U+FFFD).
     */
    @Test
    void theFastUtf8ChecksAgreeWithTheByteLoopOnRandomPages() {
        byte[][] parts = {"a".getBytes(StandardCharsets.US_ASCII), "<td class=\"label\">".getBytes(StandardCharsets.US_ASCII),
                "ā".getBytes(StandardCharsets.UTF_8), "資".getBytes(StandardCharsets.UTF_8), "😀".getBytes(StandardCharsets.UTF_8),
                "\uFFFD".getBytes(StandardCharsets.UTF_8), {(byte) 0xE9}, {(byte) 0xC3}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
                {(byte) 0x80}, {(byte) 0xE8, (byte) 0xB3}};
        Random random = new Random(16);
        for (int n = 0; n < 200_000; n++) {
            java.io.ByteArrayOutputStream page = new java.io.ByteArrayOutputStream();
            int pieces = random.nextInt(12);
            for (int k = 0; k < pieces; k++) {
                // mostly ASCII, as pages are, with an occasional other sequence
                byte[] part = parts[random.nextInt(4) == 0 ? random.nextInt(parts.length) : random.nextInt(2)];
                int repeat = 1 + random.nextInt(part.length == 1 ? 20 : 2);
                for (int r = 0; r < repeat; r++) {
                    page.writeBytes(part);
                }
            }
            byte[] bytes = page.toByteArray();
            boolean expected = byteLoop(bytes);
            assertThat(HtmlPages.isMultiByteUtf8(bytes)).as("%s", java.util.HexFormat.of().formatHex(bytes)).isEqualTo(expected);
            String utf8 = new String(bytes, StandardCharsets.UTF_8);
            String hex = java.util.HexFormat.of().formatHex(bytes);
            assertThat(HtmlPages.text(bytes, null)).as("%s", hex).isEqualTo(expected ? utf8 : null);
            assertThat(HtmlPages.text(bytes, CP1252)).as("%s", hex).isEqualTo(expected ? utf8 : new String(bytes, CP1252));
            assertThat(HtmlPages.text(bytes, StandardCharsets.UTF_8)).as("%s", hex).isEqualTo(utf8);
        }
    }

    /** The check as it was before it skipped ASCII words: one byte at a time. */
    private static boolean byteLoop(byte[] bytes) {
        boolean multiByte = false;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int extra;
            if (b < 0x80) {
                i++;
                continue;
            } else if (b >= 0xC2 && b <= 0xDF) {
                extra = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                extra = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                extra = 3;
            } else {
                return false;
            }
            if (i + extra >= bytes.length) {
                return false;
            }
            for (int k = 1; k <= extra; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            multiByte = true;
            i += extra + 1;
        }
        return multiByte;
    }

    @Test
    void defaultsToUtf8() {
        byte[] page = "<p>資歷名冊</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlPages.parse(page, null, null).selectFirst("p").text()).isEqualTo("資歷名冊");
    }
}
