package org.mcfed.normalizer;

import org.mcfed.connector.Connector;
import org.mcfed.connector.PollResult;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.SourcePosition;
import org.mcfed.connector.SourceTask;
import org.mcfed.sandbox.RegistrySandbox;
import org.mcfed.sandbox.truth.SourceTruth;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Real connector output for the tests: runs a connector's own {@link SourceTask} against a
 * registry over HTTP (the registry sandbox, or a loopback COL feed) and returns what it emitted.
 */
public final class RegistryHarvest {

    private RegistryHarvest() {
    }

    public static List<RawRecord> harvest(String source, String connectorName, URI baseUrl, Map<String, String> options) {
        Connector connector = ConnectorCatalog.onClassPath().get(connectorName);
        if (connector == null) {
            throw new IllegalStateException("connector " + connectorName + " is not on the test class path");
        }
        SourceConfig config = SourceConfig.of(source, connectorName, baseUrl).withRate(500).withOptions(options);
        List<RawRecord> records = new ArrayList<>();
        try (SourceTask task = connector.newTask()) {
            task.start(config, SourcePosition.start("it-" + source, null), Map.of());
            for (int polls = 0; polls < 10_000; polls++) {
                PollResult r = task.poll();
                records.addAll(r.records());
                if (r.done()) {
                    return records;
                }
            }
        }
        throw new IllegalStateException("harvest of " + source + " did not finish");
    }

    public static List<RawRecord> harvest(String source, String connectorName, URI baseUrl) {
        return harvest(source, connectorName, baseUrl, Map.of());
    }

    /** The ids ({@code source:localId}) the sandbox says the pipeline publishes for {@code source}: live, not rejected. */
    public static Set<String> expectedRecords(RegistrySandbox sandbox, String source) {
        SourceTruth truth = sandbox.truth(source).source(source);
        Set<String> ids = new HashSet<>();
        truth.liveIds().stream().filter(id -> !truth.expectedPipelineRejects().contains(id)).forEach(id -> ids.add(source + ":" + id));
        return ids;
    }
}
