package org.mcfed.connector.http;

import org.mcfed.connector.SourceConfig;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * {@link HttpTransport} over {@code HttpURLConnection}: blocking HTTP/1.1 with the JDK's keep-alive
 * connection cache, redirects followed, connect and read timeouts from the source's request timeout.
 * Its body is a {@link CountedBody}: shorter than its Content-Length it is an {@link IOException}, and
 * closed before its end it drops the connection.
 *
 * <p>The JVM's proxy settings are asked once per origin, not per request ({@link OriginProxies}); a redirect to
 * another origin goes through the choice of the origin it came from.
 */
final class UrlConnectionTransport implements HttpTransport {

    static final String NAME = "url-connection";

    private final int connectTimeoutMillis;
    private final OriginProxies proxies = new OriginProxies();

    UrlConnectionTransport(SourceConfig config) {
        this.connectTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, config.requestTimeout().toMillis());
    }

    @Override
    public Response get(URI url, Map<String, String> headers, Duration timeout) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) url.toURL().openConnection(proxies.of(url));
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
}
