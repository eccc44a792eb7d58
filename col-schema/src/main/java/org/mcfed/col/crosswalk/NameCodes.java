package org.mcfed.col.crosswalk;

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

    NameCodes(CrosswalkTable table, String nameColumn, String codeColumn, boolean upperCaseCodes) {
        this.upperCaseCodes = upperCaseCodes;
        for (CrosswalkTable.Row row : table.rows()) {
            String code = row.require(codeColumn, table.resource());
            if (!canonicalCase(code).equals(code)) {
                throw new IllegalStateException(table.resource() + " line " + row.line() + ": code '" + code + "' not in canonical case");
            }
            Crosswalks.putUnique(byName, LookupKey.of(row.require(nameColumn, table.resource())), code, table, row);
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
