package org.mcfed.connector.microcred;

import org.jsoup.nodes.Document;
import org.mcfed.connector.testkit.FixtureFiles;

import java.net.URI;

/** Fixture pages from {@code src/test/resources/fixtures}, decoded as the harvester decodes them (no charset header: the page declares its own). */
final class Fixtures {

    static final URI LISTING = URI.create("https://microcred.example/courses?page=1");

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        return FixtureFiles.bytes(name);
    }

    static Document page(String name, URI base) {
        return FixtureFiles.page(name, base);
    }

    /** The course URL a fixture stands for: {@code https://microcred.example/course/<fixture name>-<id>}. */
    static URI courseUrl(String name, String id) {
        return URI.create("https://microcred.example/course/" + name.replace(".html", "") + "-" + id);
    }
}
