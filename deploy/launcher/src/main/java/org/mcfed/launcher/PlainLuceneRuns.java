package org.mcfed.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The benchmark's baseline timed more than once in one run. This machine's speed moves from one minute to the next: in
 * three runs in a row plain Lucene took 33.3, 22.5 and 24.0 s on the same records, so one new replica's share of it
 * moved from 52 to 33 % (BENCHMARKS.md, 2026-12-07, thirtieth session). A goal is judged against the median of the
 * runs, and the spread is printed beside it so that a reader sees how much of a verdict the machine decided.
 */
final class PlainLuceneRuns {

    private final List<PlainLuceneBaseline.Result> runs = new ArrayList<>();

    void add(PlainLuceneBaseline.Result run) {
        runs.add(run);
    }

    int size() {
        return runs.size();
    }

    /** The median run's seconds and, separately, the median CPU, over the records of the last run. */
    PlainLuceneBaseline.Result median() {
        if (runs.isEmpty()) {
            throw new IllegalStateException("plain Lucene was not timed");
        }
        return new PlainLuceneBaseline.Result(runs.get(runs.size() - 1).records(), median(PlainLuceneBaseline.Result::seconds),
                median(PlainLuceneBaseline.Result::cpuSeconds));
    }

    /** "47.4 s (median of 3: 44.0 to 49.1 s)", or the one figure when timed once. */
    String seconds() {
        return spread("%.1f", " s", PlainLuceneBaseline.Result::seconds);
    }

    /** As {@link #seconds}, in records per second. */
    String perSecond() {
        return spread("%,.0f", " records/s", PlainLuceneBaseline.Result::perSecond);
    }

    /** As {@link #seconds}, in CPU milliseconds per record. */
    String cpuMillisPerRecord() {
        return spread("%.3f", " ms", PlainLuceneBaseline.Result::cpuMillisPerRecord);
    }

    /**
     * A rate's share of plain Lucene's rate in each run, lowest to highest ("32.0 to 38.3 %"): the range a verdict
     * against the median would have moved in, had the run timed plain Lucene only once.
     */
    String shareRange(double rate) {
        double[] shares = sorted(r -> 100 * rate / r.perSecond());
        return String.format(Locale.ROOT, "%.1f to %.1f %%", shares[0], shares[shares.length - 1]);
    }

    /** The figure of the {@link #median} run, then the lowest and highest of the runs' own figures. */
    private String spread(String number, String unit, ToDoubleFunction<PlainLuceneBaseline.Result> figure) {
        String m = String.format(Locale.ROOT, number, figure.applyAsDouble(median())) + unit;
        if (runs.size() == 1) {
            return m;
        }
        double[] all = sorted(figure);
        return String.format(Locale.ROOT, "%s (median of %d: " + number + " to " + number + "%s)", m, runs.size(),
                all[0], all[all.length - 1], unit);
    }

    private double median(ToDoubleFunction<PlainLuceneBaseline.Result> figure) {
        double[] all = sorted(figure);
        int n = all.length;
        return n % 2 == 1 ? all[n / 2] : (all[n / 2 - 1] + all[n / 2]) / 2;
    }

    /** Each run's figure, lowest first. */
    private double[] sorted(ToDoubleFunction<PlainLuceneBaseline.Result> figure) {
        return runs.stream().mapToDouble(figure).sorted().toArray();
    }
}
