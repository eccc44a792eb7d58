package org.mcfed.connector.testkit;

import org.mcfed.connector.http.FetchOutcome;
import org.mcfed.connector.page.PageParseException;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

/**
 * What one reading of a detail page answers, its fields or its parse error, so that a test can hold two
 * readings of the same bytes (from a jsoup document, and scanned) equal whichever they answer.
 */
public final class PageReading {

    private PageReading() {
    }

    /** A detail parser's reading of one page. */
    public interface Parse {
        Map<String, List<String>> fields() throws PageParseException;
    }

    /** The fields read, or the parse error's message. */
    public static Object of(Parse parse) {
        try {
            return parse.fields();
        } catch (PageParseException e) {
            return "PageParseException: " + e.getMessage();
        }
    }

    /** The bytes as a 200 answer fetched from {@code url}, with the charset its header declared (or null). */
    public static FetchOutcome.Fetched fetched(URI url, byte[] body, Charset header) {
        return new FetchOutcome.Fetched(url, 200, body, "text/html", header, null, null, 1);
    }
}
