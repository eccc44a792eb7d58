package org.mcfed.connector.listing;

import org.mcfed.connector.page.PageText;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Reads a local id from a detail URL's query (MQR's {@code NoRujA}, HKQR's {@code regNo}), as listings and sitemaps link them. */
public final class QueryParam {

    private QueryParam() {
    }

    /** A query parameter of a URL (name case-insensitive), form-decoded and cleaned ({@code MQA%2FSWA+0123} is {@code MQA/SWA 0123}); null when absent. */
    public static String of(URI url, String name) {
        return of(url.getRawQuery(), name);
    }

    /** A parameter of a raw query ({@link URI#getRawQuery()}; null for none), as {@link #of(URI, String)} reads it. */
    public static String of(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equalsIgnoreCase(name)) {
                return PageText.clean(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return null;
    }
}
