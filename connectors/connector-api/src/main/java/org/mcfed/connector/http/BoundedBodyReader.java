package org.mcfed.connector.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
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

    static byte[] read(InputStream body, long maxBytes, Duration deadline) throws IOException {
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            expired.set(true);
            closeQuietly(body);
        }, deadline.toMillis(), TimeUnit.MILLISECONDS);
        try (InputStream in = body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > maxBytes) {
                    throw new BodyTooLargeException(maxBytes);
                }
                out.write(buffer, 0, n);
            }
            if (expired.get()) {
                throw new HttpTimeoutException("body not received within " + deadline.toMillis() + " ms");
            }
            return out.toByteArray();
        } catch (IOException e) {
            if (expired.get() && !(e instanceof BodyTooLargeException)) {
                throw new HttpTimeoutException("body not received within " + deadline.toMillis() + " ms");
            }
            throw e;
        } finally {
            watchdog.cancel(false);
        }
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
