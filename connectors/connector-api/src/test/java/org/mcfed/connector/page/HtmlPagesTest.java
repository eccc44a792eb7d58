package org.mcfed.connector.page;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

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

    @Test
    void defaultsToUtf8() {
        byte[] page = "<p>資歷名冊</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlPages.parse(page, null, null).selectFirst("p").text()).isEqualTo("資歷名冊");
    }
}
