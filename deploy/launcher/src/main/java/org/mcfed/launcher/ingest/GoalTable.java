package org.mcfed.launcher.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's closing table: every figure the issue sets a goal for, as measured, beside the
 * baseline measured in the same run and the goal, with a verdict. Printed last so that a reader
 * sees in one place what is met and what is not.
 */
public final class GoalTable {

    private record Row(String figure, String measured, String baseline, String goal, Boolean met) {
    }

    private final List<Row> rows = new ArrayList<>();

    /** A figure with a goal; {@code met} null when it could not be measured in this run. */
    public void add(String figure, String measured, String baseline, String goal, Boolean met) {
        rows.add(new Row(figure, measured, baseline, goal, met));
    }

    /** A figure printed for the record, without a goal of its own. */
    public void info(String figure, String measured, String baseline) {
        rows.add(new Row(figure, measured, baseline, "", null));
    }

    public String render() {
        int f = width(Row::figure, "figure"), m = width(Row::measured, "measured"), b = width(Row::baseline, "baseline (same run)"),
                g = width(Row::goal, "goal");
        String format = "  %-" + f + "s  %-" + m + "s  %-" + b + "s  %-" + g + "s  %s%n";
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, format, "figure", "measured", "baseline (same run)", "goal", "verdict"));
        for (Row r : rows) {
            String verdict = r.goal().isEmpty() ? "" : r.met() == null ? "not measured" : r.met() ? "met" : "NOT MET";
            out.append(String.format(Locale.ROOT, format, r.figure(), r.measured(), r.baseline(), r.goal(), verdict));
        }
        return out.toString();
    }

    /** How many goals are not met (or were not measured). */
    public long unmet() {
        return rows.stream().filter(r -> !r.goal().isEmpty() && !Boolean.TRUE.equals(r.met())).count();
    }

    private int width(java.util.function.Function<Row, String> column, String header) {
        return Math.max(header.length(), rows.stream().mapToInt(r -> column.apply(r).length()).max().orElse(0));
    }
}
