package org.mcfed.connector.http;

import org.mcfed.connector.SourceConfig;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * {@link HttpTransport} over {@code HttpURLConnection}: blocking HTTP/1.1 with the JDK's keep-alive
 * connection cache, redirects followed, connect and read timeouts from the source's request timeout.
 * A body shorter than its Content-Length is an {@link IOException} (a truncated page is retried, never
 * parsed), and a body closed before its end drops the connection instead of draining it, so that the
 * deadline of {@link BoundedBodyReader} ends a stalled answer at once.
 */
final class UrlConnectionTransport implements HttpTransport {

    static final String NAME = "url-connection";
    /** An unread body up to this size is read to its end on close, to keep the connection; a longer one drops it. */
    private static final int DRAIN_LIMIT = 8192;

    private final int connectTimeoutMillis;

    UrlConnectionTransport(SourceConfig config) {
        this.connectTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, config.requestTimeout().toMillis());
    }

    @Override
    public Response get(URI url, Map<String, String> headers, Duration timeout) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) url.toURL().openConnection();
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
        return new Response() {
            private InputStream body;

            @Override
            public int status() {
                return status;
            }

            @Override
            public String header(String name) {
                return conn.getHeaderField(name);
            }

            @Override
            public InputStream body() throws IOException {
                if (body == null) {
                    InputStream raw = status >= 400 ? conn.getErrorStream() : conn.getInputStream();
                    body = new CountedBody(raw == null ? InputStream.nullInputStream() : raw, conn);
                }
                return body;
            }

            /** Reads a short unread body (a 304's none, an error's few lines) to its end, so that the connection is kept. */
            @Override
            public void close() throws IOException {
                InputStream in = body();
                long declared = conn.getContentLengthLong();
                if (status == 304 || status == 204 || (declared >= 0 && declared <= DRAIN_LIMIT)) {
                    in.readNBytes(DRAIN_LIMIT);
                }
                in.close();
            }
        };
    }

    /** The body: checks its length against Content-Length at the end; closed early, it drops the connection. */
    private static final class CountedBody extends FilterInputStream {
        private final HttpURLConnection conn;
        private final long declared;
        private long read;
        private boolean ended;

        CountedBody(InputStream in, HttpURLConnection conn) {
            super(in);
            this.conn = conn;
            this.declared = conn.getContentLengthLong();
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            count(n);
            return n;
        }

        private void count(int n) throws IOException {
            if (n >= 0) {
                read += n;
                return;
            }
            ended = true;
            if (declared >= 0 && read < declared) {
                conn.disconnect();
                throw new IOException("body ended after " + read + " of " + declared + " bytes");
            }
        }

        @Override
        public void close() throws IOException {
            if (ended || declared == 0) {
                super.close();
            } else {
                conn.disconnect();
            }
        }
    }
}
