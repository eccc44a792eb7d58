package org.mcfed.sandbox.core;

import java.time.Instant;

/**
 * What every registry needs to know at construction: the seed, the scale factor and the
 * sandbox epoch (the virtual "now" at tick 0; pages never read the wall clock, so the same
 * seed and scale give byte-identical pages).
 */
public record SiteContext(long seed, double scale, long epochSeconds) {

    /** 2026-01-01T00:00:00Z: dates on pages are spread before it, validity ends around it. */
    public static final long DEFAULT_EPOCH = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();

    /** A real-world count multiplied by the scale, at least 1. */
    public int scaled(int base) {
        return (int) Math.max(1, Math.round(base * scale));
    }
}
