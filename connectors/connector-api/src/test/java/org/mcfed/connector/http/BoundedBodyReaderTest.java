package org.mcfed.connector.http;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedBodyReaderTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void bodyOfItsDeclaredLengthIsReadWhole() throws IOException {
        byte[] page = bytes(20_000);
        assertThat(BoundedBodyReader.read(trickle(page), 1 << 20, page.length, DEADLINE)).isEqualTo(page);
    }

    @Test
    void bodyLongerThanDeclaredOrOfUnknownLengthGrows() throws IOException {
        byte[] page = bytes(70_001);
        assertThat(BoundedBodyReader.read(trickle(page), 1 << 20, 100, DEADLINE)).isEqualTo(page);
        assertThat(BoundedBodyReader.read(trickle(page), 1 << 20, -1, DEADLINE)).isEqualTo(page);
        assertThat(BoundedBodyReader.read(trickle(new byte[0]), 1 << 20, 0, DEADLINE)).isEmpty();
        assertThat(BoundedBodyReader.read(trickle(page), 1 << 20, 0, DEADLINE)).isEqualTo(page);
    }

    @Test
    void bodyAboveTheLimitIsRefusedWhateverItDeclared() {
        byte[] page = bytes(5_000);
        assertThatThrownBy(() -> BoundedBodyReader.read(trickle(page), 4_096, 100, DEADLINE))
                .isInstanceOf(BodyTooLargeException.class);
        assertThatThrownBy(() -> BoundedBodyReader.read(trickle(page), 4_096, -1, DEADLINE))
                .isInstanceOf(BodyTooLargeException.class);
        assertThatThrownBy(() -> BoundedBodyReader.read(trickle(page), 4_999, 4_999, DEADLINE))
                .isInstanceOf(BodyTooLargeException.class);
    }

    @Test
    void bodyOfExactlyTheLimitIsRead() throws IOException {
        byte[] page = bytes(4_096);
        assertThat(BoundedBodyReader.read(trickle(page), 4_096, -1, DEADLINE)).isEqualTo(page);
        assertThat(BoundedBodyReader.read(trickle(page), 4_096, 4_096, DEADLINE)).isEqualTo(page);
    }

    @Test
    void aBodyThatStallsPastItsDeadlineIsClosedAndTimesOut() {
        CountDownLatch closed = new CountDownLatch(1);
        InputStream stalled = new InputStream() {
            @Override
            public int read() throws IOException {
                try {
                    closed.await(); // a server that sends nothing more: only the watchdog's close ends the read
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IOException("stream closed");
            }

            @Override
            public void close() {
                closed.countDown();
            }
        };
        long start = System.nanoTime();
        assertThatThrownBy(() -> BoundedBodyReader.read(stalled, 1 << 20, -1, Duration.ofMillis(200)))
                .isInstanceOf(HttpTimeoutException.class)
                .hasMessage("body not received within 200 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    /** A stream that answers at most 1,000 bytes a read, as a socket does with small segments. */
    private static InputStream trickle(byte[] page) {
        return new ByteArrayInputStream(page) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1_000));
            }
        };
    }
}
