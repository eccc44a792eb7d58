package org.mcfed.col.record;

import java.util.List;

/**
 * One compliance flag of a record ({@code quality.compliance.<flag id>}): whether the record
 * meets the flag's rules, and the COL elements (JSON names or paths, sorted) it lacks; empty when met.
 */
public record ComplianceFlag(boolean met, List<String> missing) {

    public ComplianceFlag {
        missing = missing == null ? List.of() : List.copyOf(missing);
    }
}
