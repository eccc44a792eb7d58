package org.mcfed.index.bench;

import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Skill;
import org.mcfed.index.store.FacetDim;
import org.mcfed.index.store.RecordAnalyzers;
import org.mcfed.index.store.RecordDocument;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the benchmark corpus for the Solr peer (deploy/search-bench) as NDJSON in its schema: the
 * same texts as {@link RecordDocument} indexes (title; description, learning outcomes and skills;
 * provider), each split by script into {@code _latin} and {@code _han} as {@link RecordAnalyzers}
 * decides, the values of every facet, hours, cost, updated, and the COL JSON.
 */
final class SolrCorpus {

    private SolrCorpus() {
    }

    static void write(Path file, int records) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (int i = 0; i < records; i++) {
                out.write(ColJson.write(document(ZipfCatalog.record(i))));
                out.write('\n');
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static Map<String, Object> document(ColRecord r) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", r.id());
        split(d, "title", new ArrayList<>(r.title().values()));
        List<String> body = new ArrayList<>(r.description() == null ? List.of() : r.description().values());
        body.addAll(r.learningOutcomes() == null ? List.of() : r.learningOutcomes());
        if (r.skills() != null) {
            r.skills().stream().map(Skill::label).forEach(body::add);
        }
        split(d, "text", body);
        split(d, "provider", r.awardingBody() == null ? List.of() : List.of(r.awardingBody().name()));
        for (FacetDim dim : FacetDim.values()) {
            List<String> values = dim.valuesOf(r);
            if (!values.isEmpty()) {
                d.put(dim.param(), values);
            }
        }
        d.put("hours", r.workloadHours());
        d.put("cost", r.cost().amount());
        d.put("updated", RecordDocument.micros(r.updatedAt()));
        d.put("json", new String(ColJson.writeBytes(r), StandardCharsets.UTF_8));
        return d;
    }

    private static void split(Map<String, Object> d, String group, List<String> texts) {
        List<String> latin = new ArrayList<>();
        List<String> han = new ArrayList<>();
        for (String t : texts) {
            if (t != null && !t.isBlank()) {
                (RecordAnalyzers.hasHan(t) ? han : latin).add(t);
            }
        }
        d.put(group + "_latin", latin);
        d.put(group + "_han", han);
    }
}
