package org.mcfed.connector;

import org.mcfed.col.pipeline.ItemProblem;

import java.util.List;

/**
 * One poll of a {@link SourceTask}: records fetched (new, changed or deleted), local ids seen but
 * unchanged (a 304, or a listing entry whose validators did not move), and failures. {@code done}
 * ends the run; {@code complete} says the whole listing was walked, the only case in which the
 * harvester may sweep for deletions (a run that failed deletes nothing). {@code itemProblems} names the
 * items of a page that could not be read as they stood (a feed page holds many records; one bad
 * item costs that item only), for the run report. {@code rederivedUnchanged}: see
 * {@link #withRederivedUnchanged}.
 */
public record PollResult(
        List<RawRecord> records,
        List<String> unchanged,
        List<FetchFailure> failures,
        SourcePosition position,
        boolean done,
        boolean complete,
        List<ItemProblem> itemProblems,
        List<String> rederivedUnchanged) {

    public PollResult {
        itemProblems = itemProblems == null ? List.of() : List.copyOf(itemProblems);
        rederivedUnchanged = rederivedUnchanged == null ? List.of() : rederivedUnchanged;
    }

    public static PollResult more(List<RawRecord> records, List<String> unchanged, List<FetchFailure> failures,
                                  SourcePosition position) {
        return new PollResult(records, unchanged, failures, position, false, false, List.of(), List.of());
    }

    public static PollResult finished(List<RawRecord> records, List<String> unchanged, List<FetchFailure> failures,
                                      SourcePosition position, boolean complete) {
        return new PollResult(records, unchanged, failures, position, true, complete, List.of(), List.of());
    }

    /** This result naming {@code problems} as well. */
    public PollResult withItemProblems(List<ItemProblem> problems) {
        return new PollResult(records, unchanged, failures, position, done, complete, problems, rederivedUnchanged);
    }

    /**
     * This result also naming {@code ids} unchanged as a whole: known records that a view of the entire
     * registry shows unchanged (a sitemap's pages not modified since the known Last-Modified, an
     * incremental feed's known records it does not list). Unlike {@link #unchanged()}, which a resumed
     * run cannot report again (a 304 on a listing page already behind its cursor), a resumed run derives
     * these again from that view, so the harvester keeps them out of its deletion sweep in memory instead
     * of writing each one to its state: at a million records, a rewrite of every unchanged record per run
     * held the whole state twice in the heap and made an incremental run cost like a full one (issue 16).
     */
    public PollResult withRederivedUnchanged(List<String> ids) {
        return new PollResult(records, unchanged, failures, position, done, complete, itemProblems, ids);
    }
}
