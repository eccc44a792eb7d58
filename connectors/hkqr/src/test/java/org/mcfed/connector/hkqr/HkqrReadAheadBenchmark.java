package org.mcfed.connector.hkqr;

import org.mcfed.connector.Connectors;
import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.SourcePosition;
import org.mcfed.connector.listing.HtmlRegistryTask;
import org.mcfed.connector.run.SourceRun;
import org.mcfed.sandbox.RegistrySandbox;
import org.mcfed.sandbox.fault.FaultSpec;

import java.time.Duration;
import java.util.Map;

/**
 * Prints what reading listing pages ahead ({@code pages-in-flight}) buys a harvest whose registry
 * answers 10 % of requests with 503 and {@code Retry-After: 1}: full runs of the sandbox's HKQR with 1
 * (the baseline, one listing page after the other), 3 (the default) and 6 pages in flight, 4 detail
 * pages at a time, alternating in the same run so the machine's load falls on each alike.
 * Run: {@code mvn -B -q -o test-compile exec:java -Dexec.mainClass=org.mcfed.connector.hkqr.HkqrReadAheadBenchmark
 * -Dexec.classpathScope=test -Dexec.args=0.25} (argument: sandbox scale, default 0.25 = about 1,100 qualifications).
 */
public final class HkqrReadAheadBenchmark {

    private HkqrReadAheadBenchmark() {
    }

    public static void main(String[] args) {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 0.25;
        try (RegistrySandbox sandbox = RegistrySandbox.builder().seed(42).scale(scale).port(0).build().start()) {
            sandbox.faults("hkqr", FaultSpec.errors(0.1, 503));
            System.out.printf("hkqr at sandbox scale %.2f, 10 %% 503 with Retry-After 1 s, 4 detail pages at a time, rate limit off%n", scale);
            for (int round = 1; round <= 2; round++) {
                for (String pages : new String[] {"1", "3", "6"}) {
                    SourceConfig config = new SourceConfig("hkqr", "hkqr", sandbox.baseUrl("hkqr"), 0, 5, Duration.ofMillis(10),
                            Duration.ofSeconds(1), Duration.ofSeconds(10), SourceConfig.DEFAULT_USER_AGENT,
                            Map.of(HtmlRegistryTask.PAGES_IN_FLIGHT_OPTION, pages));
                    long t0 = System.nanoTime();
                    SourceRun run = SourceRun.harvest(Connectors.byName("hkqr").newTask(), config,
                            SourcePosition.start("bench-" + round + "-" + pages, null), Map.of(), 1_000_000);
                    double s = (System.nanoTime() - t0) / 1e9;
                    System.out.printf("round %d, %s listing page(s) in flight%s: %d records, %d failures, complete=%s in %.1f s = %.0f records/s%n",
                            round, pages, pages.equals("1") ? " (baseline)" : "", run.records().size(), run.failures().size(),
                            run.complete(), s, run.records().size() / s);
                }
            }
        }
    }
}
