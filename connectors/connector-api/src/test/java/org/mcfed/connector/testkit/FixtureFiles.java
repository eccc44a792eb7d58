package org.mcfed.connector.testkit;

import org.jsoup.nodes.Document;
import org.mcfed.connector.page.HtmlPages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

/** A connector's fixture files, {@code src/test/resources/fixtures/<name>}, as bytes or as the page the harvester would read. */
public final class FixtureFiles {

    private FixtureFiles() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = FixtureFiles.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture decoded as the harvester decodes a page served without a charset header (the page declares its own). */
    public static Document page(String name, URI url) {
        return HtmlPages.parse(bytes(name), null, url);
    }
}
