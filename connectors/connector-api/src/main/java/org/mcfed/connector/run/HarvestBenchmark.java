package org.mcfed.connector.run;

import org.mcfed.col.enrich.ColEnrichment;
import org.mcfed.connector.Connector;
import org.mcfed.connector.Connectors;
import org.mcfed.connector.KnownRecord;
import org.mcfed.connector.MappingException;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.SourcePosition;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Prints how fast a connector harvests a registry on this machine: a full run, an unchanged rerun
 * (conditional GETs answered 304) and parse-to-enriched-COL mapping, with the rate limit off, so
 * the figures are the connector's and the server's cost, not politeness. Each connector folder
 * has a small main that starts the registry sandbox and calls {@link #run}.
 */
public final class HarvestBenchmark {

    private HarvestBenchmark() {
    }

    public static void run(String connectorName, URI baseUrl, String scaleNote) {
        Connector connector = Connectors.byName(connectorName);
        SourceConfig config = new SourceConfig(connectorName, connectorName, baseUrl, 0, 5, Duration.ofMillis(10),
                Duration.ofSeconds(1), Duration.ofSeconds(10), SourceConfig.DEFAULT_USER_AGENT, Map.of());
        System.out.printf("%s at %s, %d processors, rate limit off%n", connectorName, scaleNote,
                Runtime.getRuntime().availableProcessors());

        long t0 = System.nanoTime();
        SourceRun full = SourceRun.harvest(connector.newTask(), config, SourcePosition.start("bench-1", null), Map.of(), 1_000_000);
        double fullSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("full run:      %,d records, %d polls, %d failures in %.2f s = %,.0f records/s%n",
                full.records().size(), full.polls(), full.failures().size(), fullSeconds, full.records().size() / fullSeconds);

        Map<String, KnownRecord> known = full.knownAfter(Map.of());
        long t1 = System.nanoTime();
        SourceRun again = SourceRun.harvest(connector.newTask(), config, SourcePosition.start("bench-2", null), known, 1_000_000);
        double againSeconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf("unchanged run: %,d unchanged (304), %d fetched in %.2f s = %,.0f records/s%n",
                again.unchanged().size(), again.records().size(), againSeconds, again.unchanged().size() / againSeconds);

        for (int round = 1; round <= 3; round++) {
            long t2 = System.nanoTime();
            int mapped = 0;
            for (RawRecord raw : full.records()) {
                try {
                    ColEnrichment.enrich(connector.mapper().map(raw));
                    mapped++;
                } catch (MappingException rejected) {
                    // counted out of the figure
                }
            }
            double mapSeconds = (System.nanoTime() - t2) / 1e9;
            System.out.printf("map+enrich round %d: %,d records in %.3f s = %,.0f records/s%n", round, mapped, mapSeconds, mapped / mapSeconds);
        }
    }
}
