package org.mcfed.connector.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Arrays;

/**
 * Reads a response body with a size guard and a deadline. The JDK client's request timeout stops at
 * the response headers; a server that then trickles or stalls the body would hang a harvest, so the
 * {@link Watchdog} closes the stream when the deadline passes and the read fails as a (retriable) timeout.
 */
final class BoundedBodyReader {

    private BoundedBodyReader() {
    }

    /** {@link #read(InputStream, long, long, Duration)} of a body of unknown length. */
    static byte[] read(InputStream body, long maxBytes, Duration deadline) throws IOException {
        return read(body, maxBytes, -1, deadline);
    }

    /**
     * Reads the body into one array sized by its declared length ({@code Content-Length}, -1 when
     * unknown), so that a page costs one allocation of its own size: the harvester reads hundreds of
     * pages a second, and a copy buffer plus a growing stream per page was a fifth of its allocation
     * (JFR, BENCHMARKS.md, issue 16). A body longer than declared still grows the array; the transport
     * reports one shorter than declared.
     */
    static byte[] read(InputStream body, long maxBytes, long declaredLength, Duration deadline) throws IOException {
        Watchdog.Deadline due = Watchdog.start(body, deadline.toMillis());
        try (InputStream in = body) {
            byte[] buffer = new byte[initialSize(declaredLength, maxBytes)];
            int total = 0;
            while (true) {
                if (total == buffer.length) {
                    // full: at the end (the usual case when the length was declared) or grow
                    int next = in.read();
                    if (next < 0) {
                        break;
                    }
                    if (total + 1L > maxBytes) {
                        throw new BodyTooLargeException(maxBytes);
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min(Math.max(maxBytes, 1), Math.max(2L * buffer.length, 1024)));
                    buffer[total++] = (byte) next;
                    continue;
                }
                int n = in.read(buffer, total, buffer.length - total);
                if (n < 0) {
                    break;
                }
                total += n;
            }
            if (due.expired()) {
                throw new HttpTimeoutException("body not received within " + deadline.toMillis() + " ms");
            }
            return total == buffer.length ? buffer : Arrays.copyOf(buffer, total);
        } catch (IOException e) {
            if (due.expired() && !(e instanceof BodyTooLargeException)) {
                throw new HttpTimeoutException("body not received within " + deadline.toMillis() + " ms");
            }
            throw e;
        } finally {
            due.end();
        }
    }

    /** The declared length when there is one (and it is allowed), else 8 KB to grow from. */
    private static int initialSize(long declaredLength, long maxBytes) {
        long size = declaredLength >= 0 ? declaredLength : 8 * 1024;
        return (int) Math.max(0, Math.min(size, Math.min(maxBytes, Integer.MAX_VALUE - 8)));
    }
}
