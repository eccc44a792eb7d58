package org.mcfed.col.validate;

import org.mcfed.col.record.ColRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of validating a record: every problem, and the record (for raw JSON, bound
 * leniently: fields whose value could not be bound are null; null only when the input is not a
 * JSON object). For a {@link ColRecord} use {@code new Validation(record, ColValidator.validate(record))}.
 */
public record Validation(ColRecord record, List<Problem> problems) {

    public Validation {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /**
     * Whether the record must go to the rejects topic rather than be published with its gaps
     * scored: per docs/col-record.md only when it cannot be identified or has no title.
     */
    public boolean rejected() {
        return !rejectionReasons().isEmpty();
    }

    /**
     * The problems that make the record rejectable: not a record at all, a missing or malformed
     * {@code id}, or no non-blank title entry (the title problems, or one saying so). Empty when
     * the record is publishable; its other problems are then scored, not fatal.
     */
    public List<Problem> rejectionReasons() {
        if (record == null) {
            return problems.isEmpty() ? List.of(new Problem("$", "not a COL record")) : problems;
        }
        List<Problem> reasons = new ArrayList<>(problems.stream().filter(p -> p.field().equals("$") || p.field().equals("id")).toList());
        if (!QualityScore.isPresent(record, "title")) {
            List<Problem> title = problems.stream().filter(p -> p.field().equals("title") || p.field().startsWith("title.")).toList();
            reasons.addAll(title.isEmpty() ? List.of(new Problem("title", "no non-blank title")) : title);
        }
        return List.copyOf(reasons);
    }
}
