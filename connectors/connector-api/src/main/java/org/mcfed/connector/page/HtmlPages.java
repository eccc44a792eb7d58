package org.mcfed.connector.page;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.mcfed.connector.http.FetchOutcome;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;

/**
 * Turns fetched bytes into a jsoup document decoded by the declared charset: the HTTP header's
 * charset when it names one, else the page's byte-order mark or {@code <meta charset>} (jsoup's
 * detection), else UTF-8. Registries serve windows-1252 pages beside UTF-8 ones, so bytes are never
 * decoded with a guessed default before this point.
 */
public final class HtmlPages {

    private HtmlPages() {
    }

    public static Document parse(FetchOutcome.Fetched page) {
        return parse(page.body(), page.charset(), page.url());
    }

    /** @param declared the header's charset, or null to let the page declare its own */
    public static Document parse(byte[] body, Charset declared, URI baseUri) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), declared == null ? null : declared.name(),
                    baseUri == null ? "" : baseUri.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an in-memory page", e);
        }
    }
}
