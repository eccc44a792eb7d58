package org.mcfed.connector.hkqr;

import org.jsoup.nodes.Document;
import org.mcfed.connector.page.HtmlPages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

/** Fixture pages from {@code src/test/resources/fixtures}, decoded as the harvester decodes them (no charset header: the page declares its own). */
final class Fixtures {

    static final URI EN_DETAIL = URI.create("https://hkqr.example/HKQRPRD/web/hkqr-en/search/detail");
    static final URI EN_LISTING = URI.create("https://hkqr.example/HKQRPRD/web/hkqr-en/search/result?page=1&maxCredit=59");

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document page(String name, URI base) {
        return HtmlPages.parse(bytes(name), null, base);
    }

    static Document page(String name) {
        return page(name, EN_DETAIL);
    }
}
