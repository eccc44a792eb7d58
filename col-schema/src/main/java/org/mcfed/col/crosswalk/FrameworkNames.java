package org.mcfed.col.crosswalk;

import org.mcfed.col.data.DataTable;

import java.util.HashMap;
import java.util.Map;

/**
 * Canonical codes of qualifications frameworks and credit systems ({@code NZQF} and
 * {@code New Zealand Qualifications Framework} are both {@code NZQCF}), from
 * {@code crosswalks/framework-names.csv}; level and credit lookups go through it so that a
 * registry's older or longer name still finds its rows.
 */
public final class FrameworkNames {

    static final String RESOURCE = "crosswalks/framework-names.csv";

    private final Map<String, String> byKey = new HashMap<>();

    FrameworkNames(DataTable table) {
        for (DataTable.Row row : table.rows()) {
            String framework = row.require("framework");
            Crosswalks.putUnique(byKey, LookupKey.of(row.require("name")), framework, row);
            byKey.putIfAbsent(LookupKey.of(framework), framework);
        }
    }

    /** The canonical framework code, or null for a name the table does not hold. */
    public String canonical(String name) {
        String key = LookupKey.of(name);
        return key == null ? null : byKey.get(key);
    }
}
