package org.mcfed.normalizer.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.mcfed.normalizer.NormalizerEvents;
import org.mcfed.normalizer.RejectClass;

import java.util.EnumMap;
import java.util.Map;

/**
 * Micrometer counters of the normalizer (exposed at /q/metrics): raw records consumed, records
 * published (republished links included), records left unchanged on the topic, rejects by reason class, tombstones.
 */
@ApplicationScoped
public class NormalizerMetrics implements NormalizerEvents {

    private final Counter consumed;
    private final Counter published;
    private final Counter unchanged;
    private final Counter tombstones;
    private final Map<RejectClass, Counter> rejected = new EnumMap<>(RejectClass.class);

    public NormalizerMetrics(MeterRegistry registry) {
        consumed = Counter.builder("mcfed.normalizer.consumed").description("raw records read from mcfed.raw.v1")
                .register(registry);
        published = Counter.builder("mcfed.normalizer.published").description("COL records written to mcfed.records.v1")
                .register(registry);
        unchanged = Counter.builder("mcfed.normalizer.unchanged")
                .description("COL records normalised again to the value mcfed.records.v1 holds, so not written again")
                .register(registry);
        tombstones = Counter.builder("mcfed.normalizer.tombstones").description("deletions written to mcfed.records.v1")
                .register(registry);
        for (RejectClass c : RejectClass.values()) {
            rejected.put(c, Counter.builder("mcfed.normalizer.rejected").tag("reason", c.label())
                    .description("raw records written to mcfed.rejects.v1").register(registry));
        }
    }

    @Override
    public void consumed() {
        consumed.increment();
    }

    @Override
    public void published(String id) {
        published.increment();
    }

    @Override
    public void unchanged(String id) {
        unchanged.increment();
    }

    @Override
    public void rejected(RejectClass reason) {
        rejected.get(reason).increment();
    }

    @Override
    public void tombstone(String id) {
        tombstones.increment();
    }
}
