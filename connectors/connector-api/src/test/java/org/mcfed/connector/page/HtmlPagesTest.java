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
    void defaultsToUtf8() {
        byte[] page = "<p>資歷名冊</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlPages.parse(page, null, null).selectFirst("p").text()).isEqualTo("資歷名冊");
    }
}
