package org.mcfed.col.crosswalk;

import org.mcfed.col.data.DataTable;

import java.util.Set;

/**
 * Language names as registries write them ({@code English}, {@code Bahasa Melayu},
 * {@code Te reo Māori}, {@code 普通話}) to ISO 639-3 ({@code crosswalks/languages-iso639-3.csv}).
 * One name per call: splitting {@code "English and Bahasa Melayu"} is the connector's job.
 */
public final class LanguageCodes {

    static final String RESOURCE = "crosswalks/languages-iso639-3.csv";

    private final NameCodes table;

    LanguageCodes(DataTable table) {
        this.table = new NameCodes(table, "name", "iso639_3", false);
    }

    /** ISO 639-3 code of a language name (or of a code the table holds, e.g. {@code ENG}); null when unknown. */
    public String iso6393(String name) {
        return table.code(name);
    }

    /** Every ISO 639-3 code the table can produce. */
    public Set<String> codes() {
        return table.codes();
    }
}
