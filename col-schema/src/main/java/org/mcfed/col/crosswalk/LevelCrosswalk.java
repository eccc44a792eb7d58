package org.mcfed.col.crosswalk;

import org.mcfed.col.data.DataTable;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Levels across frameworks: NQF level to ISCED 2011 ({@code nqf-isced-2011.csv}), to the AQRF
 * ({@code nqf-aqrf.csv}, only frameworks referenced to it) and to a comparable level of another
 * framework ({@code nqf-correspondence.csv}). Framework names go through {@link FrameworkNames};
 * a level may be written {@code 4}, {@code Level 4} or {@code L4}. A pair not in a table gives null.
 */
public final class LevelCrosswalk {

    static final String ISCED_RESOURCE = "crosswalks/nqf-isced-2011.csv";
    static final String AQRF_RESOURCE = "crosswalks/nqf-aqrf.csv";
    static final String CORRESPONDENCE_RESOURCE = "crosswalks/nqf-correspondence.csv";

    private static final Pattern LEVEL = Pattern.compile("^(?:level|tahap|l)?\\s*(\\d{1,2})$");

    private final FrameworkNames names;
    private final Map<String, String> isced = new HashMap<>();
    private final Map<String, String> aqrf = new HashMap<>();
    /** Key {@code FROM:level>TO}; a null value records that the authorities found no comparable level. */
    private final Map<String, String> correspondence = new HashMap<>();

    LevelCrosswalk(DataTable iscedTable, DataTable aqrfTable, DataTable correspondenceTable, FrameworkNames names) {
        this.names = names;
        for (DataTable.Row row : iscedTable.rows()) {
            Crosswalks.putUnique(isced, key(row.require("framework"), row.require("level")),
                    row.require("isced_2011"), row);
        }
        for (DataTable.Row row : aqrfTable.rows()) {
            Crosswalks.putUnique(aqrf, key(row.require("framework"), row.require("level")),
                    row.require("aqrf_level"), row);
        }
        for (DataTable.Row row : correspondenceTable.rows()) {
            String r = correspondenceTable.resource();
            String k = key(row.require("from_framework"), row.require("from_level")) + ">" + row.require("to_framework");
            if (correspondence.containsKey(k)) {
                throw row.problem("duplicate " + k);
            }
            correspondence.put(k, row.get("to_level"));
        }
    }

    /** ISCED 2011 level ({@code "0"}..{@code "8"}) of a framework level, or null when the table has no row. */
    public String isced(String framework, String level) {
        String k = lookupKey(framework, level);
        return k == null ? null : isced.get(k);
    }

    /** AQRF level of a framework level, or null: frameworks not referenced to the AQRF (NZQCF, AQF, HKQF) give null. */
    public String aqrf(String framework, String level) {
        String k = lookupKey(framework, level);
        return k == null ? null : aqrf.get(k);
    }

    /**
     * The comparable level in {@code toFramework} (NZQCF to AQF, AQF to NZQCF, NZQCF to HKQF), or
     * null where no agreement exists (e.g. NZQCF 8 to HKQF) or the pair is not in the table.
     */
    public String correspondingLevel(String fromFramework, String level, String toFramework) {
        String k = lookupKey(fromFramework, level);
        String to = names.canonical(toFramework);
        return k == null || to == null ? null : correspondence.get(k + ">" + to);
    }

    private String lookupKey(String framework, String level) {
        String canonical = names.canonical(framework);
        String number = levelNumber(level);
        return canonical == null || number == null ? null : canonical + ":" + number;
    }

    private static String key(String framework, String level) {
        return framework + ":" + levelNumber(level);
    }

    /** {@code "Level 04"} -> {@code "4"}; null when the text is not a level number. */
    static String levelNumber(String level) {
        if (level == null) {
            return null;
        }
        Matcher m = LEVEL.matcher(level.strip().toLowerCase(Locale.ROOT));
        return m.matches() ? String.valueOf(Integer.parseInt(m.group(1))) : null;
    }
}
