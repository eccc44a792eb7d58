package org.mcfed.col.crosswalk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One crosswalk data file: a UTF-8 CSV (RFC 4180 quoting) with a header row, a mandatory
 * {@code source} column naming where each row's fact comes from, and lines starting with
 * {@code #} as comments. Knowledge lives in these files, not in code, so a reviewer can check
 * each mapping against its source; a malformed file fails loudly at load, naming file and line.
 */
public final class CrosswalkTable {

    /** Column every row must fill: where the fact comes from. */
    public static final String SOURCE = "source";

    private final String resource;
    private final List<String> header;
    private final List<Row> rows;

    private CrosswalkTable(String resource, List<String> header, List<Row> rows) {
        this.resource = resource;
        this.header = header;
        this.rows = rows;
    }

    /** One data row, addressed by column name; blank cells read as null. */
    public record Row(int line, Map<String, String> cells) {
        public String get(String column) {
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }

        /** A cell that must be present; its absence is a data error in the file. */
        public String require(String column, String resource) {
            String v = get(column);
            if (v == null) {
                throw new IllegalStateException(resource + " line " + line + ": empty '" + column + "'");
            }
            return v;
        }
    }

    /** Loads a table from the class path ({@code crosswalks/...}), requiring the given columns besides {@code source}. */
    public static CrosswalkTable load(String resource, String... requiredColumns) {
        InputStream in = CrosswalkTable.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("crosswalk file not on the class path: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(resource, reader, requiredColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read crosswalk " + resource, e);
        }
    }

    static CrosswalkTable parse(String resource, BufferedReader reader, String... requiredColumns) throws IOException {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> cells = splitCsvLine(line, resource, lineNo);
            if (header == null) {
                header = cells.stream().map(String::strip).toList();
                checkHeader(resource, header, requiredColumns);
                continue;
            }
            if (cells.size() != header.size()) {
                throw new IllegalStateException(resource + " line " + lineNo + ": " + cells.size()
                        + " cells, header has " + header.size());
            }
            Map<String, String> byName = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                byName.put(header.get(i), cells.get(i));
            }
            Row row = new Row(lineNo, Collections.unmodifiableMap(byName));
            row.require(SOURCE, resource);
            rows.add(row);
        }
        if (header == null) {
            throw new IllegalStateException(resource + ": no header row");
        }
        return new CrosswalkTable(resource, header, List.copyOf(rows));
    }

    private static void checkHeader(String resource, List<String> header, String... required) {
        if (!header.contains(SOURCE)) {
            throw new IllegalStateException(resource + ": header lacks the '" + SOURCE + "' column: " + header);
        }
        for (String column : required) {
            if (!header.contains(column)) {
                throw new IllegalStateException(resource + ": header lacks the '" + column + "' column: " + header);
            }
        }
    }

    /** Splits one CSV line: commas separate cells, double quotes enclose cells, {@code ""} is a quote. */
    static List<String> splitCsvLine(String line, String resource, int lineNo) {
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
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalStateException(resource + " line " + lineNo + ": unterminated quote");
        }
        cells.add(cell.toString());
        return cells;
    }

    public String resource() {
        return resource;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }
}
