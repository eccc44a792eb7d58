package org.mcfed.connector.colfeed;

import java.net.URI;

/** Base URL handling shared by both protocols: a configured base may or may not end with a slash. */
final class FeedUrls {

    private FeedUrls() {
    }

    static String trimmed(URI base) {
        String s = base.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
