package org.mcfed.col.crosswalk;

import org.mcfed.col.data.DataTable;

import java.util.List;
import java.util.Map;

/**
 * The crosswalk tables of {@code src/main/resources/crosswalks/}, loaded once and validated at
 * load (header, a source on every row, no duplicate keys, ISCED-F targets that exist). Use
 * {@link #standard()}; instances are immutable and thread-safe.
 */
public final class Crosswalks {

    /** Every crosswalk data file, for tests and operators checking the tables. */
    public static final List<String> RESOURCES = List.of(
            FrameworkNames.RESOURCE, CreditCrosswalk.RESOURCE, LevelCrosswalk.ISCED_RESOURCE,
            LevelCrosswalk.AQRF_RESOURCE, LevelCrosswalk.CORRESPONDENCE_RESOURCE, FieldCrosswalk.SCHEMES_RESOURCE,
            FieldCrosswalk.ISCEDF_RESOURCE, "crosswalks/field-asced-iscedf.csv", "crosswalks/field-hkqr-aost-iscedf.csv",
            LanguageCodes.RESOURCE, CountryCodes.RESOURCE);

    private final FrameworkNames frameworks;
    private final CreditCrosswalk credits;
    private final LevelCrosswalk levels;
    private final FieldCrosswalk fields;
    private final LanguageCodes languages;
    private final CountryCodes countries;

    private Crosswalks() {
        frameworks = new FrameworkNames(DataTable.load(FrameworkNames.RESOURCE, "name", "framework"));
        credits = new CreditCrosswalk(DataTable.load(CreditCrosswalk.RESOURCE, "system", "hours_per_credit"), frameworks);
        levels = new LevelCrosswalk(
                DataTable.load(LevelCrosswalk.ISCED_RESOURCE, "framework", "level", "isced_2011"),
                DataTable.load(LevelCrosswalk.AQRF_RESOURCE, "framework", "level", "aqrf_level"),
                DataTable.load(LevelCrosswalk.CORRESPONDENCE_RESOURCE, "from_framework", "from_level", "to_framework", "to_level"),
                frameworks);
        fields = new FieldCrosswalk(DataTable.load(FieldCrosswalk.SCHEMES_RESOURCE, "scheme", "rule", "digits", "table"),
                DataTable::load);
        languages = new LanguageCodes(DataTable.load(LanguageCodes.RESOURCE, "name", "iso639_3"));
        countries = new CountryCodes(DataTable.load(CountryCodes.RESOURCE, "name", "alpha2"));
    }

    private static final class Holder {
        private static final Crosswalks STANDARD = new Crosswalks();
    }

    /** The tables shipped in this module, loaded on first use. */
    public static Crosswalks standard() {
        return Holder.STANDARD;
    }

    public FrameworkNames frameworks() {
        return frameworks;
    }

    public CreditCrosswalk credits() {
        return credits;
    }

    public LevelCrosswalk levels() {
        return levels;
    }

    public FieldCrosswalk fields() {
        return fields;
    }

    public LanguageCodes languages() {
        return languages;
    }

    public CountryCodes countries() {
        return countries;
    }

    static <V> void putUnique(Map<String, V> map, String key, V value, DataTable.Row row) {
        if (key == null) {
            throw row.problem("empty key");
        }
        if (map.putIfAbsent(key, value) != null) {
            throw row.problem("duplicate key '" + key + "'");
        }
    }

    static double positiveNumber(String text, DataTable.Row row) {
        try {
            double v = Double.parseDouble(text);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the file and line
        }
        throw row.problem("not a positive number: '" + text + "'");
    }
}
