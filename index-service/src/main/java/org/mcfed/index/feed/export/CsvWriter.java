package org.mcfed.index.feed.export;

import org.mcfed.col.record.ColRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * Writes records as RFC 4180 CSV: CRLF line ends, a field quoted when it holds a comma, quote,
 * CR or LF, quotes doubled. Values are written as the registry gave them (a title starting with
 * {@code =} stays so: spreadsheet users should import as text).
 */
final class CsvWriter {

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    void header() {
        line(CsvColumns.ALL.stream().map(CsvColumns.Column::name).toArray());
    }

    void record(ColRecord record) {
        line(CsvColumns.ALL.stream().map(c -> c.value().apply(record)).toArray());
    }

    private void line(Object[] values) {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(values[i]));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof Double d ? plain(d) : value.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** 15.0 as {@code 15}, 1250.5 as {@code 1250.5}; never scientific notation. */
    private static String plain(Double d) {
        if (d.isNaN() || d.isInfinite()) {
            return "";
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
