package org.mcfed.index.search;

import org.mcfed.col.record.ColRecord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 2-4 records side by side: one row per compared aspect, one value per record (null where the
 * record does not state it). Levels get a row per framework any of the records can be placed in:
 * the level the source stated ({@code basis: "stated"}), or the comparable level agreed between
 * the frameworks' authorities ({@code basis: "correspondence"}, with its source), then ISCED 2011
 * and AQRF.
 */
final class Comparison {

    private Comparison() {
    }

    static Map<String, Object> of(List<ColRecord> records) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row("workloadHours", "Workload (hours)", records.stream().map(ColRecord::workloadHours).toList()));
        rows.add(row("durationWeeks", "Duration (weeks)", records.stream().map(ColRecord::durationWeeks).toList()));
        rows.add(row("credit", "Credit", records.stream().map(ColRecord::credit).toList()));
        rows.addAll(levelRows(records));
        rows.add(row("iscedLevel", "ISCED 2011 level", records.stream().map(ColRecord::iscedLevel).toList()));
        rows.add(row("aqrfLevel", "AQRF level", records.stream().map(ColRecord::aqrfLevel).toList()));
        rows.add(row("cost", "Cost", records.stream().map(ColRecord::cost).toList()));
        rows.add(row("modeOfLearning", "Mode of learning", records.stream().map(ColRecord::modeOfLearning).toList()));
        rows.add(row("languages", "Languages", records.stream().map(ColRecord::languages).toList()));
        rows.add(row("qualityAssurance", "Quality assurance", records.stream().map(ColRecord::qualityAssurance).toList()));
        rows.add(row("assessment", "Assessment", records.stream().map(ColRecord::assessment).toList()));
        rows.add(row("stackability", "Stackability", records.stream().map(ColRecord::stackability).toList()));
        rows.add(row("status", "Status", records.stream().map(ColRecord::status).toList()));

        List<Map<String, Object>> heads = new ArrayList<>();
        for (ColRecord r : records) {
            Map<String, Object> head = new LinkedHashMap<>();
            head.put("id", r.id());
            head.put("title", r.title());
            head.put("issuerCountry", r.issuerCountry());
            head.put("awardingBody", r.awardingBody());
            head.put("url", r.url());
            heads.add(head);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("records", heads);
        out.put("rows", rows);
        return out;
    }

    private static List<Map<String, Object>> levelRows(List<ColRecord> records) {
        Set<String> frameworks = new LinkedHashSet<>();
        List<Map<String, Map<String, Object>>> perRecord = new ArrayList<>();
        for (ColRecord r : records) {
            Map<String, Map<String, Object>> levels = new LinkedHashMap<>();
            if (r.nqfLevel() != null && r.nqfLevel().framework() != null && r.nqfLevel().level() != null) {
                levels.put(r.nqfLevel().framework(), Map.of("level", r.nqfLevel().level(), "basis", "stated"));
                for (LevelCorrespondence.Row c : LevelCorrespondence.of(r.nqfLevel().framework(), r.nqfLevel().level())) {
                    levels.putIfAbsent(c.toFramework(), Map.of("level", c.toLevel(), "basis", "correspondence", "source", c.source()));
                }
            }
            frameworks.addAll(levels.keySet());
            perRecord.add(levels);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String f : frameworks) {
            rows.add(row("level:" + f, f + " level", perRecord.stream().map(m -> (Object) m.get(f)).toList()));
        }
        return rows;
    }

    private static Map<String, Object> row(String key, String label, List<?> values) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", key);
        row.put("label", label);
        row.put("values", Arrays.asList(values.toArray()));
        return row;
    }
}
