package org.mcfed.sandbox.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;

/**
 * One parsed HTTP/1.1 request: method, the raw target as sent (faults are keyed on it so they
 * are reproducible), the path and the decoded query parameters, and headers by lower-case name.
 */
public final class HttpRequest {
    private final String method;
    private final String target;
    private final String path;
    private final Map<String, List<String>> query;
    private final Map<String, String> headers;
    private final String version;

    public HttpRequest(String method, String target, String version, Map<String, String> headers) {
        this.method = method;
        this.target = target;
        this.version = version;
        this.headers = headers;
        int q = target.indexOf('?');
        String rawPath = q < 0 ? target : target.substring(0, q);
        this.path = decode(rawPath, false);
        this.query = q < 0 ? Collections.emptyMap() : parseQuery(target.substring(q + 1));
    }

    static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = decode(eq < 0 ? pair : pair.substring(0, eq), true);
            String v = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
            out.computeIfAbsent(k, x -> new ArrayList<>(1)).add(v);
        }
        return out;
    }

    private static String decode(String s, boolean plusIsSpace) {
        if (s.indexOf('%') < 0 && (!plusIsSpace || s.indexOf('+') < 0)) {
            return s;
        }
        try {
            return URLDecoder.decode(plusIsSpace ? s : s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    public String method() {
        return method;
    }

    /** The request target exactly as sent (path and query, still encoded). */
    public String target() {
        return target;
    }

    /** The decoded path. */
    public String path() {
        return path;
    }

    public String version() {
        return version;
    }

    /** The first value of a query parameter, or null. */
    public String param(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    public List<String> params(String name) {
        return query.getOrDefault(name, List.of());
    }

    public Map<String, List<String>> query() {
        return query;
    }

    /** A header by case-insensitive name, or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    public boolean keepAlive() {
        String c = header("connection");
        if ("HTTP/1.0".equals(version)) {
            return c != null && c.equalsIgnoreCase("keep-alive");
        }
        return c == null || !c.toLowerCase(java.util.Locale.ROOT).contains("close");
    }
}
