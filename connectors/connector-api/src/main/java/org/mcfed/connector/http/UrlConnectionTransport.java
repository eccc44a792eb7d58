package org.mcfed.connector.http;

import org.mcfed.connector.SourceConfig;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link HttpTransport} over {@code HttpURLConnection}: blocking HTTP/1.1 with the JDK's keep-alive
 * connection cache, redirects followed, connect and read timeouts from the source's request timeout.
 * Its body is a {@link CountedBody}: shorter than its Content-Length it is an {@link IOException}, and
 * closed before its end it drops the connection.
 *
 * <p>The JVM's proxy settings ({@link ProxySelector#getDefault()}: {@code http.proxyHost}, {@code http.nonProxyHosts}
 * and the like) are asked once per origin, not per request: {@code HttpURLConnection} asks the selector on every
 * request and first parses the URL into a URI again for it, 2.6 % of the harvester's CPU in a profile of the
 * benchmark (BENCHMARKS.md, 2026-12-05, twentieth session). The selector's first choice is kept; a redirect to
 * another origin goes through the choice of the origin it came from.
 */
final class UrlConnectionTransport implements HttpTransport {

    static final String NAME = "url-connection";

    private final int connectTimeoutMillis;
    /** The proxy (or {@link Proxy#NO_PROXY}) of each origin ({@code scheme://authority}) requested so far. */
    private final Map<String, Proxy> proxies = new ConcurrentHashMap<>();

    UrlConnectionTransport(SourceConfig config) {
        this.connectTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, config.requestTimeout().toMillis());
    }

    @Override
    public Response get(URI url, Map<String, String> headers, Duration timeout) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) url.toURL().openConnection(proxyOf(url));
        conn.setInstanceFollowRedirects(true);
        conn.setUseCaches(false);
        conn.setConnectTimeout(connectTimeoutMillis);
        conn.setReadTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        headers.forEach(conn::setRequestProperty);
        int status;
        try {
            status = conn.getResponseCode();
        } catch (IOException e) {
            conn.disconnect();
            throw e;
        }
        return new CountedBody.LazyResponse(status) {
            @Override
            public String header(String name) {
                return conn.getHeaderField(name);
            }

            @Override
            CountedBody open() throws IOException {
                InputStream raw = status >= 400 ? conn.getErrorStream() : conn.getInputStream();
                return new CountedBody(raw == null ? InputStream.nullInputStream() : raw, conn.getContentLengthLong(),
                        conn::disconnect);
            }
        };
    }

    /** The selector's first choice for the URL's origin, asked at the origin's first request. */
    private Proxy proxyOf(URI url) {
        return proxies.computeIfAbsent(url.getScheme() + "://" + url.getRawAuthority(), origin -> {
            ProxySelector selector = ProxySelector.getDefault();
            List<Proxy> choices = selector == null ? null : selector.select(url);
            return choices == null || choices.isEmpty() ? Proxy.NO_PROXY : choices.get(0);
        });
    }
}
