package org.mcfed.connector.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads a response body with a size guard and a deadline. The JDK client's request timeout stops at
 * the response headers; a server that then trickles or stalls the body would hang a harvest, so a
 * watchdog closes the stream when the deadline passes and the read fails as a (retriable) timeout.
 */
final class BoundedBodyReader {

    /**
     * One watchdog thread for every read. A read that finishes cancels its deadline, and a cancelled
     * deadline leaves the queue at once: otherwise each page fetched would sit there until its
     * deadline passed (thousands of dead entries at harvest speed, each making the queue slower).
     */
    private static final ScheduledExecutorService WATCHDOG = watchdog();

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
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            expired.set(true);
            closeQuietly(body);
        }, deadline.toMillis(), TimeUnit.MILLISECONDS);
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
            if (expired.get()) {
                throw new HttpTimeoutException("body not received within " + deadline.toMillis() + " ms");
            }
            return total == buffer.length ? buffer : Arrays.copyOf(buffer, total);
        } catch (IOException e) {
            if (expired.get() && !(e instanceof BodyTooLargeException)) {
                throw new HttpTimeoutException("body not received within " + deadline.toMillis() + " ms");
            }
            throw e;
        } finally {
            watchdog.cancel(false);
        }
    }

    /** The declared length when there is one (and it is allowed), else 8 KB to grow from. */
    private static int initialSize(long declaredLength, long maxBytes) {
        long size = declaredLength >= 0 ? declaredLength : 8 * 1024;
        return (int) Math.max(0, Math.min(size, Math.min(maxBytes, Integer.MAX_VALUE - 8)));
    }

    private static ScheduledExecutorService watchdog() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "mcfed-body-watchdog");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the reader sees the closed stream and reports the timeout
        }
    }
}
