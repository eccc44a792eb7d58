package org.mcfed.harvester.run;

import io.micrometer.core.instrument.MeterRegistry;
import org.mcfed.harvester.state.RunCounts;

/**
 * Micrometer counters an operator can alert on: records by outcome ({@code new}, {@code changed},
 * {@code unchanged}, {@code deleted}, {@code failed}), feed items that could not be read as they
 * stood ({@code mcfed.harvest.item-problems}) and runs by status, tagged by source. Counted
 * only once the transaction that published them committed.
 */
public final class HarvestMetrics {

    private final MeterRegistry registry;

    public HarvestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void committed(String source, RunCounts delta) {
        count(source, "new", delta.created());
        count(source, "changed", delta.changed());
        count(source, "unchanged", delta.unchanged());
        count(source, "deleted", delta.deleted());
        count(source, "failed", delta.failed());
        registry.counter("mcfed.harvest.pages", "source", source).increment(delta.pages());
        registry.counter("mcfed.harvest.item-problems", "source", source).increment(delta.itemProblemCount());
        registry.counter("mcfed.harvest.fetched", "source", source).increment(delta.fetched());
        registry.counter("mcfed.harvest.published", "source", source)
                .increment(delta.created() + delta.changed() + delta.deleted());
    }

    public void run(String source, String status) {
        registry.counter("mcfed.harvest.runs", "source", source, "status", status).increment();
    }

    private void count(String source, String outcome, long n) {
        if (n > 0) {
            registry.counter("mcfed.harvest.records", "source", source, "outcome", outcome).increment(n);
        }
    }
}
