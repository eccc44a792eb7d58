package org.mcfed.connector.mapping;

import org.mcfed.col.data.DataTable;
import org.mcfed.connector.page.PageText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A connector's knowledge of its source's values as data (conventions.md rule 8): a CSV resource
 * {@code kind,value,col,source[,note]} mapping what the page says (status {@code Expiring}, delivery
 * mode {@code Face to face}) to the COL vocabulary ({@code active}, {@code onsite}), every row with
 * the source it comes from. Values compare like labels (case, spacing, trailing colon); a value the
 * table does not hold gives null, never a guess. Loaded once and checked at load.
 */
public final class SourceVocabulary {

    private final String resource;
    private final Map<String, String> byKindAndValue = new HashMap<>();

    private SourceVocabulary(String resource) {
        this.resource = resource;
    }

    /** Loads {@code resource} from the class path of {@code owner}; fails at start-up on a bad file, naming file and line. */
    public static SourceVocabulary load(Class<?> owner, String resource) {
        SourceVocabulary v = new SourceVocabulary(resource);
        for (DataTable.Row row : DataTable.load(owner, resource, "kind", "value", "col").rows()) {
            String kind = row.require("kind");
            String key = kind + "\u0000" + PageText.labelKey(row.text("value"));
            if (v.byKindAndValue.putIfAbsent(key, row.text("col")) != null) {
                throw row.problem("duplicate " + kind + " '" + row.text("value") + "'");
            }
        }
        return v;
    }

    /** The COL value for a stated {@code value} of {@code kind}, or null when the table does not hold it. */
    public String map(String kind, String value) {
        if (value == null) {
            return null;
        }
        String col = byKindAndValue.get(kind + "\u0000" + PageText.labelKey(value));
        return col == null || col.isEmpty() ? null : col;
    }

    /** Maps each stated value, leaving out unknown ones and repeats; null when none maps. */
    public List<String> mapAll(String kind, List<String> values) {
        List<String> out = new ArrayList<>();
        for (String value : values) {
            String col = map(kind, value);
            if (col != null && !out.contains(col)) {
                out.add(col);
            }
        }
        return out.isEmpty() ? null : List.copyOf(out);
    }

    public String resource() {
        return resource;
    }
}
