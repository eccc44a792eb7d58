package org.mcfed.connector.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server that writes whatever bytes a test scripts, for the answers a real HTTP server would
 * not send on request: a kept connection closed without a word, a head that never comes, folded header
 * lines, interim answers, a body that ends where the connection does. Each connection runs the script on
 * a thread of its own; every request head read is recorded with the number of its connection.
 */
final class RawHttpServer implements AutoCloseable {

    /** What the server does on one connection. */
    interface Script {
        void serve(Connection connection) throws IOException, InterruptedException;
    }

    /** A request as it arrived: its connection (1 for the first accepted) and its head's text. */
    record Request(int connection, String head) {
        String line() {
            return head.substring(0, head.indexOf("\r\n"));
        }
    }

    /** One accepted connection, as a script sees it. */
    final class Connection {
        private final Socket socket;
        private final int number;
        private final InputStream in;

        Connection(Socket socket, int number) throws IOException {
            this.socket = socket;
            this.number = number;
            this.in = socket.getInputStream();
        }

        /** The connection's number: 1 for the first accepted. */
        int number() {
            return number;
        }

        /** Reads the next request's head and records it; null when the client closed the connection first. */
        String readRequest() throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int last4 = 0;
            while (last4 != 0x0d0a0d0a) { // up to the empty line: CR LF CR LF
                int b = in.read();
                if (b < 0) {
                    return null;
                }
                head.write(b);
                last4 = (last4 << 8) | b;
            }
            String text = head.toString(StandardCharsets.ISO_8859_1);
            requests.add(new Request(number, text));
            return text;
        }

        void write(String text) throws IOException {
            socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
        }

        void close() throws IOException {
            socket.close();
        }
    }

    final List<Request> requests = new CopyOnWriteArrayList<>();
    private final ServerSocket server;
    private final AtomicInteger accepted = new AtomicInteger();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    RawHttpServer(Script script) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    open.add(s);
                    Connection c = new Connection(s, accepted.incrementAndGet());
                    Thread t = new Thread(() -> {
                        try (s) {
                            script.serve(c);
                        } catch (IOException | InterruptedException e) {
                            // the client went away, or the test ended
                        }
                    }, "raw-http-" + c.number());
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return; // closed
                }
            }
        }, "raw-http-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + path);
    }

    /** Connections accepted so far. */
    int connections() {
        return accepted.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : open) {
            s.close();
        }
    }
}
