package org.mcfed.harvester.run;

import org.jboss.logging.Logger;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.pipeline.RunReport;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.pipeline.kafka.ReadToEnd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;

/**
 * Reads back the run reports on {@code mcfed.harvest-runs.v1} at start-up, so that the admin API and the
 * breakers know each source's last runs after a restart. A failure here costs only that history.
 */
final class LastRunReports {

    private static final Logger LOG = Logger.getLogger(HarvestEngine.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private LastRunReports() {
    }

    static void load(org.apache.kafka.clients.consumer.Consumer<String, byte[]> reader, Map<String, SourceControl> controls) {
        try (reader) {
            ReadToEnd.fromStart(reader, Topics.HARVEST_RUNS, TIMEOUT, r -> {
                SourceControl c = r.key() == null || r.value() == null ? null : controls.get(r.key());
                if (c != null) {
                    c.reported(read(r.value()));
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("could not read back earlier run reports from %s: %s", Topics.HARVEST_RUNS, e.toString());
        }
    }

    private static RunReport read(byte[] value) {
        try {
            return ColJson.mapper().readValue(value, RunReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
