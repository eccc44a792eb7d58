package org.mcfed.connector.listing;

/**
 * Reads an absolute http(s) URL of plain characters as {@code java.net.URI} would read it, without building one. A
 * sitemap's diff needs only each page's path and query to know the record (HKQR's {@code regNo}), and a URI's
 * parse was 30 % of the pass's CPU in a profile (BENCHMARKS.md, twenty-fifth session): the diff now builds a URI only
 * for the pages it fetches, 1 % of them after a 1 % change.
 * <p>
 * Plain means: {@code http://} or {@code https://}, a host of letters, digits, dots and hyphens with an optional port,
 * then a path, all in printable ASCII that a URI takes as it stands; no user info, no fragment, no space, and a
 * {@code %} only in the query and only before two hex digits (a URI's path is read percent-decoded, its raw query as
 * written). Anything else is not plain, and is read by {@code java.net.URI}. {@code PlainUrlTest} holds the two to
 * the same answers.
 */
final class PlainUrl {

    private PlainUrl() {
    }

    /** Whether {@code url} is plain: then {@link #path} and {@link #rawQuery} are the URI's path and raw query. */
    static boolean plain(String url) {
        int at = url.startsWith("http://") ? 7 : url.startsWith("https://") ? 8 : -1;
        if (at < 0) {
            return false;
        }
        int hostFrom = at;
        while (at < url.length() && hostChar(url.charAt(at))) {
            at++;
        }
        if (at == hostFrom || !letterOrDigit(url.charAt(hostFrom))) {
            return false;
        }
        if (at < url.length() && url.charAt(at) == ':') {
            int portFrom = ++at;
            while (at < url.length() && url.charAt(at) >= '0' && url.charAt(at) <= '9') {
                at++;
            }
            if (at == portFrom) {
                return false;
            }
        }
        if (at == url.length() || url.charAt(at) != '/') {
            return false;
        }
        boolean query = false;
        for (; at < url.length(); at++) {
            char c = url.charAt(at);
            if (c == '?') {
                query = true;
            } else if (c == '%') {
                if (!query || at + 2 >= url.length() || !hex(url.charAt(at + 1)) || !hex(url.charAt(at + 2))) {
                    return false;
                }
                at += 2;
            } else if (!pathChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** The path of a {@link #plain} URL, from the {@code /} after its host (and port). */
    static String path(String url) {
        int from = url.indexOf('/', url.indexOf("//") + 2);
        int query = url.indexOf('?', from);
        return url.substring(from, query < 0 ? url.length() : query);
    }

    /** The raw query of a {@link #plain} URL, or null when it has none. */
    static String rawQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? null : url.substring(query + 1);
    }

    private static boolean hostChar(char c) {
        return letterOrDigit(c) || c == '.' || c == '-';
    }

    private static boolean letterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** A character a URI's path and query take as it stands: unreserved, and the punctuation RFC 2396 allows there. */
    private static boolean pathChar(char c) {
        return letterOrDigit(c) || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
    }
}
