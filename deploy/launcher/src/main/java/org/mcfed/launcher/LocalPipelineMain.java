package org.mcfed.launcher;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code deploy/run-local.sh}: starts the pipeline, prints where the web UI is, shows the first
 * harvest's progress per source until every expected record is indexed or rejected, then keeps
 * running until Ctrl-C, which stops every service cleanly.
 */
public final class LocalPipelineMain {

    private LocalPipelineMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (java.util.Arrays.asList(args).contains("--help")) {
            System.out.print(PipelineOptions.USAGE);
            return;
        }
        PipelineOptions options;
        try {
            options = PipelineOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        LocalPipeline pipeline = new LocalPipeline(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nstopping: harvester, index-service, normalizer, sandbox, broker ...");
            pipeline.close();
            System.out.println("stopped cleanly.");
            stopped.countDown();
        }, "pipeline-shutdown"));

        for (ServiceProcess s : pipeline.services()) {
            System.out.printf("starting %-17s (port %d, log %s)%n", s.name(), s.port(), options.repo().relativize(s.log()));
            s.start();
            s.awaitReady(Duration.ofMinutes(3));
        }
        System.out.println();
        System.out.println("  web UI (learners)   http://localhost:" + options.indexPort() + "/");
        System.out.println("  search API          http://localhost:" + options.indexPort() + "/api/search?q=data");
        System.out.println("  operators           http://localhost:" + options.indexPort() + "/dashboard.html");
        System.out.println("  harvester admin     http://localhost:" + options.harvesterPort() + "/admin/sources  (user "
                + LocalAdminSecret.USER + ", this run's password in " + options.repo().relativize(pipeline.admin().file()) + ")");
        if (options.sandbox()) {
            System.out.println("  registry sandbox    http://localhost:" + options.sandboxPort() + "/_sandbox/truth");
        }
        System.out.println("Ctrl-C stops everything.\n");
        if (options.sandbox()) {
            showProgress(new PipelineProbe(options));
        }
        stopped.await();
    }

    /** Prints one progress line every two seconds until indexed + rejected reaches the ground truth. */
    private static void showProgress(PipelineProbe probe) throws InterruptedException {
        Instant start = Instant.now();
        Map<String, Long> expected = null;
        while (true) {
            try {
                if (expected == null) {
                    expected = probe.expected();
                }
                Map<String, Long> indexed = probe.indexed();
                Map<String, Long> rejected = probe.rejected();
                long want = expected.values().stream().mapToLong(Long::longValue).sum();
                long done = 0;
                StringBuilder line = new StringBuilder();
                for (var e : expected.entrySet()) {
                    long d = indexed.getOrDefault(e.getKey(), 0L) + rejected.getOrDefault(e.getKey(), 0L);
                    done += d;
                    line.append(String.format("%s %d/%d  ", e.getKey(), d, e.getValue()));
                }
                int bar = want == 0 ? 0 : (int) Math.min(20, done * 20 / want);
                System.out.printf("\r[%4ds] %s[%s%s] %d%%   ", Duration.between(start, Instant.now()).toSeconds(), line,
                        "#".repeat(bar), ".".repeat(20 - bar), want == 0 ? 0 : done * 100 / want);
                if (want > 0 && done >= want) {
                    System.out.printf("%nfirst harvest complete: %d records indexed or rejected in %d s; search at http://localhost:%d/%n",
                            done, Duration.between(start, Instant.now()).toSeconds(), probe.options().indexPort());
                    return;
                }
            } catch (IOException e) {
                System.out.printf("\r[%4ds] waiting for the services: %s   ", Duration.between(start, Instant.now()).toSeconds(), e.getMessage());
            }
            Thread.sleep(2000);
        }
    }
}
