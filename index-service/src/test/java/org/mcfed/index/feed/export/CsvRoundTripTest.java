package org.mcfed.index.feed.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.testkit.EveryField;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record with every COL element goes through the CSV and every value of its COL JSON comes
 * back, in order, from the column the encoding (docs/crosswalks.md) names for it: nothing is lost.
 */
class CsvRoundTripTest {

    private static final List<String> LANGUAGE_MAPS = List.of("title", "description", "learningOutcomesByLanguage");

    @Test
    void everyValueOfEveryElementComesBackFromItsColumn() throws Exception {
        ColRecord record = EveryField.record();
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.header();
        csv.record(record);
        List<List<String>> rows = Rfc4180.parse(out.toString());
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            row.put(rows.get(0).get(i), rows.get(1).get(i));
        }

        Map<String, List<String>> expected = new LinkedHashMap<>();
        Set<String> lists = new HashSet<>();
        JsonNode json = ColJson.mapper().readTree(ColJson.write(record));
        json.fields().forEachRemaining(e -> leaves(e.getKey(), e.getValue(), expected, lists, false));
        // the plain list is the first language of learningOutcomesByLanguage, kept there
        expected.remove("learningOutcomes");
        assertThat(expected).hasSizeGreaterThan(50);

        expected.forEach((path, values) -> {
            String column = column(path);
            assertThat(row).as("a column for %s", path).containsKey(column);
            List<String> items = path.contains(".") && LANGUAGE_MAPS.contains(path.substring(0, path.indexOf('.')))
                    && column.endsWith(".other") ? otherLanguage(row.get(column), path.substring(path.indexOf('.') + 1))
                    : lists.contains(path) ? items(row.get(column)) : List.of(row.get(column));
            assertThat(items).as("column %s", column).containsExactlyElementsOf(values);
        });
    }

    @Test
    void anEmptyItemOfAParallelListIsAPartNotStated() {
        List<String> taxonomies = items(Map.of("v", CsvColumns.ALL.stream().filter(c -> c.name().equals("skills.taxonomy"))
                .findFirst().orElseThrow().value().apply(EveryField.record()).toString()).get("v"));
        assertThat(taxonomies).containsExactly("ESCO", "", "O*NET");
    }

    /** The column the encoding puts a JSON leaf path in. */
    private static String column(String path) {
        int dot = path.indexOf('.');
        String field = dot < 0 ? path : path.substring(0, dot);
        if (dot > 0 && LANGUAGE_MAPS.contains(field)) {
            String language = path.substring(dot + 1);
            String name = field.equals("learningOutcomesByLanguage") ? "learningOutcomes" : field;
            return name + "." + (CsvColumns.LEARNER_LANGUAGES.contains(language) ? language : "other");
        }
        return path;
    }

    /** Items of a {@code .other} cell that belong to one language, without their {@code tag=}. */
    private static List<String> otherLanguage(String cell, String language) {
        return items(cell).stream().filter(i -> i.startsWith(language + "=")).map(i -> i.substring(language.length() + 1)).toList();
    }

    /** A cell's items: split at unescaped {@code |}, then {@code \|} and {@code \\} unescaped. */
    static List<String> items(String cell) {
        List<String> items = new ArrayList<>();
        if (cell == null || cell.isEmpty()) {
            return items;
        }
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                item.append(cell.charAt(++i));
            } else if (c == '|') {
                items.add(item.toString());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(item.toString());
        return items;
    }

    /**
     * Every scalar of the JSON under its dotted path, list items in order (their paths in
     * {@code lists}: a list cell is |-joined, a scalar cell raw); numbers as the CSV writes them.
     * In a list of objects (parallel columns) a null part is an empty item.
     */
    private static void leaves(String path, JsonNode node, Map<String, List<String>> out, Set<String> lists, boolean listItem) {
        if (node.isNull()) {
            if (listItem) {
                out.computeIfAbsent(path, k -> new ArrayList<>()).add("");
            }
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                leaves(path + "." + e.getKey(), e.getValue(), out, lists, listItem);
                if (listItem) {
                    lists.add(path + "." + e.getKey());
                }
            });
        } else if (node.isArray()) {
            lists.add(path);
            node.forEach(item -> leaves(path, item, out, lists, item.isObject()));
        } else {
            String value = node.isNumber() ? new BigDecimal(node.asText()).stripTrailingZeros().toPlainString() : node.asText();
            out.computeIfAbsent(path, k -> new ArrayList<>()).add(value);
        }
    }
}
