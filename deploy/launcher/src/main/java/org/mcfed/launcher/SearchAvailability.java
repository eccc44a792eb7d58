package org.mcfed.launcher;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Asks the search API a question four times a second in the background and counts the answers,
 * so a fault run can say how available search stayed while services and the broker were killed.
 */
public final class SearchAvailability implements AutoCloseable {

    private final PipelineProbe probe;
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final List<String> failures = new CopyOnWriteArrayList<>();
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
            String query = queries[i++ % queries.length];
            String failure = probe.searchFailure(java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
            if (!running && failure != null) {
                return; // cut short by close() after its grace period: not a search a learner saw fail
            }
            if (failure == null) {
                answered.incrementAndGet();
            } else {
                failed.incrementAndGet();
                if (failures.size() < 20) {
                    failures.add(LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + " q=" + query + ": " + failure);
                }
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

    /** Share of searches answered, 1 when none was asked. */
    public double availability() {
        long all = answered() + failed();
        return all == 0 ? 1 : (double) answered() / all;
    }

    @Override
    public String toString() {
        return String.format("search during the run: %d answered, %d failed (%.2f%% available)%s", answered(), failed(),
                100 * availability(), failures.isEmpty() ? "" : "; failures (first 20): " + failures);
    }

    /**
     * Stops asking and waits for the search in flight to finish, so that it counts as what it was:
     * interrupting it would record a failure that only the probe caused (a fresh-clone CI run failed
     * on exactly that). Interrupts only a search still hanging after its own timeout.
     */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(PipelineProbe.SEARCH_TIMEOUT.plusSeconds(1).toMillis());
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
