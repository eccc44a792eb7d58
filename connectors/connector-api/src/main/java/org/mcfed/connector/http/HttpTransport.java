package org.mcfed.connector.http;

import org.mcfed.connector.SourceConfig;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * One GET on the wire for {@link RegistryHttpClient}, which keeps everything else (rate limit,
 * retries, validators, body guard). Four implementations, chosen by {@link #OPTION}, so that a
 * benchmark can compare them in the same run: HTTP/1.1 on the JDK's plain sockets (the default: about
 * half the CPU per request of the next, see {@link SocketTransport}), a keep-alive client over
 * {@code HttpURLConnection} (a fraction of the JDK client's CPU per request, see BENCHMARKS.md, issue 16),
 * the JDK's {@code java.net.http.HttpClient}, and Apache HttpClient 5 classic.
 */
interface HttpTransport {

    /**
     * Option key ({@code SourceConfig.options}): {@code socket} (default), {@code url-connection}, {@code jdk-http-client}
     * or {@code apache-http-client}.
     */
    String OPTION = "http-client";

    /** Sends a GET with {@code headers}; the caller closes the response (reading its body to the end keeps the connection). */
    Response get(URI url, Map<String, String> headers, Duration timeout) throws IOException, InterruptedException;

    /** Status, headers and body of an answer; closing it before the body's end drops the connection. */
    interface Response extends Closeable {
        int status();

        /** The first value of a header, case-insensitive name, or null. */
        String header(String name);

        InputStream body() throws IOException;
    }

    static HttpTransport of(SourceConfig config) {
        String kind = config.option(OPTION, SocketTransport.NAME).trim().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case UrlConnectionTransport.NAME -> new UrlConnectionTransport(config);
            case JdkHttpClientTransport.NAME -> new JdkHttpClientTransport(config);
            case ApacheHttpClientTransport.NAME -> new ApacheHttpClientTransport(config);
            case SocketTransport.NAME -> new SocketTransport(config);
            default -> throw new IllegalArgumentException("source " + config.name() + ": " + OPTION + " must be one of "
                    + UrlConnectionTransport.NAME + ", " + JdkHttpClientTransport.NAME + ", " + ApacheHttpClientTransport.NAME
                    + ", " + SocketTransport.NAME + ", was '" + kind + "'");
        };
    }
}
