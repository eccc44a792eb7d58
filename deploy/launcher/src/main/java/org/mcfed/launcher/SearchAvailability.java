package org.mcfed.launcher;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Asks the search API a question four times a second in the background and counts the answers,
 * so a fault run can say how available search stayed while services and the broker were killed.
 */
public final class SearchAvailability implements AutoCloseable {

    private final PipelineProbe probe;
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    public SearchAvailability(PipelineProbe probe) {
        this.probe = probe;
        this.thread = new Thread(this::loop, "search-availability");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        String[] queries = {"data", "safety", "網絡", "pengurusan", "\"cyber security\"", "leadership"};
        int i = 0;
        while (running) {
            if (probe.searchAnswers(java.net.URLEncoder.encode(queries[i++ % queries.length], java.nio.charset.StandardCharsets.UTF_8))) {
                answered.incrementAndGet();
            } else {
                failed.incrementAndGet();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    public long answered() {
        return answered.get();
    }

    public long failed() {
        return failed.get();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
