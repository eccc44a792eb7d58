package org.mcfed.connector.hkqr;

import org.jsoup.nodes.Document;
import org.mcfed.connector.testkit.FixtureFiles;

import java.net.URI;

/** Fixture pages from {@code src/test/resources/fixtures}, decoded as the harvester decodes them (no charset header: the page declares its own). */
final class Fixtures {

    static final URI EN_DETAIL = URI.create("https://hkqr.example/HKQRPRD/web/hkqr-en/search/detail");
    static final URI EN_LISTING = URI.create("https://hkqr.example/HKQRPRD/web/hkqr-en/search/result?page=1&maxCredit=59");

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        return FixtureFiles.bytes(name);
    }

    static Document page(String name, URI base) {
        return FixtureFiles.page(name, base);
    }

    static Document page(String name) {
        return page(name, EN_DETAIL);
    }
}
