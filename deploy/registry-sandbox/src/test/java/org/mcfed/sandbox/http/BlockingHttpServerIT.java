package org.mcfed.sandbox.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written HTTP/1.1 server over raw sockets: keep-alive, HEAD, HTTP/1.0, request bodies, the two transport faults,
 * and idle connections closed.
 */
class BlockingHttpServerIT {
    BlockingHttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = new BlockingHttpServer(InetAddress.getLoopbackAddress(), 0, 8, 5_000, req -> {
            if (req.path().equals("/reset")) {
                return new HttpResponse(0, null).transport(HttpResponse.Transport.RESET);
            }
            HttpResponse r = HttpResponse.text(200, req.method() + " " + req.path() + " q=" + req.param("q") + "\n");
            return req.path().equals("/cut") ? r.transport(HttpResponse.Transport.TRUNCATE) : r;
        }).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String exchange(String raw) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(5_000);
            OutputStream out = s.getOutputStream();
            out.write(raw.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void servesSeveralRequestsOnOneConnectionIncludingBodiesAndHead() throws IOException {
        String answer = exchange("GET /a?q=x+y%2Fz HTTP/1.1\r\nHost: h\r\n\r\n"
                + "POST /b HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello"
                + "POST /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
                + "HEAD /d HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
        assertThat(answer).contains("GET /a q=x y/z\n", "POST /b q=null\n", "POST /c q=null\n");
        assertThat(answer.split("HTTP/1.1 200 OK", -1)).hasSize(5);
        assertThat(answer).doesNotContain("HEAD /d").endsWith("Connection: close\r\n\r\n");
    }

    @Test
    void http10ClosesAfterTheAnswer() throws IOException {
        String answer = exchange("GET /old HTTP/1.0\r\n\r\nGET /never HTTP/1.0\r\n\r\n");
        assertThat(answer).contains("GET /old").doesNotContain("/never").contains("Connection: close");
    }

    @Test
    void resetSendsNothingAndTruncateSendsHalfTheDeclaredBody() throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.getOutputStream().write("GET /reset HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            int read;
            try {
                read = s.getInputStream().read();
            } catch (java.net.SocketException e) {
                read = -2; // connection reset by peer
            }
            assertThat(read).isIn(-1, -2);
        }
        String cut = exchange("GET /cut HTTP/1.1\r\n\r\n");
        int length = Integer.parseInt(cut.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
        String body = cut.substring(cut.indexOf("\r\n\r\n") + 4);
        assertThat(body.length()).isEqualTo(length / 2);
    }

    @Test
    void malformedRequestLineClosesTheConnection() throws IOException {
        assertThat(exchange("NONSENSE\r\n\r\n")).isEmpty();
    }

    @Test
    void aConnectionIdleLongerThanTheIdleTimeoutIsClosedAndOneInUseIsNot() throws IOException {
        try (BlockingHttpServer quick = new BlockingHttpServer(InetAddress.getLoopbackAddress(), 0, 8, 300,
                req -> HttpResponse.text(200, "ok\n")).start();
             Socket idle = new Socket(InetAddress.getLoopbackAddress(), quick.port());
             Socket busy = new Socket(InetAddress.getLoopbackAddress(), quick.port())) {
            idle.setSoTimeout(5_000);
            busy.setSoTimeout(5_000);
            long start = System.nanoTime();
            byte[] request = "GET /p HTTP/1.1\r\nHost: h\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
            // the busy connection asks every 100 ms for a second, each time well within the idle timeout
            for (int i = 0; i < 10; i++) {
                busy.getOutputStream().write(request);
                assertThat(answer(busy.getInputStream())).startsWith("HTTP/1.1 200 OK").endsWith("\r\n\r\nok\n");
                sleep(100);
            }
            assertThat(idle.getInputStream().read()).as("the idle connection was closed by the server").isEqualTo(-1);
            long closedAfterMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(closedAfterMillis).isLessThan(5_000);
            busy.getOutputStream().write(request);
            assertThat(busy.getInputStream().read()).as("the busy one is still served").isEqualTo('H');
        }
    }

    /** One answer whose body is "ok\n", read up to its end. */
    private static String answer(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        while (!text.toString().endsWith("\r\n\r\nok\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            text.append((char) b);
        }
        return text.toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
