package org.mcfed.connector;

import org.mcfed.col.pipeline.ItemProblem;

import java.util.List;

/**
 * One poll of a {@link SourceTask}: records fetched (new, changed or deleted), local ids seen but
 * unchanged (a 304, or a listing entry whose validators did not move), and failures. {@code done}
 * ends the run; {@code complete} says the whole listing was walked, the only case in which the
 * harvester may sweep for deletions (a run that failed deletes nothing). {@code itemProblems} names the
 * items of a page that could not be read as they stood (a feed page holds many records; one bad
 * item costs that item only), for the run report.
 */
public record PollResult(
        List<RawRecord> records,
        List<String> unchanged,
        List<FetchFailure> failures,
        SourcePosition position,
        boolean done,
        boolean complete,
        List<ItemProblem> itemProblems) {

    public PollResult {
        itemProblems = itemProblems == null ? List.of() : List.copyOf(itemProblems);
    }

    public static PollResult more(List<RawRecord> records, List<String> unchanged, List<FetchFailure> failures,
                                  SourcePosition position) {
        return new PollResult(records, unchanged, failures, position, false, false, List.of());
    }

    public static PollResult finished(List<RawRecord> records, List<String> unchanged, List<FetchFailure> failures,
                                      SourcePosition position, boolean complete) {
        return new PollResult(records, unchanged, failures, position, true, complete, List.of());
    }

    /** This result naming {@code problems} as well. */
    public PollResult withItemProblems(List<ItemProblem> problems) {
        return new PollResult(records, unchanged, failures, position, done, complete, problems);
    }
}
