package org.mcfed.sandbox;

import org.mcfed.sandbox.http.HttpResponse;

import java.util.concurrent.atomic.LongAdder;

/**
 * What the registries served since start: requests answered (faults included), pages answered and
 * body bytes sent (a 304 sends none).
 * Shown in {@code /_sandbox/info}, so a benchmark can compare what a full and an incremental
 * harvest cost a registry.
 */
public final class Traffic {

    private final LongAdder requests = new LongAdder();
    private final LongAdder pages = new LongAdder();
    private final LongAdder notModified = new LongAdder();
    private final LongAdder bodyBytes = new LongAdder();

    /** Every answer to a registry path: a page, a 304, an injected fault (status, reset), a 400 or 404. */
    void requested() {
        requests.increment();
    }

    void served(HttpResponse response) {
        pages.increment();
        if (response.status() == 304) {
            notModified.increment();
        } else if (response.body() != null) {
            bodyBytes.add(response.body().length);
        }
    }

    public long requests() {
        return requests.sum();
    }

    public long pages() {
        return pages.sum();
    }

    public long notModified() {
        return notModified.sum();
    }

    public long bodyBytes() {
        return bodyBytes.sum();
    }
}
