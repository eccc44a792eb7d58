package org.mcfed.sandbox.truth;

import java.util.Map;

/**
 * What the sandbox registries hold at one moment, per source, for tests that reconcile what the
 * pipeline indexed against it. {@code tick} counts the ticks applied so far.
 */
public record GroundTruth(long seed, double scale, int tick, Map<String, SourceTruth> sources) {

    public SourceTruth source(String name) {
        SourceTruth t = sources.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no source '" + name + "'; known: " + sources.keySet());
        }
        return t;
    }
}
