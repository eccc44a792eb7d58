package org.mcfed.index.validate;

import java.util.Locale;

/**
 * The host (lower case: names are case-insensitive) and port of a URL's authority, read from the
 * raw text: {@link java.net.URI#getHost()} is null for hosts such as {@code 0x7f.1} or
 * {@code 2130706433}, which must still be judged.
 */
record HostPort(String host, int port, boolean bracketed) {

    static HostPort of(String authority, int defaultPort) throws UrlRefused {
        String host;
        String port = null;
        boolean bracketed = authority.startsWith("[");
        if (bracketed) {
            int end = authority.indexOf(']');
            if (end < 0) {
                throw new UrlRefused("unclosed IPv6 address in " + authority);
            }
            host = authority.substring(1, end);
            String rest = authority.substring(end + 1);
            if (rest.startsWith(":")) {
                port = rest.substring(1);
            } else if (!rest.isEmpty()) {
                throw new UrlRefused("unreadable host " + authority);
            }
        } else {
            int colon = authority.lastIndexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            port = colon < 0 ? null : authority.substring(colon + 1);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            throw new UrlRefused("the URL names no host");
        }
        if (port == null || port.isEmpty()) {
            return new HostPort(host, defaultPort, bracketed);
        }
        try {
            int p = Integer.parseInt(port);
            if (p < 1 || p > 65535) {
                throw new UrlRefused("port " + port + " is out of range");
            }
            return new HostPort(host, p, bracketed);
        } catch (NumberFormatException e) {
            throw new UrlRefused("port '" + port + "' is not a number");
        }
    }
}
