package org.mcfed.col.data;

import java.util.ArrayList;
import java.util.List;

/** One line of a data file split into cells: commas separate cells, double quotes enclose them, {@code ""} is a quote. */
final class CsvLine {

    private CsvLine() {
    }

    static List<String> split(String line, String resource, int lineNo) {
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
}
