package org.mcfed.index.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The benchmark corpus's vocabulary, drawn with Zipf-like frequencies (the word of rank r with
 * weight 1/(r+1)), so that a few words are in most records and most words in a few, as in a real
 * catalogue. English: the field's terms of the cross-lingual lexicon first (the catalogue's most
 * frequent words), then Debian wamerican's 59,875 words ({@code english-words.txt}) in a seeded
 * shuffle. Malay, Simplified and Traditional Chinese: the lexicon's concepts, whose words in each
 * language are the same subject, so that a topic reads the same in every language.
 */
public final class ZipfVocabulary {

    /** One concept of the lexicon: its words in en, ms, zh-Hans and zh-Hant (the first alternative of each). */
    public record Concept(String en, String ms, String zhHans, String zhHant) {
        public String in(String language) {
            return switch (language) {
                case "ms" -> ms;
                case "zh-Hans" -> zhHans;
                case "zh-Hant" -> zhHant;
                default -> en;
            };
        }
    }

    private static final ZipfVocabulary BUNDLED = load();

    private final List<String> english;
    private final List<Concept> concepts;
    private final double[] englishCdf;
    private final double[] conceptCdf;

    private ZipfVocabulary(List<String> english, List<Concept> concepts) {
        this.english = english;
        this.concepts = concepts;
        this.englishCdf = cdf(english.size());
        this.conceptCdf = cdf(concepts.size());
    }

    public static ZipfVocabulary bundled() {
        return BUNDLED;
    }

    /** An English word, by Zipf rank. */
    public String word(SplittableRandom r) {
        return english.get(draw(englishCdf, r));
    }

    /** The English word of rank {@code rank} (0 is the most frequent). */
    public String wordOfRank(int rank) {
        return english.get(rank);
    }

    public int englishWords() {
        return english.size();
    }

    /** A concept's index, by Zipf rank. */
    public int concept(SplittableRandom r) {
        return draw(conceptCdf, r);
    }

    public Concept concept(int index) {
        return concepts.get(index);
    }

    public int concepts() {
        return concepts.size();
    }

    private static int draw(double[] cdf, SplittableRandom r) {
        int i = Arrays.binarySearch(cdf, r.nextDouble() * cdf[cdf.length - 1]);
        return Math.min(cdf.length - 1, i < 0 ? -i - 1 : i);
    }

    private static double[] cdf(int n) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + 1);
            c[i] = sum;
        }
        return c;
    }

    private static ZipfVocabulary load() {
        List<Concept> concepts = new ArrayList<>();
        LinkedHashSet<String> english = new LinkedHashSet<>();
        for (String line : lines("/org/mcfed/index/search/lexicon/terms.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length < 4) {
                continue;
            }
            Concept c = new Concept(first(cols[0]), first(cols[1]), first(cols[2]), first(cols[3]));
            if (c.en().isEmpty() || c.ms().isEmpty() || c.zhHans().isEmpty() || c.zhHant().isEmpty()) {
                continue;
            }
            concepts.add(c);
            english.addAll(Arrays.asList(c.en().split(" ")));
        }
        List<String> words = new ArrayList<>(lines("/org/mcfed/index/bench/english-words.txt"));
        Collections.shuffle(words, new Random(20261203L));
        english.addAll(words);
        return new ZipfVocabulary(List.copyOf(english), List.copyOf(concepts));
    }

    private static String first(String alternatives) {
        int bar = alternatives.indexOf('|');
        return (bar < 0 ? alternatives : alternatives.substring(0, bar)).strip();
    }

    private static List<String> lines(String resource) {
        try (InputStream in = ZipfVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    if (!l.isBlank() && !l.startsWith("#")) {
                        out.add(l.strip());
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
