package org.mcfed.connector.run;

import org.mcfed.connector.Connector;
import org.mcfed.connector.Connectors;
import org.mcfed.connector.FetchFailure;
import org.mcfed.connector.KnownRecord;
import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.SourcePosition;
import org.mcfed.connector.listing.HtmlRegistryTask;
import org.mcfed.sandbox.RegistrySandbox;
import org.mcfed.sandbox.fault.FaultSpec;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check every HTML connector runs against the sandbox's registry of the same name: after a good
 * run, the registry redesigns its detail pages (the sandbox's "redesign" fault) and the next run fails
 * with "page shape changed", emits no record that would replace a good one and sweeps nothing, so what
 * is indexed stays as it was.
 */
public final class ShapeChangeCheck {

    private static final String REASON =
            "page shape changed: \\d+ of \\d+ detail pages lack the expected labels \\(e\\.g\\. http\\S+\\)";

    private ShapeChangeCheck() {
    }

    /** Runs the check for {@code source}, the name of both the connector and the sandbox's registry. */
    public static void assertRedesignFailsAndKeepsTheIndex(String source) {
        try (RegistrySandbox sandbox = RegistrySandbox.builder().seed(7).scale(0.2).port(0).build().start()) {
            Connector connector = Connectors.byName(source);
            SourceConfig config = new SourceConfig(source, source, sandbox.baseUrl(source), 2000, 6, Duration.ofMillis(5),
                    Duration.ofMillis(100), Duration.ofSeconds(5), SourceConfig.DEFAULT_USER_AGENT, Map.of());
            SourceRun good = harvest(connector, config, "good", Map.of());
            assertThat(good.complete()).isTrue();
            assertThat(good.records()).isNotEmpty();
            Map<String, KnownRecord> known = good.knownAfter(Map.of());

            sandbox.faults(source, FaultSpec.redesigned());
            // a walk of the listing re-reads every page; an incremental run by sitemap only the changed ones
            SourceConfig walk = config.withOptions(Map.of(HtmlRegistryTask.SITEMAP_OPTION, "none"));
            assertFailsAndKeeps(harvest(connector, walk, "redesigned", known), known);
            sandbox.tick(0.3, 0, 0);
            assertFailsAndKeeps(harvest(connector, config, "redesigned-incremental", known), known);
        }
    }

    private static void assertFailsAndKeeps(SourceRun redesigned, Map<String, KnownRecord> known) {
        assertThat(redesigned.complete()).as("a shape change fails the run").isFalse();
        assertThat(redesigned.failures()).map(FetchFailure::reason).anySatisfy(r -> assertThat(r).matches(REASON));
        assertThat(redesigned.records()).as("nothing from the changed pages replaces a good record").isEmpty();
        assertThat(redesigned.deletedAmong(known.keySet())).as("a failed run sweeps nothing").isEmpty();
        assertThat(redesigned.knownAfter(known)).isEqualTo(known);
    }

    private static SourceRun harvest(Connector connector, SourceConfig config, String runId, Map<String, KnownRecord> known) {
        return SourceRun.harvest(connector.newTask(), config, SourcePosition.start(runId, null), known, 1000);
    }
}
