package org.mcfed.launcher.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * What each stage had done at each sample of a run: records harvested, normalised, and searchable
 * or rejected by the index. From it the benchmark reads when each stage finished and how far the
 * index fell behind the normaliser: for a sample at {@code t} whose index had taken in {@code n}
 * records, the lag is {@code t} minus the first moment the normaliser had put out {@code n}. That
 * is the age of the newest record the index has caught up with, the figure the issue bounds by 30 s.
 */
public final class IngestTimeline {

    /** One sample: seconds since the run started and each stage's count so far. */
    public record Sample(double seconds, long harvested, long normalised, long indexed) {
    }

    private final List<Sample> samples = new ArrayList<>();

    public void add(Sample s) {
        samples.add(s);
    }

    /** When the stage's count last changed, with the count; the stage's rate is count / seconds. */
    public record Finish(long records, double seconds) {
        public double perSecond() {
            return records / Math.max(seconds, 1e-9);
        }
    }

    public Finish harvestFinish() {
        return finish(Sample::harvested);
    }

    public Finish normaliseFinish() {
        return finish(Sample::normalised);
    }

    public Finish indexFinish() {
        return finish(Sample::indexed);
    }

    /**
     * The largest lag, in seconds, of the index behind the normaliser over the run (see the class
     * comment); 0 when the index kept up at every sample.
     */
    public double maxIndexLagSeconds() {
        double max = 0;
        int first = 0;
        for (Sample s : samples) {
            while (first < samples.size() && samples.get(first).normalised() < s.indexed()) {
                first++;
            }
            // the normaliser's count is sampled too: s.indexed() was reached at or before samples[first]
            double reached = first < samples.size() ? samples.get(first).seconds() : s.seconds();
            max = Math.max(max, s.seconds() - Math.min(reached, s.seconds()));
        }
        return max;
    }

    public int size() {
        return samples.size();
    }

    private Finish finish(java.util.function.ToLongFunction<Sample> stage) {
        long last = -1;
        double at = 0;
        for (Sample s : samples) {
            long v = stage.applyAsLong(s);
            if (v != last) {
                last = v;
                at = s.seconds();
            }
        }
        return new Finish(Math.max(last, 0), at);
    }
}
