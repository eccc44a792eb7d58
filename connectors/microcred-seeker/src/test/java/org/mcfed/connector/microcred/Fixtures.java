package org.mcfed.connector.microcred;

import org.jsoup.nodes.Document;
import org.mcfed.connector.page.HtmlPages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

/** Fixture pages from {@code src/test/resources/fixtures}, decoded as the harvester decodes them (no charset header: the page declares its own). */
final class Fixtures {

    static final URI LISTING = URI.create("https://microcred.example/courses?page=1");

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

    /** The course URL a fixture stands for: {@code https://microcred.example/course/<fixture name>-<id>}. */
    static URI courseUrl(String name, String id) {
        return URI.create("https://microcred.example/course/" + name.replace(".html", "") + "-" + id);
    }
}
