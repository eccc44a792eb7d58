package org.mcfed.col.compliance;

import java.util.List;

/**
 * One compliance flag as its data files define it: its id, the COL elements (JSON names or
 * dotted paths) a record must state, in file order, and when the flag applies (empty: always;
 * else any one {@link Condition} holding).
 */
record FlagRules(String flag, List<String> elements, List<Condition> appliesWhen) {

    FlagRules {
        elements = List.copyOf(elements);
        appliesWhen = List.copyOf(appliesWhen);
    }

    /** {@code path=value}: the record's text at the COL JSON path equals the value. */
    record Condition(String path, String value) {
    }
}
