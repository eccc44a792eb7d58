package org.mcfed.col.crosswalk;

import org.mcfed.col.data.DataTable;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A name-to-code table (languages, countries): names compared by {@link LookupKey}; a code of
 * the table given as input is returned as itself in its canonical case. Anything else is null.
 */
class NameCodes {

    private final Map<String, String> byName = new HashMap<>();
    private final Set<String> codes;
    private final boolean upperCaseCodes;

    NameCodes(DataTable table, String nameColumn, String codeColumn, boolean upperCaseCodes) {
        this.upperCaseCodes = upperCaseCodes;
        for (DataTable.Row row : table.rows()) {
            String code = row.require(codeColumn);
            if (!canonicalCase(code).equals(code)) {
                throw row.problem("code '" + code + "' not in canonical case");
            }
            Crosswalks.putUnique(byName, LookupKey.of(row.require(nameColumn)), code, row);
        }
        this.codes = Set.copyOf(byName.values());
    }

    String code(String name) {
        String key = LookupKey.of(name);
        if (key == null) {
            return null;
        }
        String hit = byName.get(key);
        if (hit != null) {
            return hit;
        }
        String asCode = canonicalCase(name.strip());
        return codes.contains(asCode) ? asCode : null;
    }

    Set<String> codes() {
        return codes;
    }

    private String canonicalCase(String code) {
        return upperCaseCodes ? code.toUpperCase(Locale.ROOT) : code.toLowerCase(Locale.ROOT);
    }
}
