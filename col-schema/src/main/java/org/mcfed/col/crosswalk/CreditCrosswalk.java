package org.mcfed.col.crosswalk;

import org.mcfed.col.data.DataTable;

import java.util.HashMap;
import java.util.Map;

/**
 * Notional learning hours per credit of each credit system ({@code crosswalks/credit-hours.csv}):
 * NZQCF 10, MQF 40, HKQF 10. Workload in hours is derived from a published credit value only
 * through this table, so that a change of rule is a data change with its source.
 */
public final class CreditCrosswalk {

    static final String RESOURCE = "crosswalks/credit-hours.csv";

    private final FrameworkNames names;
    private final Map<String, Double> hoursBySystem = new HashMap<>();

    CreditCrosswalk(DataTable table, FrameworkNames names) {
        this.names = names;
        for (DataTable.Row row : table.rows()) {
            String system = row.require("system");
            double hours = Crosswalks.positiveNumber(row.require("hours_per_credit"), row);
            Crosswalks.putUnique(hoursBySystem, system, hours, row);
        }
    }

    /** Hours in one credit of the system (any name {@link FrameworkNames} knows), or null when unknown. */
    public Double hoursPerCredit(String system) {
        String canonical = names.canonical(system);
        return canonical == null ? null : hoursBySystem.get(canonical);
    }
}
