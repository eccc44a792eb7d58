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

    /**
     * A parameter of a raw query ({@link URI#getRawQuery()}; null for none), as {@link #of(URI, String)} reads it: the
     * first pair whose name matches. Read in place, and decoded only when the value has a {@code %} or a {@code +}: an
     * incremental run reads one for every page a sitemap lists (713,288 at HKQR at a million records), and splitting
     * the query and decoding each value made about 170 MB of garbage in HKQR's sitemap pass (BENCHMARKS.md,
     * twenty-ninth session).
     */
    public static String of(String query, String name) {
        if (query == null) {
            return null;
        }
        int length = query.length();
        for (int from = 0; from < length; ) {
            int amp = query.indexOf('&', from);
            int end = amp < 0 ? length : amp;
            int eq = query.indexOf('=', from);
            if (eq > from && eq < end && eq - from == name.length() && query.regionMatches(true, from, name, 0, eq - from)) {
                String value = query.substring(eq + 1, end);
                return PageText.clean(plain(value) ? value : URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
            from = end + 1;
        }
        return null;
    }

    /** Whether form-decoding leaves {@code value} as it is. */
    private static boolean plain(String value) {
        return value.indexOf('%') < 0 && value.indexOf('+') < 0;
    }
}
