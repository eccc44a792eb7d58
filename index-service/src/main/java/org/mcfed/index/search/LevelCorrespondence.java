package org.mcfed.index.search;

import org.jboss.logging.Logger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Comparable levels of other frameworks, as the frameworks' authorities agreed them: the crosswalk
 * {@code crosswalks/nqf-correspondence.csv} of col-schema (each row with its source), read once.
 * Used by compare to show a level in every framework a record can be placed in.
 */
final class LevelCorrespondence {

    private static final Logger LOG = Logger.getLogger(LevelCorrespondence.class);
    private static final String RESOURCE = "crosswalks/nqf-correspondence.csv";

    /** One agreed correspondence. */
    record Row(String fromFramework, String fromLevel, String toFramework, String toLevel, String source) {
    }

    private static final List<Row> ROWS = load();

    private LevelCorrespondence() {
    }

    /** The comparable levels of {@code framework} level {@code level} in other frameworks. */
    static List<Row> of(String framework, String level) {
        return ROWS.stream().filter(r -> r.fromFramework.equals(framework) && r.fromLevel.equals(level) && !r.toLevel.isEmpty()).toList();
    }

    private static List<Row> load() {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = LevelCorrespondence.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.warnf("%s not on the classpath: compare shows each record's own framework only", RESOURCE);
                return rows;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                List<String> cells = cells(line);
                if (cells.size() >= 5) {
                    rows.add(new Row(cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return List.copyOf(rows);
    }

    /** One CSV line (RFC 4180 quoting). */
    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
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
                out.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString().strip());
        return out;
    }
}
