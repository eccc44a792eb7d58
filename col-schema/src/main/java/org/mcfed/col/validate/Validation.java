package org.mcfed.col.validate;

import org.mcfed.col.record.ColRecord;

import java.util.List;

/**
 * The outcome of validating raw JSON: every problem, and the record bound leniently (fields whose
 * value could not be bound are null; null only when the input is not a JSON object).
 */
public record Validation(ColRecord record, List<Problem> problems) {

    public Validation {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /**
     * Whether the record must be rejected rather than published with its gaps scored: per
     * shared/design/col-record.md only when it cannot be identified ({@code id}) or has no
     * {@code title}, or is not a record at all.
     */
    public boolean rejected() {
        return record == null || problems.stream().anyMatch(p -> ColValidator.isIdentifying(p.field()));
    }
}
