package org.mcfed.connector.http;

import org.mcfed.connector.SourceConfig;

import javax.net.ssl.SSLSocketFactory;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@link HttpTransport} on the JDK's plain sockets: HTTP/1.1 GETs on kept connections
 * ({@link KeptConnections}), TLS with the host name checked, redirects followed, the JVM's proxy settings,
 * a connect timeout and a deadline for the answer's head and again for its body.
 * <p>
 * Why a fourth transport: a harvest of a million records makes 2.5 million requests, and
 * {@code HttpURLConnection} spent 27 to 30 µs of a harvest thread's CPU on each page of the sandbox, a minimal
 * keep-alive GET on a socket 15 (BENCHMARKS.md, twenty-seventh session). This one spent 11.9 to 20.4 µs (the
 * best round; 24.6 at the median) where {@code HttpURLConnection} spent 24.7 to 32.9 (34.1 to 44.4), and
 * allocated 5.3 kB a page against 22 to 23 (twenty-eighth session). Its sockets also read without a timeout:
 * with one, the JDK makes each read three system calls (see {@link SocketConnection}).
 * <p>
 * What it leaves out: HTTP/2, compression (no {@code Accept-Encoding} is sent, so none comes), cookies,
 * authentication (a proxy asking for credentials answers 407, which is a failed fetch), and redirects
 * from HTTPS to plain HTTP, which are handed on as the 3xx they are (as {@code HttpURLConnection} does).
 * A kept connection the server has closed meanwhile is found out when its request gets no answer; the
 * GET is then sent once more on a new connection, since a GET may be repeated.
 */
final class SocketTransport implements HttpTransport {

    static final String NAME = "socket";
    /** As {@code HttpURLConnection}'s default {@code http.maxRedirects}. */
    static final int MAX_REDIRECTS = 20;
    /** One pool for the JVM, like the JDK's keep-alive cache: a task makes a new transport at every start. */
    private static final KeptConnections KEPT = new KeptConnections(KeptConnections.IDLE_MILLIS);

    private final int connectTimeoutMillis;
    private final SSLSocketFactory tls;
    private final OriginProxies proxies = new OriginProxies();

    SocketTransport(SourceConfig config) {
        this(config, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** @param tls the TLS sockets' factory: tests trust their own certificate with it */
    SocketTransport(SourceConfig config, SSLSocketFactory tls) {
        this.connectTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, config.requestTimeout().toMillis());
        this.tls = tls;
    }

    @Override
    public Response get(URI url, Map<String, String> headers, Duration timeout) throws IOException {
        long timeoutMillis = timeout.toMillis();
        URI at = url;
        for (int redirects = 0; ; redirects++) {
            Exchange answer = exchange(at, headers, timeoutMillis);
            URI next = redirectTarget(at, answer);
            if (next == null) {
                return answer;
            }
            answer.close(); // a short body is read, so the connection is kept
            if (redirects == MAX_REDIRECTS) {
                throw new ProtocolException("more than " + MAX_REDIRECTS + " redirects from " + url);
            }
            at = next;
        }
    }

    /** Where a redirect sends the request, or null when the answer is to be handed on as it is. */
    private static URI redirectTarget(URI from, Exchange answer) throws ProtocolException {
        int status = answer.status();
        if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
            return null;
        }
        String location = answer.header("Location");
        if (location == null || location.isBlank()) {
            return null;
        }
        URI to;
        try {
            to = from.resolve(location.trim());
        } catch (IllegalArgumentException e) {
            throw new ProtocolException("a redirect to an unreadable Location: " + location);
        }
        String scheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT);
        boolean allowed = scheme.equals("https") || (scheme.equals("http") && !"https".equalsIgnoreCase(from.getScheme()));
        return allowed && to.getHost() != null ? to : null;
    }

    /** One request and the head of its answer, on a kept connection of the route or a new one. */
    private Exchange exchange(URI url, Map<String, String> headers, long timeoutMillis) throws IOException {
        SocketConnection.Route route = route(url);
        byte[] request = request(url, route, headers);
        while (true) {
            SocketConnection kept = KEPT.take(route);
            Watchdog.Deadline deadline;
            SocketConnection c;
            if (kept != null) {
                c = kept;
                deadline = Watchdog.start(c, timeoutMillis);
            } else {
                Socket raw = SocketConnection.newSocket(route);
                long openMillis = connectTimeoutMillis + timeoutMillis; // the connect's own timeout, then the tunnel's and TLS's
                deadline = Watchdog.start(raw, openMillis);
                try {
                    c = SocketConnection.open(route, raw, connectTimeoutMillis, tls);
                } catch (IOException e) {
                    deadline.end();
                    throw SocketConnection.asSeen(e, deadline, "no connection to " + url.getHost() + " within " + openMillis + " ms");
                }
                deadline.restart(timeoutMillis);
            }
            try {
                c.send(request);
                SocketConnection.Head head = c.readHead();
                deadline.restart(timeoutMillis); // the body's, from here
                return new Exchange(c, head, deadline, timeoutMillis);
            } catch (IOException e) {
                deadline.end();
                c.close();
                if (kept != null && !deadline.expired() && !c.answered() && (e instanceof EOFException || e instanceof SocketException)) {
                    continue; // the server had closed the kept connection: the GET again, on another
                }
                throw SocketConnection.asSeen(e, deadline, "no answer from " + url.getHost() + " within " + timeoutMillis + " ms");
            }
        }
    }

    private SocketConnection.Route route(URI url) throws IOException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ProtocolException("not an HTTP URL: " + url);
        }
        String host = url.getHost();
        if (host == null) {
            throw new ProtocolException("a URL without a host: " + url);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = url.getPort() >= 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        return new SocketConnection.Route(scheme, host, port, proxies.of(url));
    }

    /** The request's bytes: its line, Host, the caller's headers, then the empty line. */
    private static byte[] request(URI url, SocketConnection.Route route, Map<String, String> headers) throws ProtocolException {
        StringBuilder r = new StringBuilder(256).append("GET ");
        if (route.absoluteForm()) {
            r.append(route.scheme()).append("://").append(route.authority());
        }
        String path = url.getRawPath();
        appendAscii(r, path == null || path.isEmpty() ? "/" : path);
        if (url.getRawQuery() != null) {
            appendAscii(r.append('?'), url.getRawQuery());
        }
        r.append(" HTTP/1.1\r\nHost: ").append(route.authority()).append("\r\n");
        for (Map.Entry<String, String> h : headers.entrySet()) {
            if (h.getKey().indexOf('\r') >= 0 || h.getKey().indexOf('\n') >= 0 || h.getValue().indexOf('\r') >= 0
                    || h.getValue().indexOf('\n') >= 0) {
                throw new ProtocolException("a request header with a line break: " + h.getKey());
            }
            r.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        return r.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Appends a URI's raw path or query, its characters beyond ASCII (which {@link URI} lets through raw) as UTF-8 escapes. */
    private static void appendAscii(StringBuilder r, String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch < 0x80) {
                r.append(ch);
                continue;
            }
            int end = i + (Character.isHighSurrogate(ch) && i + 1 < raw.length() ? 2 : 1);
            for (byte b : raw.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                r.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
            i = end - 1;
        }
    }

    /** An answer whose head has been read; its body is a {@link CountedBody} over the connection. */
    private static final class Exchange extends CountedBody.LazyResponse {
        private final SocketConnection connection;
        private final SocketConnection.Head head;
        private final Watchdog.Deadline deadline;
        private final long timeoutMillis;
        /** Set once the body has ended or been dropped: the connection is then kept or closed, and left alone. */
        private final AtomicBoolean settled = new AtomicBoolean();

        Exchange(SocketConnection connection, SocketConnection.Head head, Watchdog.Deadline deadline, long timeoutMillis) {
            super(head.status());
            this.connection = connection;
            this.head = head;
            this.deadline = deadline;
            this.timeoutMillis = timeoutMillis;
        }

        @Override
        public String header(String name) {
            return head.header(name);
        }

        @Override
        CountedBody open() {
            return new CountedBody(new TimedBody(connection.body(head, this::ended), this), head.chunked() ? -1 : head.contentLength(),
                    this::dropped);
        }

        /** The body was read to its end: the connection carries the next request, if the answer allows. */
        private void ended() {
            if (!settled.compareAndSet(false, true)) {
                return;
            }
            if (deadline.end() && head.keepAlive() && !connection.isClosed()) {
                KEPT.keep(connection);
            } else {
                connection.close();
            }
        }

        /**
         * The body was abandoned, truncated or timed out: the connection is closed, not read to its end. From
         * any thread (the body's watchdog); once the body has ended, the connection may be another request's.
         */
        private void dropped() {
            if (settled.compareAndSet(false, true)) {
                deadline.end();
                connection.close();
            }
        }
    }

    /** A body whose reads, once the exchange's deadline has closed the connection, fail as the timeout they are. */
    private static final class TimedBody extends FilterInputStream {
        private final Exchange exchange;

        TimedBody(InputStream body, Exchange exchange) {
            super(body);
            this.exchange = exchange;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw SocketConnection.asSeen(e, exchange.deadline, "body not received within " + exchange.timeoutMillis + " ms");
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw SocketConnection.asSeen(e, exchange.deadline, "body not received within " + exchange.timeoutMillis + " ms");
            }
        }
    }
}
