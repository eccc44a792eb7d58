package org.mcfed.index.feed.export;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.logging.Logger;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.feed.ClientError;
import org.mcfed.index.feed.format.RecordFormat;
import org.mcfed.index.store.RecordIndex;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Every live record in one download ({@code GET /api/export?format=ndjson|csv|ob3|elm|ctdl|schemaorg}):
 * NDJSON is one COL record per line, the same JSON as the feed; CSV holds the columns of
 * {@link CsvColumns}; a linked-data format is NDJSON of that format's JSON-LD documents, one record
 * a line, each with its {@code @context} (a line is what {@code GET /api/records/{id}?format=} serves).
 * Streamed from one index snapshot, so a million records never sit in memory.
 */
@Path("/api/export")
public class ExportResource {

    private static final Logger LOG = Logger.getLogger(ExportResource.class);

    @Inject
    RecordIndex index;

    @GET
    public Response export(@QueryParam("format") String format) {
        String chosen = format == null || format.isBlank() ? "ndjson" : format.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (chosen) {
            case "ndjson" -> download("application/x-ndjson; charset=UTF-8", "mcfed-records.ndjson", this::ndjson);
            case "csv" -> download("text/csv; charset=UTF-8; header=present", "mcfed-records.csv", this::csv);
            default -> {
                RecordFormat linked = RecordFormat.byId(chosen).filter(RecordFormat::linkedData).orElseThrow(() -> new ClientError(
                        "format must be ndjson, csv, ob3, elm, ctdl or schemaorg, got '" + format + "'"));
                yield download("application/x-ndjson; charset=UTF-8", "mcfed-records." + linked.id() + ".ndjson",
                        out -> lines(out, linked::write));
            }
        };
    }

    private interface Body {
        long write(Writer out) throws IOException;
    }

    private Response download(String type, String filename, Body body) {
        StreamingOutput stream = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
            long started = System.nanoTime();
            long n = body.write(out);
            out.flush();
            LOG.infof("export %s: %d records in %d ms", filename, n, (System.nanoTime() - started) / 1_000_000);
        };
        return Response.ok(stream, type)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }

    private long ndjson(Writer out) {
        return lines(out, ColJson::write);
    }

    private long lines(Writer out, Function<ColRecord, String> json) {
        AtomicLong n = new AtomicLong();
        index.forEach(record -> {
            try {
                out.write(json.apply(record));
                out.write('\n');
                n.incrementAndGet();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return n.get();
    }

    private long csv(Writer out) {
        CsvWriter csv = new CsvWriter(out);
        csv.header();
        AtomicLong n = new AtomicLong();
        index.forEach(record -> {
            csv.record(record);
            n.incrementAndGet();
        });
        return n.get();
    }
}
