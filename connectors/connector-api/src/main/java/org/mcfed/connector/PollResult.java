package org.mcfed.connector;

import java.util.List;

/**
 * One poll of a {@link SourceTask}: records fetched (new, changed or deleted), local ids seen but
 * unchanged (a 304, or a listing entry whose validators did not move), and failures. {@code done}
 * ends the run; {@code complete} says the whole listing was walked, the only case in which the
 * harvester may sweep for deletions (a run that failed deletes nothing).
 */
public record PollResult(
        List<RawRecord> records,
        List<String> unchanged,
        List<FetchFailure> failures,
        SourcePosition position,
        boolean done,
        boolean complete) {

    public static PollResult more(List<RawRecord> records, List<String> unchanged, List<FetchFailure> failures,
                                  SourcePosition position) {
        return new PollResult(records, unchanged, failures, position, false, false);
    }

    public static PollResult finished(List<RawRecord> records, List<String> unchanged, List<FetchFailure> failures,
                                      SourcePosition position, boolean complete) {
        return new PollResult(records, unchanged, failures, position, true, complete);
    }
}
