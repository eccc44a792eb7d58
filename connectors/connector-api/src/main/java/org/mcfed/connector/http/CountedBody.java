package org.mcfed.connector.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A response body as every {@link HttpTransport} hands it on: its length is checked against
 * Content-Length at its end (a truncated page is an {@link IOException}, retried, never parsed), and
 * closed before its end it drops the connection instead of draining it, so that the deadline of
 * {@link BoundedBodyReader} ends a stalled answer at once. A short unread body is drained on
 * {@link #closeKeepingConnection} so that the connection is kept.
 */
final class CountedBody extends FilterInputStream {

    /** An unread body up to this size is read to its end on close, to keep the connection; a longer one drops it. */
    static final int DRAIN_LIMIT = 8192;

    private final long declared;
    private final Runnable dropConnection;
    private long read;
    private boolean ended;

    /**
     * @param declared       Content-Length, -1 when unknown
     * @param dropConnection closes the connection without reading the rest (may be called from the watchdog's thread)
     */
    CountedBody(InputStream in, long declared, Runnable dropConnection) {
        super(in);
        this.declared = declared;
        this.dropConnection = dropConnection;
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
            dropConnection.run();
            throw new IOException("body ended after " + read + " of " + declared + " bytes");
        }
    }

    /** Reads a short unread body (a 304's none, an error's few lines) to its end, so that the connection is kept, then closes. */
    void closeKeepingConnection(int status) throws IOException {
        if (status == 304 || status == 204 || (declared >= 0 && declared <= DRAIN_LIMIT)) {
            readNBytes(DRAIN_LIMIT);
        }
        close();
    }

    @Override
    public void close() throws IOException {
        if (ended || declared == 0) {
            super.close();
        } else {
            dropConnection.run(); // closing the stream instead would read the rest first
        }
    }

    /** A response whose body is a {@link CountedBody} opened on first use, closed by {@link #closeKeepingConnection}. */
    abstract static class LazyResponse implements HttpTransport.Response {
        private final int status;
        private CountedBody body;

        LazyResponse(int status) {
            this.status = status;
        }

        /** Opens the body; called once. */
        abstract CountedBody open() throws IOException;

        @Override
        public final int status() {
            return status;
        }

        @Override
        public final InputStream body() throws IOException {
            if (body == null) {
                body = open();
            }
            return body;
        }

        @Override
        public final void close() throws IOException {
            body();
            body.closeKeepingConnection(status);
        }
    }
}
