package org.mcfed.index.feed.format;

import org.mcfed.col.data.DataTable;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The page that publishes each qualifications framework's levels ({@code level-frameworks.csv},
 * a source per row), read once: Open Badges alignments to a level need a target URL.
 */
final class LevelFrameworks {

    private static final Map<String, String> URLS = load();

    private LevelFrameworks() {
    }

    static Optional<String> url(String framework) {
        return Optional.ofNullable(framework == null ? null : URLS.get(framework));
    }

    private static Map<String, String> load() {
        Map<String, String> urls = new TreeMap<>();
        for (DataTable.Row row : DataTable.load(LevelFrameworks.class, "level-frameworks.csv", "framework", "url").rows()) {
            urls.put(row.require("framework"), row.require("url"));
        }
        return urls;
    }
}
