package org.mcfed.sandbox.http;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small HTTP/1.1 server on plain blocking sockets: one pooled thread per keep-alive
 * connection, bounded. Written by hand rather than on com.sun.net.httpserver because the fault
 * modes need the raw socket: a reset (SO_LINGER 0) and a body cut short after a full
 * Content-Length.
 * <p>
 * A connection idle longer than the idle timeout is closed by a reaper thread, not by a read timeout
 * on its socket: with a read timeout the JDK makes each read a non-blocking try, a {@code poll} and a
 * second try, three system calls instead of one, and the sandbox answers millions of requests in a
 * benchmark on the same cores as the pipeline it feeds.
 */
public final class BlockingHttpServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(BlockingHttpServer.class.getName());
    private static final int MAX_LINE = 16 * 1024;
    private static final int MAX_HEADERS = 100;
    private static final long MAX_REQUEST_BODY = 1 << 20;

    private final InetAddress bindAddress;
    private final int requestedPort;
    private final int maxConnections;
    private final int idleTimeoutMillis;
    private final RequestHandler handler;
    /** A connection's waiting time while it answers a request: not idle. */
    private static final long ANSWERING = Long.MIN_VALUE;

    /** Every open connection, with the time it began waiting for its next request ({@link #ANSWERING} while it answers one). */
    private final Map<Socket, AtomicLong> open = new ConcurrentHashMap<>();
    private volatile boolean running;
    private ServerSocket serverSocket;
    private ThreadPoolExecutor workers;
    private Thread acceptor;
    private Thread reaper;

    public BlockingHttpServer(InetAddress bindAddress, int port, int maxConnections, int idleTimeoutMillis,
                              RequestHandler handler) {
        this.bindAddress = bindAddress;
        this.requestedPort = port;
        this.maxConnections = maxConnections;
        this.idleTimeoutMillis = idleTimeoutMillis;
        this.handler = handler;
    }

    public synchronized BlockingHttpServer start() throws IOException {
        serverSocket = new ServerSocket();
        serverSocket.setReuseAddress(true);
        serverSocket.bind(new InetSocketAddress(bindAddress, requestedPort), 1024);
        AtomicInteger n = new AtomicInteger();
        workers = new ThreadPoolExecutor(4, maxConnections, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "sandbox-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        running = true;
        acceptor = new Thread(this::acceptLoop, "sandbox-accept-" + port());
        acceptor.setDaemon(true);
        acceptor.start();
        reaper = new Thread(this::reapLoop, "sandbox-idle-reaper-" + port());
        reaper.setDaemon(true);
        reaper.start();
        return this;
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    private void acceptLoop() {
        while (running) {
            Socket s;
            try {
                s = serverSocket.accept();
            } catch (IOException e) {
                if (running) {
                    LOG.log(System.Logger.Level.WARNING, "accept failed: " + e.getMessage());
                }
                continue;
            }
            // Registered before a worker runs it, and dropped when close() has begun, so that
            // close() never misses a connection accepted while it was closing the others.
            open.put(s, new AtomicLong(System.nanoTime()));
            if (!running) {
                open.remove(s);
                closeQuietly(s);
                return;
            }
            try {
                workers.execute(() -> serve(s));
            } catch (RejectedExecutionException e) {
                open.remove(s);
                refuse(s);
            }
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    /** More connections than threads: answer 503 with Retry-After rather than queue unboundedly. */
    private static void refuse(Socket s) {
        try (s) {
            OutputStream out = s.getOutputStream();
            out.write(("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 0\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException ignored) {
            // the client went away; nothing to tell it
        }
    }

    /** Closes the connections that have waited longer than the idle timeout for their next request. */
    private void reapLoop() {
        long idleNanos = TimeUnit.MILLISECONDS.toNanos(idleTimeoutMillis);
        while (running) {
            try {
                Thread.sleep(Math.max(10, Math.min(1_000, idleTimeoutMillis / 4)));
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            open.forEach((socket, waitingSince) -> {
                long since = waitingSince.get();
                if (since != ANSWERING && now - since > idleNanos) {
                    closeQuietly(socket); // its worker's read fails, and the worker ends the connection
                }
            });
        }
    }

    private void serve(Socket socket) {
        AtomicLong waitingSince = open.getOrDefault(socket, new AtomicLong());
        try {
            socket.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(socket.getInputStream(), 8192);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
            while (running) {
                waitingSince.set(System.nanoTime());
                HttpRequest req = readRequest(in, out);
                waitingSince.set(ANSWERING);
                if (req == null || !running) {
                    return;
                }
                HttpResponse resp;
                try {
                    resp = handler.handle(req);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "handler failed for " + req.target(), e);
                    resp = HttpResponse.text(500, "internal error: " + e + "\n");
                }
                if (resp.delayMillis() > 0) {
                    Thread.sleep(resp.delayMillis());
                }
                if (resp.transport() == HttpResponse.Transport.RESET) {
                    socket.setSoLinger(true, 0);
                    return;
                }
                boolean keepAlive = req.keepAlive() && resp.transport() == HttpResponse.Transport.NORMAL;
                write(out, req, resp, keepAlive);
                if (resp.transport() == HttpResponse.Transport.STALL) {
                    Thread.sleep(resp.stallMillis());
                }
                if (!keepAlive) {
                    return;
                }
            }
        } catch (SocketException e) {
            // idle keep-alive connection closed by the reaper, or client gone: normal end of a connection
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "connection ended: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.remove(socket);
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    private static void write(OutputStream out, HttpRequest req, HttpResponse resp, boolean keepAlive)
            throws IOException {
        byte[] body = resp.body();
        StringBuilder head = new StringBuilder(256);
        head.append("HTTP/1.1 ").append(resp.status()).append(' ').append(reason(resp.status())).append("\r\n");
        for (String[] h : resp.headers()) {
            head.append(h[0]).append(": ").append(h[1]).append("\r\n");
        }
        boolean noBody = resp.status() == 304 || resp.status() == 204;
        if (!noBody) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append(keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n");
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!noBody && !"HEAD".equals(req.method())) {
            if (resp.transport() == HttpResponse.Transport.TRUNCATE || resp.transport() == HttpResponse.Transport.STALL) {
                out.write(body, 0, body.length / 2);
            } else {
                out.write(body);
            }
        }
        out.flush();
    }

    private static HttpRequest readRequest(InputStream in, OutputStream out) throws IOException {
        String line = readLine(in);
        while (line != null && line.isEmpty()) {
            line = readLine(in); // tolerate stray CRLF between requests
        }
        if (line == null) {
            return null;
        }
        String[] parts = line.split(" ");
        if (parts.length != 3) {
            throw new IOException("bad request line: " + line);
        }
        Map<String, String> headers = new HashMap<>();
        for (int i = 0; ; i++) {
            String h = readLine(in);
            if (h == null) {
                return null;
            }
            if (h.isEmpty()) {
                break;
            }
            if (i > MAX_HEADERS) {
                throw new IOException("too many headers");
            }
            int colon = h.indexOf(':');
            if (colon > 0) {
                headers.put(h.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), h.substring(colon + 1).trim());
            }
        }
        if ("100-continue".equalsIgnoreCase(headers.get("expect"))) {
            out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
        discardBody(in, headers);
        return new HttpRequest(parts[0], parts[1], parts[2], headers);
    }

    private static void discardBody(InputStream in, Map<String, String> headers) throws IOException {
        String te = headers.get("transfer-encoding");
        if (te != null && te.toLowerCase(java.util.Locale.ROOT).contains("chunked")) {
            while (true) {
                String size = readLine(in);
                if (size == null) {
                    throw new IOException("eof in chunked body");
                }
                int semi = size.indexOf(';');
                long n = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
                if (n == 0) {
                    while (true) {
                        String trailer = readLine(in);
                        if (trailer == null || trailer.isEmpty()) {
                            return;
                        }
                    }
                }
                skip(in, n);
                readLine(in);
            }
        }
        String cl = headers.get("content-length");
        if (cl != null) {
            long n = Long.parseLong(cl.trim());
            if (n > MAX_REQUEST_BODY) {
                throw new IOException("request body too large: " + n);
            }
            skip(in, n);
        }
    }

    private static void skip(InputStream in, long n) throws IOException {
        while (n > 0) {
            long s = in.skip(n);
            if (s <= 0) {
                if (in.read() < 0) {
                    throw new IOException("eof in body");
                }
                s = 1;
            }
            n -= s;
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder(64);
        while (true) {
            int c = in.read();
            if (c < 0) {
                return sb.length() == 0 ? null : sb.toString();
            }
            if (c == '\n') {
                int len = sb.length();
                if (len > 0 && sb.charAt(len - 1) == '\r') {
                    sb.setLength(len - 1);
                }
                return sb.toString();
            }
            if (sb.length() >= MAX_LINE) {
                throw new IOException("line too long");
            }
            sb.append((char) c);
        }
    }

    private static String reason(int status) {
        switch (status) {
            case 200: return "OK";
            case 301: return "Moved Permanently";
            case 302: return "Found";
            case 304: return "Not Modified";
            case 400: return "Bad Request";
            case 404: return "Not Found";
            case 405: return "Method Not Allowed";
            case 429: return "Too Many Requests";
            case 500: return "Internal Server Error";
            case 503: return "Service Unavailable";
            default: return "Status";
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        try {
            if (serverSocket != null) {
                serverSocket.close();
            }
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket s : open.keySet()) {
            closeQuietly(s);
        }
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
