package org.mcfed.launcher.ingest;

import java.io.IOException;
import java.time.Duration;

/**
 * Re-normalising the whole raw topic, as after a crosswalk change: {@code POST /admin/replay} on the
 * normalizer, then the time until it has read again as many raw values as it had read in the whole
 * run before (its {@code mcfed.normalizer.consumed} counter), which is every value the topic holds.
 */
public final class ReplayRun {

    static final String CONSUMED = "mcfed_normalizer_consumed_total";

    /** Raw values re-normalised and the seconds it took; {@code finished} false when the timeout came first. */
    public record Result(long records, double seconds, boolean finished) {
        public double perSecond() {
            return records / Math.max(seconds, 1e-9);
        }
    }

    private final ServiceCalls calls;
    private final int normalizerPort;
    private final String basicAuth;

    public ReplayRun(ServiceCalls calls, int normalizerPort, String basicAuth) {
        this.calls = calls;
        this.normalizerPort = normalizerPort;
        this.basicAuth = basicAuth;
    }

    public Result run(Duration timeout) throws IOException, InterruptedException {
        long before = consumed();
        long start = System.nanoTime();
        calls.post(url("/admin/replay"), basicAuth);
        long deadline = start + timeout.toNanos();
        long done = 0;
        while (System.nanoTime() < deadline) {
            done = consumed() - before;
            if (done >= before) {
                return new Result(before, (System.nanoTime() - start) / 1e9, true);
            }
            Thread.sleep(250);
        }
        return new Result(done, (System.nanoTime() - start) / 1e9, false);
    }

    private long consumed() throws IOException {
        return (long) PrometheusText.sum(calls.getText(url("/q/metrics")), CONSUMED);
    }

    private String url(String path) {
        return "http://localhost:" + normalizerPort + path;
    }
}
