package org.mcfed.connector.mapping;

import org.mcfed.connector.page.PageText;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    /** Loads {@code resource} from the class path of {@code owner}; fails at start-up on a bad file. */
    public static SourceVocabulary load(Class<?> owner, String resource) {
        SourceVocabulary v = new SourceVocabulary(resource);
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary " + resource + " not found next to " + owner.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = CsvLine.split(line);
                if (header) {
                    if (cells.size() < 4 || !cells.subList(0, 4).equals(List.of("kind", "value", "col", "source"))) {
                        throw new IllegalStateException(resource + " line " + number + ": header must start kind,value,col,source");
                    }
                    header = false;
                    continue;
                }
                if (cells.size() < 4 || cells.get(3).isBlank()) {
                    throw new IllegalStateException(resource + " line " + number + ": every row needs kind, value, col and a source");
                }
                String key = cells.get(0) + "\u0000" + PageText.labelKey(cells.get(1));
                if (v.byKindAndValue.putIfAbsent(key, cells.get(2)) != null) {
                    throw new IllegalStateException(resource + " line " + number + ": duplicate " + cells.get(0) + " '" + cells.get(1) + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
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

    /** Minimal CSV: commas, double-quoted cells with {@code ""} escapes. */
    static final class CsvLine {
        private CsvLine() {
        }

        static List<String> split(String line) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString().strip());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString().strip());
            return cells;
        }
    }
}
