package org.mcfed.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The fault benchmark ({@code deploy/fault-benchmark.sh}): the whole pipeline, with two index-service
 * replicas behind HAProxy, harvests the sandbox at scale 16.3 (about 100,000 records) with faults on
 * (10% 503 with Retry-After, 2% resets, 1% malformed pages, stalled answers that outlast the
 * harvester's request timeout), while services are SIGKILLed in turn: the harvester, the normalizer,
 * each replica (the second rebuilt from the topic), the broker twice, and the harvester and the
 * normalizer together. It prints each kill's recovery time, the searches that failed through the load
 * balancer, the reconciliation by id of each replica against the sandbox's ground truth, and as the
 * baseline the records per second of the same run before the first kill. Exits 1 when a check fails.
 */
public final class FaultBenchmark {

    /** The sandbox's faults: the fault suite's, plus stalls of 8 s against a 5 s request timeout. */
    static final String DEFAULT_FAULTS = "errorRate=0.1&errorStatus=503&retryAfterSeconds=1&resetRate=0.02&malformedRate=0.01"
            + "&stallRate=0.001&stallMillis=8000";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(10);

    private final LocalPipeline pipeline;
    private final PipelineOptions options;
    private final String faults;

    private FaultBenchmark(PipelineOptions options, String faults) {
        this.options = options;
        this.faults = faults;
        this.pipeline = new LocalPipeline(options);
    }

    public static void main(String[] args) throws Exception {
        List<String> a = new ArrayList<>(List.of(args));
        String faults = DEFAULT_FAULTS;
        int at = a.indexOf("--faults");
        if (at >= 0 && at + 1 < a.size()) {
            faults = a.remove(at + 1);
            a.remove(at);
        }
        defaultTo(a, "--scale", "16.3");
        defaultTo(a, "--rate-limit", "5000");
        defaultTo(a, "--run-dir", ".run/fault-benchmark");
        defaultTo(a, "--index-replicas", "2");
        // one Retry-After second per 503 would otherwise stall a source's only few fetches
        defaultTo(a, "--detail-concurrency", "32");
        PipelineOptions parsed = PipelineOptions.parse(a.toArray(String[]::new));
        // on free ports: a long run must not collide with a pipeline someone started on the default ones
        PipelineOptions options = PipelineOptions.onFreePorts(parsed.repo(), parsed.runDir(), parsed.scale(), parsed.rateLimit())
                .withIndexReplicas(Math.max(1, parsed.indexReplicaPorts().size())).withRequestTimeout(REQUEST_TIMEOUT).withDetailConcurrency(parsed.detailConcurrency());
        RunDirectory.clear(options.runDir());
        FaultBenchmark bench = new FaultBenchmark(options, faults);
        Runtime.getRuntime().addShutdownHook(new Thread(bench.pipeline::close, "fault-benchmark-shutdown"));
        boolean passed;
        try {
            passed = bench.run();
        } catch (Exception e) {
            e.printStackTrace();
            passed = false;
        }
        System.exit(passed ? 0 : 1);
    }

    private static void defaultTo(List<String> args, String option, String value) {
        if (!args.contains(option)) {
            args.addAll(List.of(option, value));
        }
    }

    private boolean run() throws Exception {
        for (ServiceProcess s : pipeline.services()) {
            s.start();
            s.awaitReady(Duration.ofMinutes(5));
            if (s.name().equals(LocalPipeline.SANDBOX)) {
                post("http://localhost:" + options.sandboxPort() + "/_sandbox/faults?source=all&" + faults);
            }
        }
        PipelineProbe probe = new PipelineProbe(options);
        long expected = probe.expected().values().stream().mapToLong(Long::longValue).sum();
        List<String> replicas = pipeline.indexReplicas();
        System.out.printf("sandbox scale %.1f: %,d live records; faults %s; harvester request timeout %d s; replicas %s%n",
                options.scale(), expected, faults, REQUEST_TIMEOUT.toSeconds(), replicas);

        long t0 = System.nanoTime();
        List<List<String>> schedule = List.of(List.of(LocalPipeline.HARVESTER), List.of(LocalPipeline.NORMALIZER),
                List.of(replicas.get(0)), List.of(LocalPipeline.KAFKA), List.of(replicas.get(1)),
                List.of(LocalPipeline.KAFKA), List.of(LocalPipeline.HARVESTER, LocalPipeline.NORMALIZER));
        List<KillDrill.Recovery> recoveries = new ArrayList<>();
        double baselineRate = 0;
        try (KillDrill drill = new KillDrill(pipeline, probe); SearchAvailability search = new SearchAvailability(probe)) {
            for (int i = 0; i < schedule.size(); i++) {
                long target = expected * (i + 1) / (schedule.size() + 1);
                awaitDone(drill, target, expected, t0);
                if (i == 0) {
                    baselineRate = drill.done() / secs(System.nanoTime() - t0);
                }
                List<String> victims = schedule.get(i);
                KillDrill.Recovery r = victims.equals(List.of(replicas.get(1)))
                        ? drill.killAndRebuild(expected, victims.get(0))
                        : drill.killAndRestart(expected, victims.toArray(String[]::new));
                recoveries.add(r);
                System.out.printf("%n  %s%n", r);
            }
            awaitDone(drill, expected, expected, t0);
            double total = secs(System.nanoTime() - t0);
            search.close();

            System.out.printf("%n%nfault benchmark: %,d records indexed or rejected in %.0f s%n", expected, total);
            System.out.printf("  records/s before the first kill (baseline, same run) %,.0f; over the whole run with %d kills %,.0f%n",
                    baselineRate, recoveries.size(), expected / total);
            recoveries.forEach(r -> System.out.println("  " + r));
            Duration worst = recoveries.stream().map(KillDrill.Recovery::moving).max(Duration::compareTo).orElse(Duration.ZERO);
            Duration worstAfterBack = recoveries.stream().map(KillDrill.Recovery::movingAfterBack).max(Duration::compareTo)
                    .orElse(Duration.ZERO);
            System.out.printf("  slowest recovery %.1f s from the kill, %.1f s from the victims being back (bound %d s from the"
                            + " kill for every single kill, as the issue asks; for the double kill, from the victims being back;"
                            + " and every victim's own stage working within the bound of its being back)%n",
                    worst.toMillis() / 1000.0, worstAfterBack.toMillis() / 1000.0, RECOVERY_BOUND.toSeconds());
            boolean recovered = recoveries.stream().allMatch(r -> r.stageMovingAfterBack().compareTo(RECOVERY_BOUND) <= 0
                    && (r.victims().size() == 1 ? r.moving() : r.movingAfterBack()).compareTo(RECOVERY_BOUND) <= 0);
            System.out.println("  " + search);
            boolean reconciled = true;
            for (String replica : replicas) {
                Reconciliation.Report report = awaitReconciled(replica);
                System.out.println("  " + replica + ": " + report);
                reconciled &= report.reconciled();
            }
            boolean passed = reconciled && recovered && search.availability() >= 0.999;
            System.out.println(passed ? "PASSED" : "FAILED: see above");
            return passed;
        }
    }

    /** Reconciles one replica, asking again for up to two minutes while the last records settle. */
    private Reconciliation.Report awaitReconciled(String replica) throws IOException, InterruptedException {
        Reconciliation reconciliation = new Reconciliation(options, pipeline.service(replica).port());
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        Reconciliation.Report report = reconciliation.check();
        while (!report.reconciled() && System.nanoTime() < deadline) {
            Thread.sleep(5000);
            report = reconciliation.check();
        }
        return report;
    }

    private void awaitDone(KillDrill drill, long target, long expected, long t0) throws InterruptedException {
        long lastPrint = 0;
        while (true) {
            long done = drill.done();
            if (done >= target) {
                return;
            }
            if (System.nanoTime() - lastPrint > 10_000_000_000L) {
                lastPrint = System.nanoTime();
                System.out.printf("\r[%5.0f s] %,d of %,d indexed or rejected   ", secs(lastPrint - t0), done, expected);
            }
            Thread.sleep(1000);
        }
    }

    private static double secs(long nanos) {
        return nanos / 1e9;
    }

    private static void post(String url) throws IOException, InterruptedException {
        HttpResponse<String> res = ServiceHttp.client(Duration.ofSeconds(5)).send(
                HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IOException(url + " answered " + res.statusCode() + ": " + res.body());
        }
    }
}
