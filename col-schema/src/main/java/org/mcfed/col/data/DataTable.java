package org.mcfed.col.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One data file of the pipeline's knowledge (crosswalks, vocabularies, compliance rules, topic
 * declarations): a UTF-8 CSV (RFC 4180 quoting) with a header row, a mandatory {@code source}
 * column naming where each row's fact comes from, and lines starting with {@code #} as comments.
 * Knowledge lives in these files, not in code, so a reviewer can check each row against its
 * source; every module reads them through this one class, and a malformed file fails loudly at
 * load, naming file and line.
 */
public final class DataTable {

    /** Column every row must fill: where the fact comes from. */
    public static final String SOURCE = "source";

    private final String resource;
    private final List<String> header;
    private final List<Row> rows;

    private DataTable(String resource, List<String> header, List<Row> rows) {
        this.resource = resource;
        this.header = header;
        this.rows = rows;
    }

    /** One data row, addressed by column name; blank cells read as null. */
    public record Row(String resource, int line, Map<String, String> cells) {
        public String get(String column) {
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }

        /** A cell that may be empty, as text: {@code ""} for a blank cell. */
        public String text(String column) {
            String v = get(column);
            return v == null ? "" : v;
        }

        /** A cell that must be present; its absence is a data error in the file. */
        public String require(String column) {
            String v = get(column);
            if (v == null) {
                throw problem("empty '" + column + "'");
            }
            return v;
        }

        /** A data error on this row, for the caller's own checks: the message names file and line. */
        public IllegalStateException problem(String message) {
            return new IllegalStateException(resource + " line " + line + ": " + message);
        }
    }

    /** Loads a table from the class path root ({@code crosswalks/...}), requiring the given columns besides {@code source}. */
    public static DataTable load(String resource, String... requiredColumns) {
        return read(resource, DataTable.class.getClassLoader().getResourceAsStream(resource), requiredColumns);
    }

    /** Loads a table that sits next to {@code owner} on the class path (a connector's vocabulary). */
    public static DataTable load(Class<?> owner, String resource, String... requiredColumns) {
        return read(resource, owner.getResourceAsStream(resource), requiredColumns);
    }

    private static DataTable read(String resource, InputStream in, String... requiredColumns) {
        if (in == null) {
            throw new IllegalStateException("data file not on the class path: " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(resource, reader, requiredColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
    }

    /** Parses a table; {@code resource} names it in error messages. */
    public static DataTable parse(String resource, Reader in, String... requiredColumns) throws IOException {
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
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
            List<String> cells = CsvLine.split(line, resource, lineNo);
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
            Row row = new Row(resource, lineNo, Collections.unmodifiableMap(byName));
            row.require(SOURCE);
            rows.add(row);
        }
        if (header == null) {
            throw new IllegalStateException(resource + ": no header row");
        }
        return new DataTable(resource, header, List.copyOf(rows));
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
