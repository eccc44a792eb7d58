package org.mcfed.index.feed.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = LevelFrameworks.class.getResourceAsStream("level-frameworks.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("framework,"))
                    .forEach(line -> {
                        String[] cells = line.split(",", 3);
                        urls.put(cells[0], cells[1]);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("level-frameworks.csv cannot be read", e);
        }
        return urls;
    }
}
