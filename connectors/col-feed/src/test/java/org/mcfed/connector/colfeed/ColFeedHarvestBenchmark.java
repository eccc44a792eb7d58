package org.mcfed.connector.colfeed;

import org.mcfed.connector.Connector;
import org.mcfed.connector.Connectors;
import org.mcfed.connector.MappingException;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.SourcePosition;
import org.mcfed.connector.run.SourceRun;
import org.mcfed.sandbox.RegistrySandbox;

import java.time.Duration;
import java.util.Map;

/**
 * Prints how fast this connector harvests the sandbox's COL-feed registry on this machine, over
 * the JSON feed and over OAI-PMH: a full run, an incremental run from the watermark after a tick,
 * and validate+map+enrich, with the rate limit off (the connector's and loopback server's cost).
 * Run: {@code mvn -B -q -o test-compile exec:java -Dexec.mainClass=org.mcfed.connector.colfeed.ColFeedHarvestBenchmark
 * -Dexec.classpathScope=test -Dexec.args=10} (argument: sandbox scale, default 10 = 3,000 records).
 */
public final class ColFeedHarvestBenchmark {

    private static final String SOURCE = "col-feed";

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        Connector connector = Connectors.byName(SOURCE);
        System.out.printf("%s at sandbox scale %.1f, %d processors, rate limit off%n", SOURCE, scale,
                Runtime.getRuntime().availableProcessors());
        for (String protocol : new String[] {"json", "oai"}) {
            try (RegistrySandbox sandbox = RegistrySandbox.builder().seed(42).scale(scale).port(0).build().start()) {
                SourceConfig config = new SourceConfig(SOURCE, SOURCE, sandbox.baseUrl(SOURCE), 0, 5, Duration.ofMillis(10),
                        Duration.ofSeconds(1), Duration.ofSeconds(30), SourceConfig.DEFAULT_USER_AGENT,
                        Map.of("protocol", protocol, "limit", "500"));

                long t0 = System.nanoTime();
                SourceRun full = SourceRun.harvest(connector.newTask(), config, SourcePosition.start("bench-1", null), Map.of(), 1_000_000);
                double fullSeconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf("%s full run:        %,d records, %d polls, %d failures in %.2f s = %,.0f records/s%n", protocol,
                        full.records().size(), full.polls(), full.failures().size(), fullSeconds, full.records().size() / fullSeconds);

                sandbox.tick(0.01, 0.005, 0.002);
                long t1 = System.nanoTime();
                SourceRun changes = SourceRun.harvest(connector.newTask(), config, SourcePosition.start("bench-2", full.position().since()),
                        full.knownAfter(Map.of()), 1_000_000);
                double changesSeconds = (System.nanoTime() - t1) / 1e9;
                System.out.printf("%s incremental run: %,d fetched (%d deletions), %,d unchanged in %.2f s%n", protocol,
                        changes.records().size(), changes.records().stream().filter(RawRecord::deleted).count(),
                        changes.unchanged().size(), changesSeconds);

                for (int round = 1; round <= 3; round++) {
                    long t2 = System.nanoTime();
                    int mapped = 0;
                    for (RawRecord raw : full.records()) {
                        try {
                            if (!raw.deleted()) {
                                connector.mapper().map(raw);
                                mapped++;
                            }
                        } catch (MappingException rejected) {
                            // counted out of the figure
                        }
                    }
                    double mapSeconds = (System.nanoTime() - t2) / 1e9;
                    System.out.printf("%s validate+map+enrich round %d: %,d records in %.3f s = %,.0f records/s%n", protocol, round,
                            mapped, mapSeconds, mapped / mapSeconds);
                }
            }
        }
    }
}
