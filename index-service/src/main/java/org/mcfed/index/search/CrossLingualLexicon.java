package org.mcfed.index.search;

import org.apache.lucene.analysis.en.EnglishMinimalStemmer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The field's vocabulary in English, Malay, Simplified and Traditional Chinese (the data files under
 * {@code org/mcfed/index/search/lexicon/}, with their sources and licences), read once. Looks a term
 * up by its normalised key: Latin words lower-cased and singularised, Han text folded to Simplified
 * characters, so that a query in either script or either number finds the same concepts.
 */
public final class CrossLingualLexicon {

    private static final String TERMS = "org/mcfed/index/search/lexicon/terms.tsv";
    private static final String HAN_FOLD = "org/mcfed/index/search/lexicon/han-fold.tsv";

    /** A prefix, then what its stem may begin with once it is taken off (a nasal replaces p, t, k, s). */
    private static final String[][] MALAY_PREFIXES = {
            {"memper", ""}, {"diper", ""}, {"peng", "", "k"}, {"meng", "", "k"}, {"peny", "s"}, {"meny", "s"},
            {"pem", "", "p"}, {"mem", "", "p"}, {"pen", "", "t"}, {"men", "", "t"}, {"per", ""}, {"ber", ""},
            {"ter", ""}, {"pe", ""}, {"me", ""}, {"di", ""}, {"ke", ""}};

    /** One concept: its terms per language (Chinese ones aligned, Simplified and Traditional). */
    public record Concept(List<String> en, List<String> ms, List<String> zhHans, List<String> zhHant) {
    }

    private static final class Bundled {
        static final CrossLingualLexicon LEXICON = new CrossLingualLexicon(lines(TERMS), lines(HAN_FOLD));
    }

    private final Map<String, List<Concept>> english = new HashMap<>();
    private final Map<String, List<Concept>> malay = new HashMap<>();
    private final Map<String, List<Concept>> chinese = new HashMap<>();
    private final Map<String, List<Concept>> englishStems = new HashMap<>();
    private final Map<String, List<Concept>> malayRoots = new HashMap<>();
    private final Map<Character, Character> fold = new HashMap<>();
    private int longestLatin = 1;
    private int longestHan = 1;

    /**
     * @param terms lines of {@code terms.tsv}: en, ms, zh-Hans, zh-Hant (alternatives separated by {@code |}), source
     * @param hanFold lines of {@code han-fold.tsv}: a Traditional character, its Simplified one
     */
    CrossLingualLexicon(List<String> terms, List<String> hanFold) {
        for (String line : hanFold) {
            String[] cells = line.split("\t");
            if (cells.length >= 2 && cells[0].length() == 1 && cells[1].length() == 1) {
                fold.put(cells[0].charAt(0), cells[1].charAt(0));
            }
        }
        for (String line : terms) {
            String[] cells = line.split("\t", -1);
            if (cells.length < 4) {
                throw new IllegalArgumentException("lexicon row needs en, ms, zh-Hans and zh-Hant: " + line);
            }
            Concept c = new Concept(alternatives(cells[0]), alternatives(cells[1]), alternatives(cells[2]), alternatives(cells[3]));
            if (c.zhHans().size() != c.zhHant().size()) {
                throw new IllegalArgumentException("lexicon row needs as many zh-Hant as zh-Hans terms: " + line);
            }
            for (String en : c.en()) {
                String key = latinKey(en);
                index(english, key, c);
                if (!key.contains(" ")) {
                    index(englishStems, englishStem(key), c);
                }
            }
            for (String ms : c.ms()) {
                String key = latinKey(ms);
                index(malay, key, c);
                if (!key.contains(" ")) {
                    malayRoots(key).forEach(root -> index(malayRoots, root, c));
                }
            }
            for (String zh : c.zhHans()) {
                index(chinese, fold(zh), c);
            }
            for (String zh : c.zhHant()) {
                index(chinese, fold(zh), c);
            }
        }
        english.keySet().forEach(k -> longestLatin = Math.max(longestLatin, k.split(" ").length));
        malay.keySet().forEach(k -> longestLatin = Math.max(longestLatin, k.split(" ").length));
        chinese.keySet().forEach(k -> longestHan = Math.max(longestHan, k.length()));
    }

    /** The lexicon shipped with the service, read on first use. */
    public static CrossLingualLexicon bundled() {
        return Bundled.LEXICON;
    }

    /** Concepts with an English term of this {@link #latinKey key}. */
    public List<Concept> english(String key) {
        return english.getOrDefault(key, List.of());
    }

    /** Concepts with a Malay term of this {@link #latinKey key}. */
    public List<Concept> malay(String key) {
        return malay.getOrDefault(key, List.of());
    }

    /**
     * Concepts with a one-word English term inflected like this {@link #latinKey key} (-ing, -er, -e:
     * baking, baker, bake), for a query word the lexicon does not list as typed.
     */
    public List<Concept> englishInflected(String key) {
        return key.contains(" ") ? List.of() : englishStems.getOrDefault(englishStem(key), List.of());
    }

    /**
     * Concepts with a one-word Malay term of the same root as this {@link #latinKey key} once its affixes
     * are taken off (penternakan, ternakan: ternak; pengurusan, urus), for a query word the lexicon does not
     * list as typed.
     */
    public List<Concept> malayInflected(String key) {
        if (key.contains(" ")) {
            return List.of();
        }
        Set<Concept> found = new LinkedHashSet<>();
        malayRoots(key).forEach(root -> found.addAll(malayRoots.getOrDefault(root, List.of())));
        return List.copyOf(found);
    }

    /** Concepts with a Chinese term of this {@link #fold folded} text. */
    public List<Concept> chinese(String folded) {
        return chinese.getOrDefault(folded, List.of());
    }

    /** Most words of a Latin term; a longer run of query words cannot match one. */
    public int longestLatin() {
        return longestLatin;
    }

    /** Most characters of a Chinese term. */
    public int longestHan() {
        return longestHan;
    }

    /** Han text in Simplified characters, character for character (the result has the same length). */
    public String fold(String han) {
        char[] chars = han.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold.getOrDefault(chars[i], chars[i]);
        }
        return new String(chars);
    }

    /** The key of Latin words: NFKC, lower case, each word in its singular (courses = course), one space between. */
    public static String latinKey(String words) {
        StringBuilder key = new StringBuilder();
        EnglishMinimalStemmer stemmer = new EnglishMinimalStemmer();
        for (String word : Normalizer.normalize(words, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            char[] chars = word.toCharArray();
            int length = stemmer.stem(chars, chars.length);
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(chars, 0, length);
        }
        return key.toString();
    }

    /** A light English stem: -ing and -er (after a consonant) off, then a doubled final consonant and a final e (planning, planner: plan). */
    static String englishStem(String word) {
        String w = word;
        if (w.endsWith("ing") && w.length() >= 6) {
            w = w.substring(0, w.length() - 3);
        } else if (w.endsWith("er") && w.length() >= 5 && "aeiou".indexOf(w.charAt(w.length() - 3)) < 0) {   // not career: care
            w = w.substring(0, w.length() - 2);
        }
        int n = w.length();
        if (n >= 4 && w.charAt(n - 1) == w.charAt(n - 2) && "aeiou".indexOf(w.charAt(n - 1)) < 0 && w.charAt(n - 1) != 's') {
            w = w.substring(0, n - 1);
        }
        return w.endsWith("e") && w.length() >= 4 ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * The roots a Malay word may have: the word without its suffix (-kan, -an) and prefix (pe-, me-, ber-, ter-,
     * di-, ke-, per-), a nasal prefix's lost consonant restored (pengurusan: urus or kurus). Several candidates,
     * as Malay affixes cannot be taken off reliably without a dictionary; a root shorter than four letters is left out.
     */
    static Set<String> malayRoots(String word) {
        Set<String> roots = new LinkedHashSet<>();
        for (String stem : List.of(word, strip(word, "an"), strip(word, "kan"))) {
            roots.add(stem);
            for (String[] prefix : MALAY_PREFIXES) {   // every prefix that fits: perancangan is pe-rancang, not per-ancang
                if (stem.startsWith(prefix[0]) && stem.length() - prefix[0].length() >= 4) {
                    String rest = stem.substring(prefix[0].length());
                    for (int i = 1; i < prefix.length; i++) {
                        roots.add(prefix[i] + rest);
                    }
                }
            }
        }
        return roots;
    }

    private static String strip(String word, String suffix) {
        return word.endsWith(suffix) && word.length() - suffix.length() >= 4 ? word.substring(0, word.length() - suffix.length()) : word;
    }

    private static void index(Map<String, List<Concept>> map, String key, Concept c) {
        List<Concept> concepts = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!concepts.contains(c)) {
            concepts.add(c);
        }
    }

    private static List<String> alternatives(String cell) {
        return cell.isBlank() ? List.of() : List.of(cell.strip().split("\\s*\\|\\s*"));
    }

    private static List<String> lines(String resource) {
        try (InputStream in = CrossLingualLexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath: the service is built without its lexicon");
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
