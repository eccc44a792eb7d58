package org.mcfed.index.search;

import org.mcfed.col.data.DataTable;

import java.util.List;

/**
 * Comparable levels of other frameworks, as the frameworks' authorities agreed them: the crosswalk
 * {@code crosswalks/nqf-correspondence.csv} of col-schema (each row with its source), read once.
 * Used by compare to show a level in every framework a record can be placed in.
 */
final class LevelCorrespondence {

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
        return DataTable.load(RESOURCE, "from_framework", "from_level", "to_framework", "to_level").rows().stream()
                .map(r -> new Row(r.require("from_framework"), r.require("from_level"), r.require("to_framework"),
                        r.text("to_level"), r.require(DataTable.SOURCE)))
                .toList();
    }
}
