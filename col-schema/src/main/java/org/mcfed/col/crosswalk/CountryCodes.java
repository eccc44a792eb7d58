package org.mcfed.col.crosswalk;

import org.mcfed.col.data.DataTable;

import java.util.Set;

/**
 * Country and region names ({@code Hong Kong}, {@code Hong Kong SAR}, {@code Aotearoa New Zealand},
 * every Commonwealth and ASEAN member) to ISO 3166-1 alpha-2 ({@code crosswalks/countries-iso3166-1.csv}).
 */
public final class CountryCodes {

    static final String RESOURCE = "crosswalks/countries-iso3166-1.csv";

    private final NameCodes table;

    CountryCodes(DataTable table) {
        this.table = new NameCodes(table, "name", "alpha2", true);
    }

    /** ISO 3166-1 alpha-2 code of a name (or of a code the table holds, e.g. {@code nz}); null when unknown. */
    public String iso3166(String name) {
        return table.code(name);
    }

    /** Every alpha-2 code the table can produce. */
    public Set<String> codes() {
        return table.codes();
    }
}
