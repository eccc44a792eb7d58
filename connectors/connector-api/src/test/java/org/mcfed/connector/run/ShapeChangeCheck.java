package org.mcfed.connector.run;

import org.mcfed.connector.FetchFailure;
import org.mcfed.connector.KnownRecord;
import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.SourcePosition;
import org.mcfed.connector.SourceTask;

import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check every HTML connector runs against a registry that redesigns its detail pages: after a
 * good run, a run over the redesigned site fails with "page shape changed", emits no record that
 * would replace a good one and sweeps nothing, so what is indexed stays as it was.
 */
public final class ShapeChangeCheck {

    private static final String REASON =
            "page shape changed: \\d+ of \\d+ detail pages lack the expected labels \\(e\\.g\\. http\\S+\\)";

    private ShapeChangeCheck() {
    }

    /**
     * @param tasks    a fresh task of the connector per run
     * @param redesign switches the registry's detail pages to the changed shape
     * @return the failed run over the redesigned registry
     */
    public static SourceRun assertRedesignFailsAndKeepsTheIndex(Supplier<SourceTask> tasks, SourceConfig config,
                                                                Runnable redesign) {
        SourceRun good = SourceRun.harvest(tasks.get(), config, SourcePosition.start("good", null), Map.of(), 1000);
        assertThat(good.complete()).isTrue();
        assertThat(good.records()).isNotEmpty();
        Map<String, KnownRecord> known = good.knownAfter(Map.of());

        redesign.run();
        SourceRun redesigned = SourceRun.harvest(tasks.get(), config, SourcePosition.start("redesigned", null), known, 1000);

        assertThat(redesigned.complete()).as("a shape change fails the run").isFalse();
        assertThat(redesigned.failures()).map(FetchFailure::reason).anySatisfy(r -> assertThat(r).matches(REASON));
        assertThat(redesigned.records()).as("nothing from the changed pages replaces a good record").isEmpty();
        assertThat(redesigned.deletedAmong(known.keySet())).as("a failed run sweeps nothing").isEmpty();
        assertThat(redesigned.knownAfter(known)).isEqualTo(known);
        return redesigned;
    }
}
