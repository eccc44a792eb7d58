package org.mcfed.sandbox.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word lists the generators draw from, kept as data files under
 * {@code org/mcfed/sandbox/vocab/} (one entry a line, fields split by {@code |}, {@code #} for
 * comments that name where the list comes from). Loaded once and shared.
 */
public final class Lexicon {
    private static final Map<String, List<String[]>> CACHE = new ConcurrentHashMap<>();

    private Lexicon() {
    }

    /** The rows of a vocabulary file, each split on {@code |} and trimmed. */
    public static List<String[]> rows(String name) {
        return CACHE.computeIfAbsent(name, Lexicon::load);
    }

    /** The first column of a vocabulary file. */
    public static List<String> words(String name) {
        List<String[]> rows = rows(name);
        List<String> out = new ArrayList<>(rows.size());
        for (String[] r : rows) {
            out.add(r[0]);
        }
        return List.copyOf(out);
    }

    private static List<String[]> load(String name) {
        String path = "/org/mcfed/sandbox/vocab/" + name + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing vocabulary resource " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] parts = t.split("\\|", -1);
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = parts[i].strip();
                }
                out.add(parts);
            }
            if (out.isEmpty()) {
                throw new IllegalStateException("empty vocabulary resource " + path);
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
