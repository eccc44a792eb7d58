package org.mcfed.connector.http;

import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One HTTP/1.1 connection of {@link SocketTransport}: a socket, TLS or not, direct or through the JVM's
 * proxy, with a read buffer of its own. The request goes out in one write, the answer's head is parsed
 * in the buffer, and the body is framed as RFC 9112 says (Content-Length, chunked, or until the server
 * closes), so that the connection can carry the next request once the body has been read to its end.
 * <p>
 * The socket has no read timeout: a blocked read is ended by the {@link Watchdog}, which closes the socket
 * when the exchange's deadline passes. With a read timeout set, the JDK makes every read a non-blocking
 * try, a {@code poll} and a second try: three system calls where one does.
 */
final class SocketConnection implements Closeable {

    /** Where a connection goes: origin and proxy; connections are kept and taken again by it. */
    record Route(String scheme, String host, int port, Proxy proxy) {
        boolean tls() {
            return "https".equals(scheme);
        }

        /** Whether requests go to an HTTP proxy in absolute form (plain HTTP only; HTTPS is tunnelled). */
        boolean absoluteForm() {
            return proxy.type() == Proxy.Type.HTTP && !tls();
        }

        /** The host as a URI writes it: an IPv6 address in brackets. */
        String uriHost() {
            return host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        }

        /** The Host header's value: the host, and the port unless it is the scheme's own. */
        String authority() {
            return port == (tls() ? 443 : 80) ? uriHost() : uriHost() + ":" + port;
        }
    }

    private static final int BUFFER = 16 * 1024;
    /**
     * Most bytes one read asks the socket for. The JDK reads a socket into a heap array through a temporary
     * direct buffer as large as the read, which it caches for the thread: a read as long as a whole sitemap
     * (megabytes) would leave each thread that reads one holding a buffer that size, off the heap.
     */
    private static final int MAX_READ = 64 * 1024;
    /** Longest line of an answer's head: a status line or a header (with its continuations). */
    private static final int MAX_LINE = 16 * 1024;
    private static final int MAX_HEADERS = 200;

    final Route route;
    private final Socket raw;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    /** Whether any byte of an answer to the last request has come (a kept connection that got none was closed by the server). */
    private boolean answered;
    /** Whether the last status line read was HTTP/1.0's (whose connections are kept only when the answer says so). */
    private boolean http10;
    private final byte[] one = new byte[1];
    private volatile boolean closed;
    long idleSinceNanos;

    private SocketConnection(Route route, Socket raw, Socket socket) throws IOException {
        this.route = route;
        this.raw = raw;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /**
     * Connects within {@code connectTimeoutMillis}; the caller's deadline, which guards {@code raw}, bounds
     * the proxy's tunnel and the TLS handshake.
     *
     * @param raw an unconnected socket: {@link #newSocket} of the route
     */
    static SocketConnection open(Route route, Socket raw, int connectTimeoutMillis, SSLSocketFactory tls) throws IOException {
        try {
            raw.connect(address(route), connectTimeoutMillis);
            raw.setTcpNoDelay(true);
            if (!route.tls()) {
                return new SocketConnection(route, raw, raw);
            }
            if (route.proxy().type() == Proxy.Type.HTTP) {
                tunnel(raw, route);
            }
            SSLSocket ssl = (SSLSocket) tls.createSocket(raw, route.host(), route.port(), true);
            SSLParameters parameters = ssl.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            ssl.setSSLParameters(parameters);
            ssl.startHandshake();
            return new SocketConnection(route, raw, ssl);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** The socket a new connection of {@code route} is made on; SOCKS proxies are the JDK's to speak to. */
    static Socket newSocket(Route route) {
        return route.proxy().type() == Proxy.Type.SOCKS ? new Socket(route.proxy()) : new Socket();
    }

    private static SocketAddress address(Route route) {
        return switch (route.proxy().type()) {
            case DIRECT -> new InetSocketAddress(route.host(), route.port());
            case SOCKS -> InetSocketAddress.createUnresolved(route.host(), route.port());
            // a proxy selector gives the proxy's address unresolved
            case HTTP -> {
                InetSocketAddress proxy = (InetSocketAddress) route.proxy().address();
                yield new InetSocketAddress(proxy.getHostString(), proxy.getPort());
            }
        };
    }

    /** Asks an HTTP proxy for a tunnel to the route's origin ({@code CONNECT}), for TLS to go through. */
    private static void tunnel(Socket raw, Route route) throws IOException {
        String authority = route.uriHost() + ":" + route.port();
        raw.getOutputStream().write(("CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        SocketConnection proxy = new SocketConnection(route, raw, raw);
        Head head = proxy.readHead();
        if (head.status() / 100 != 2) {
            throw new ProtocolException("the proxy " + route.proxy().address() + " refused a tunnel to " + authority + ": HTTP " + head.status());
        }
        if (proxy.pos != proxy.limit) {
            throw new ProtocolException("the proxy " + route.proxy().address() + " sent bytes after accepting a tunnel to " + authority);
        }
    }

    /** Whether a byte of an answer to the last request sent has come. */
    boolean answered() {
        return answered;
    }

    boolean isClosed() {
        return closed;
    }

    /** Writes a whole request in one write. */
    void send(byte[] request) throws IOException {
        answered = false;
        out.write(request);
        out.flush();
    }

    /** A parsed answer head: status and headers, and how its body is framed. */
    record Head(int status, List<String> headers, boolean keepAlive, long contentLength, boolean chunked) {
        /** The first value of a header, name case-insensitive, or null. */
        String header(String name) {
            for (int i = 0; i < headers.size(); i += 2) {
                if (headers.get(i).equalsIgnoreCase(name)) {
                    return headers.get(i + 1);
                }
            }
            return null;
        }
    }

    /**
     * Reads the head of the next answer to a GET, skipping interim {@code 1xx} answers.
     *
     * @throws EOFException the connection ended before the first byte of an answer
     */
    Head readHead() throws IOException {
        while (true) {
            int line = lineEnd();
            if (line < 0) {
                throw new EOFException("the connection closed before an answer");
            }
            int status = statusOf(line);
            List<String> headers = headers();
            if (status == 101) {
                throw new ProtocolException("the server switched protocols (HTTP 101) for a GET that did not ask it to");
            }
            if (status >= 100 && status < 200) {
                continue; // 100 Continue and the like: the answer follows
            }
            return frame(status, headers);
        }
    }

    /** The status of the status line ending at {@code end}, which is consumed; remembers the version for keep-alive. */
    private int statusOf(int end) throws IOException {
        int start = pos;
        pos = end + 1;
        int len = trimmedEnd(start, end) - start;
        // HTTP/1.x SP 3DIGIT [SP reason]
        if (len < 12 || !startsWith(start, "HTTP/1.") || buf[start + 8] != ' ' || !digit(start + 9) || !digit(start + 10)
                || !digit(start + 11) || (len > 12 && buf[start + 12] != ' ')) {
            throw new ProtocolException("not an HTTP/1.x status line: " + printable(start, len));
        }
        http10 = buf[start + 7] == '0';
        return (buf[start + 9] - '0') * 100 + (buf[start + 10] - '0') * 10 + (buf[start + 11] - '0');
    }

    /** The header fields up to the empty line, as name and value pairs; obsolete line folding is unfolded. */
    private List<String> headers() throws IOException {
        List<String> headers = new ArrayList<>(24);
        while (true) {
            int end = lineEnd();
            if (end < 0) {
                throw new EOFException("the connection closed in an answer's header");
            }
            int start = pos;
            int stop = trimmedEnd(start, end);
            pos = end + 1;
            if (stop == start) {
                return headers;
            }
            if ((buf[start] == ' ' || buf[start] == '\t') && !headers.isEmpty()) {
                int last = headers.size() - 1;
                headers.set(last, headers.get(last) + " " + text(skipSpaces(start, stop), stop));
                continue;
            }
            if (headers.size() >= 2 * MAX_HEADERS) {
                throw new ProtocolException("an answer with more than " + MAX_HEADERS + " header fields");
            }
            int colon = start;
            while (colon < stop && buf[colon] != ':') {
                colon++;
            }
            if (colon == stop || colon == start) {
                throw new ProtocolException("not a header field: " + printable(start, stop - start));
            }
            headers.add(text(start, colon));
            headers.add(text(skipSpaces(colon + 1, stop), stop));
        }
    }

    /** How the answer's body is framed (RFC 9112, 6.3) and whether the connection is kept after it. */
    private Head frame(int status, List<String> headers) throws ProtocolException {
        Head bare = new Head(status, headers, false, -1, false);
        String connection = bare.header("Connection");
        boolean keepAlive = http10 ? hasToken(connection, "keep-alive") : !hasToken(connection, "close");
        if (status == 204 || status == 304) {
            return new Head(status, headers, keepAlive, 0, false);
        }
        String coding = bare.header("Transfer-Encoding");
        if (coding != null) {
            boolean chunked = lastToken(coding).equalsIgnoreCase("chunked");
            // a body in another coding ends where the connection does
            return new Head(status, headers, keepAlive && chunked, -1, chunked);
        }
        long length = contentLength(headers);
        return new Head(status, headers, keepAlive && length >= 0, length, false);
    }

    /** The Content-Length, -1 when absent; two that differ, or one that is not a number, are a protocol error. */
    private static long contentLength(List<String> headers) throws ProtocolException {
        long length = -1;
        for (int i = 0; i < headers.size(); i += 2) {
            if (!headers.get(i).equalsIgnoreCase("Content-Length")) {
                continue;
            }
            for (String value : headers.get(i + 1).split(",")) {
                long n;
                try {
                    n = Long.parseLong(value.trim());
                } catch (NumberFormatException e) {
                    n = -1;
                }
                if (n < 0) {
                    throw new ProtocolException("an invalid Content-Length: " + headers.get(i + 1));
                }
                if (length >= 0 && n != length) {
                    throw new ProtocolException("two Content-Lengths: " + length + " and " + n);
                }
                length = n;
            }
        }
        return length;
    }

    private static boolean hasToken(String header, String token) {
        if (header == null) {
            return false;
        }
        for (String t : header.split(",")) {
            if (t.trim().equalsIgnoreCase(token)) {
                return true;
            }
        }
        return false;
    }

    private static String lastToken(String header) {
        int comma = header.lastIndexOf(',');
        return header.substring(comma + 1).trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The body of the answer whose head was just read; {@code ended} runs once when it has been read to its
     * end (the connection may then carry the next request), not when it is abandoned.
     */
    InputStream body(Head head, Runnable ended) {
        if (head.chunked()) {
            return new ChunkedBody(ended);
        }
        return new LengthBody(head.contentLength(), ended);
    }

    /** A body on this connection: {@code ended} runs once, when it has been read to its end. */
    private abstract class Body extends InputStream {
        private Runnable ended;

        Body(Runnable ended) {
            this.ended = ended;
        }

        @Override
        public final int read() throws IOException {
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        /** Runs {@code ended}, the first time only. */
        final void end() {
            Runnable r = ended;
            ended = null;
            if (r != null) {
                r.run();
            }
        }
    }

    /** A body of a known length, or (-1) one that ends where the connection does. */
    private final class LengthBody extends Body {
        private long left;
        private final boolean untilClose;

        LengthBody(long length, Runnable ended) {
            super(ended);
            this.left = length;
            this.untilClose = length < 0;
            if (length == 0) {
                end();
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0 || left == 0) {
                return len == 0 ? 0 : -1;
            }
            int n = fill(b, off, untilClose ? len : (int) Math.min(len, left));
            if (n < 0) {
                left = 0;
                if (untilClose) {
                    end();
                }
                return -1; // short of its length: CountedBody reports it, and the connection is dropped
            }
            if (!untilClose) {
                left -= n;
                if (left == 0) {
                    end();
                }
            }
            return n;
        }
    }

    /** A chunked body (RFC 9112, 7.1): chunk sizes with their extensions ignored, trailers read and dropped. */
    private final class ChunkedBody extends Body {
        private long chunkLeft;
        private boolean done;

        ChunkedBody(Runnable ended) {
            super(ended);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0 || done) {
                return len == 0 ? 0 : -1;
            }
            if (chunkLeft == 0 && !nextChunk()) {
                return -1;
            }
            int n = fill(b, off, (int) Math.min(len, chunkLeft));
            if (n < 0) {
                throw new EOFException("the connection closed inside a chunk");
            }
            chunkLeft -= n;
            if (chunkLeft == 0) {
                expectLineEnd();
            }
            return n;
        }

        /** Reads the next chunk's size; false at the last chunk, after its trailers. */
        private boolean nextChunk() throws IOException {
            int end = lineEnd();
            if (end < 0) {
                throw new EOFException("the connection closed before the last chunk");
            }
            long size = 0;
            int digits = 0;
            for (int i = pos; i < end; i++) {
                int v = Character.digit(buf[i], 16);
                if (v < 0) {
                    break; // extensions, or the line's CR
                }
                if (++digits > 15) {
                    throw new ProtocolException("a chunk size beyond 15 hex digits");
                }
                size = size * 16 + v;
            }
            if (digits == 0) {
                throw new ProtocolException("not a chunk size: " + printable(pos, trimmedEnd(pos, end) - pos));
            }
            pos = end + 1;
            if (size > 0) {
                chunkLeft = size;
                return true;
            }
            headers(); // the trailer section, up to its empty line
            done = true;
            end();
            return false;
        }

        private void expectLineEnd() throws IOException {
            int end = lineEnd();
            if (end < 0 || trimmedEnd(pos, end) != pos) {
                throw new ProtocolException("a chunk longer than its size");
            }
            pos = end + 1;
        }
    }

    /** Up to {@code len} body bytes: what is buffered first, then straight from the socket when it is long (up to {@link #MAX_READ}). */
    private int fill(byte[] b, int off, int len) throws IOException {
        if (pos == limit) {
            if (len >= BUFFER) {
                return in.read(b, off, Math.min(len, MAX_READ));
            }
            pos = 0;
            limit = 0;
            int n = in.read(buf, 0, BUFFER);
            if (n < 0) {
                return -1;
            }
            limit = n;
        }
        int n = Math.min(len, limit - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }

    /** The index of the next {@code '\n'} at or after {@code pos}, reading more as needed; -1 at the end of the stream. */
    private int lineEnd() throws IOException {
        int from = pos;
        while (true) {
            for (int i = from; i < limit; i++) {
                if (buf[i] == '\n') {
                    return i;
                }
            }
            if (limit - pos >= MAX_LINE) {
                throw new ProtocolException("a line of an answer's head longer than " + MAX_LINE + " bytes");
            }
            if (pos > 0 && limit == buf.length) {
                System.arraycopy(buf, pos, buf, 0, limit - pos);
                limit -= pos;
                pos = 0;
            }
            from = limit;
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                return -1;
            }
            answered = true;
            limit += n;
        }
    }

    /** The end of the line from {@code start} to {@code end} ({@code '\n'}) without its CR and trailing spaces. */
    private int trimmedEnd(int start, int end) {
        int stop = end;
        while (stop > start && (buf[stop - 1] == '\r' || buf[stop - 1] == ' ' || buf[stop - 1] == '\t')) {
            stop--;
        }
        return stop;
    }

    private int skipSpaces(int from, int stop) {
        while (from < stop && (buf[from] == ' ' || buf[from] == '\t')) {
            from++;
        }
        return from;
    }

    private boolean startsWith(int at, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            if (buf[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean digit(int at) {
        return buf[at] >= '0' && buf[at] <= '9';
    }

    private String text(int start, int stop) {
        return new String(buf, start, stop - start, StandardCharsets.ISO_8859_1);
    }

    private String printable(int start, int len) {
        return text(start, start + Math.min(len, 200)).replaceAll("\\p{Cntrl}", "?");
    }

    /**
     * An {@link IOException} of an exchange as the caller should see it: a timeout, saying {@code timedOut},
     * when the watchdog closed the socket because {@code deadline} passed.
     */
    static IOException asSeen(IOException e, Watchdog.Deadline deadline, String timedOut) {
        if (deadline.expired() && !(e instanceof HttpTimeoutException)) {
            HttpTimeoutException timeout = new HttpTimeoutException(timedOut);
            timeout.initCause(e);
            return timeout;
        }
        return e;
    }

    /** Closes the connection at once, from any thread; a read blocked on it fails. Idempotent. */
    @Override
    public void close() {
        closed = true;
        try {
            raw.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
