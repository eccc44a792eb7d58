package org.mcfed.sandbox.truth;

import org.mcfed.sandbox.core.Lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The concepts of {@code vocab/concepts.txt}, the judged queries of the cross-lingual evaluation:
 * a record is relevant to a concept's queries when its topic carries the concept's key. Loaded and
 * checked once; served as {@code GET /_sandbox/concepts}.
 */
public final class ConceptTable {
    /** The query columns after the key, in file order. */
    public static final List<String> LANGUAGES = List.of("en", "zh-Hant", "zh-Hans", "ms");
    private static final List<Concept> ALL = load();

    private ConceptTable() {
    }

    public static List<Concept> all() {
        return ALL;
    }

    /** {@code [{"key":..,"queries":{"en":..,"zh-Hant":..,"zh-Hans":..,"ms":..}}]}. */
    public static String json() {
        StringBuilder sb = new StringBuilder(16384).append('[');
        for (Concept c : ALL) {
            sb.append(sb.length() > 1 ? ",\n" : "\n").append("{\"key\":").append(TruthJson.str(c.key())).append(",\"queries\":{");
            boolean first = true;
            for (Map.Entry<String, String> q : c.queries().entrySet()) {
                sb.append(first ? "" : ",").append(TruthJson.str(q.getKey())).append(':').append(TruthJson.str(q.getValue()));
                first = false;
            }
            sb.append("}}");
        }
        return sb.append("\n]\n").toString();
    }

    private static List<Concept> load() {
        List<Concept> out = new ArrayList<>();
        Map<String, Concept> byKey = new LinkedHashMap<>();
        for (String[] row : Lexicon.rows("concepts")) {
            if (row.length != LANGUAGES.size() + 1 || row[0].isEmpty()) {
                throw new IllegalStateException("concepts.txt: want 'key | en | zh-Hant | zh-Hans | ms', got '" + String.join("|", row) + "'");
            }
            Map<String, String> queries = new LinkedHashMap<>();
            for (int i = 0; i < LANGUAGES.size(); i++) {
                if (row[i + 1].isEmpty()) {
                    throw new IllegalStateException("concepts.txt: concept '" + row[0] + "' has no " + LANGUAGES.get(i) + " query");
                }
                queries.put(LANGUAGES.get(i), row[i + 1]);
            }
            Concept c = new Concept(row[0], Collections.unmodifiableMap(queries));
            if (byKey.put(c.key(), c) != null) {
                throw new IllegalStateException("concepts.txt: concept '" + c.key() + "' is listed twice");
            }
            out.add(c);
        }
        return List.copyOf(out);
    }
}
