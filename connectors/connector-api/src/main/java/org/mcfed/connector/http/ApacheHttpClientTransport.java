package org.mcfed.connector.http;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.mcfed.connector.SourceConfig;

import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * {@link HttpTransport} over Apache HttpClient 5 classic: blocking HTTP/1.1 on a pool of keep-alive
 * connections, redirects followed, connect timeout from the source's request timeout and the read
 * timeout per request, the JVM's proxy settings as {@code HttpURLConnection} uses them. It leaves
 * everything {@link RegistryHttpClient} decides to it: no automatic retries, no content decompression
 * (no {@code Accept-Encoding} sent), no cookies, no authentication cache. Its body is a
 * {@link CountedBody}, as {@link UrlConnectionTransport}'s: truncated is an {@link IOException}, closed
 * before its end it drops the connection (HttpClient's own close would read the rest first).
 */
final class ApacheHttpClientTransport implements HttpTransport {

    static final String NAME = "apache-http-client";
    /** Concurrent connections to one host: above what a source opens (detail workers plus listing pages in flight). */
    private static final int MAX_PER_HOST = 64;
    /** Idle connections are closed after this, as the JDK's keep-alive cache does without a server's Keep-Alive header. */
    private static final TimeValue IDLE = TimeValue.ofSeconds(5);
    /**
     * One client (and connection pool) per connect timeout for the whole JVM, like the JDK's keep-alive
     * cache: a task makes a new transport at every start, and a pool per start would leave its idle
     * connections open until they were collected.
     */
    private static final ConcurrentMap<Duration, CloseableHttpClient> CLIENTS = new ConcurrentHashMap<>();

    private final CloseableHttpClient http;
    private final Duration defaultTimeout;
    private final RequestConfig defaultRequest;

    ApacheHttpClientTransport(SourceConfig config) {
        this.http = CLIENTS.computeIfAbsent(config.requestTimeout(), ApacheHttpClientTransport::client);
        this.defaultTimeout = config.requestTimeout();
        this.defaultRequest = requestConfig(defaultTimeout);
    }

    private static CloseableHttpClient client(Duration connectTimeout) {
        Timeout connect = Timeout.of(connectTimeout);
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnPerRoute(MAX_PER_HOST)
                        .setMaxConnTotal(4 * MAX_PER_HOST)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connect)
                                .setSocketTimeout(connect)
                                .build())
                        .build())
                .setRoutePlanner(new SystemDefaultRoutePlanner(ProxySelector.getDefault()))
                .evictIdleConnections(IDLE)
                .disableAutomaticRetries()
                .disableContentCompression()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    private static RequestConfig requestConfig(Duration timeout) {
        return RequestConfig.custom()
                .setRedirectsEnabled(true)
                .setConnectionRequestTimeout(Timeout.of(timeout))
                .setResponseTimeout(Timeout.of(timeout))
                .build();
    }

    @Override
    public Response get(URI url, Map<String, String> headers, Duration timeout) throws IOException {
        HttpGet request = new HttpGet(url);
        request.setConfig(timeout.equals(defaultTimeout) ? defaultRequest : requestConfig(timeout));
        headers.forEach(request::setHeader);
        ClassicHttpResponse response = http.executeOpen(null, request, null);
        return new CountedBody.LazyResponse(response.getCode()) {
            @Override
            public String header(String name) {
                Header h = response.getFirstHeader(name);
                return h == null ? null : h.getValue();
            }

            @Override
            CountedBody open() throws IOException {
                HttpEntity entity = response.getEntity();
                InputStream raw = entity == null ? null : entity.getContent();
                // cancel: the connection closed at once, from any thread (the body's watchdog)
                return new CountedBody(raw == null ? InputStream.nullInputStream() : raw,
                        entity == null ? 0 : entity.getContentLength(), request::cancel);
            }
        };
    }
}
