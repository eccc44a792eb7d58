package org.mcfed.connector.hkqr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Traditional Chinese text in Simplified characters, exactly as ICU's {@code Traditional-Simplified}
 * transliterator writes it, from its rules kept as data ({@code traditional-simplified.tsv}).
 *
 * <p>Why not ICU itself: HKQR's Simplified edition is its Traditional one converted, so the harvest derives it instead of
 * fetching a third page a record, and the mapper converts every HKQR title and outcome. ICU's rule-based
 * transliterator takes about a microsecond a character (16 µs for a 15-character outcome); these rules are plain
 * literals without context, so a table by first character applies them in a fraction of that, with the same output
 * ({@code TraditionalToSimplifiedTest} compares the two on every character and on phrase-dense text). It also keeps
 * ICU's 14 MB jar out of the harvester and the normaliser.
 */
final class TraditionalToSimplified {

    private static final String TABLE = "traditional-simplified.tsv";

    /** A rule: {@code from} becomes {@code to}; {@code same} when the rule only keeps a phrase from its characters' own rules. */
    record Rule(String from, String to, boolean same) {
    }

    /** The rules by their first character, from {@link #FIRST}, each list in the table's order; null where none begins. */
    private static final Rule[][] BY_FIRST;
    private static final char FIRST;

    static {
        Map<Character, List<Rule>> rules = new LinkedHashMap<>();
        for (Rule rule : read()) {
            rules.computeIfAbsent(rule.from.charAt(0), c -> new ArrayList<>()).add(rule);
        }
        char lowest = Character.MAX_VALUE;
        char highest = 0;
        for (char c : rules.keySet()) {
            lowest = (char) Math.min(lowest, c);
            highest = (char) Math.max(highest, c);
        }
        FIRST = lowest;
        BY_FIRST = new Rule[Math.max(0, highest - lowest + 1)][];
        rules.forEach((c, list) -> BY_FIRST[c - FIRST] = list.toArray(Rule[]::new));
    }

    private TraditionalToSimplified() {
    }

    /** The text in Simplified characters; the same instance when nothing changes (text without Traditional characters). */
    static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        int copied = 0;
        int n = text.length();
        for (int i = 0; i < n; ) {
            Rule rule = ruleAt(text, i);
            if (rule == null) {
                i++;
                continue;
            }
            if (!rule.same) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(text, copied, i).append(rule.to);
                copied = i + rule.from.length();
            }
            // as ICU: reading goes on after the rule's text, which no other rule sees again
            i += rule.from.length();
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    /** Each text of the list in Simplified characters. */
    static List<String> of(List<String> texts) {
        List<String> simplified = new ArrayList<>(texts.size());
        for (String text : texts) {
            simplified.add(of(text));
        }
        return List.copyOf(simplified);
    }

    /** The first rule, in the table's order, whose text starts at {@code i}; null when none does. */
    private static Rule ruleAt(String text, int i) {
        int slot = text.charAt(i) - FIRST;
        if (slot < 0 || slot >= BY_FIRST.length || BY_FIRST[slot] == null) {
            return null;
        }
        for (Rule rule : BY_FIRST[slot]) {
            if (text.startsWith(rule.from, i)) {
                return rule;
            }
        }
        return null;
    }

    /** The table's rules in order: {@code traditional<TAB>simplified} lines, {@code #} lines comments. */
    static List<Rule> read() {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = TraditionalToSimplified.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is missing from the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0 || tab == line.length() - 1 || line.indexOf('\t', tab + 1) >= 0) {
                    throw new IllegalStateException(TABLE + " line " + number + ": not traditional<TAB>simplified: " + line);
                }
                String from = line.substring(0, tab);
                String to = line.substring(tab + 1);
                rules.add(new Rule(from, to, from.equals(to)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE, e);
        }
        return rules;
    }
}
