package org.mcfed.index.search;

import org.mcfed.index.store.RecordAnalyzers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A query cut into units that the {@link CrossLingualLexicon} knows, each with its translations into
 * the other languages of the registries, so that a query in English, Malay or Chinese also finds
 * records written in the others. Han text is cut by longest match after folding to Simplified
 * characters; runs of Latin words by longest match too (a multi-word term first, so
 * {@code pembelajaran mesin} is one unit), each looked up as English and as Malay. Words the
 * lexicon does not know stay units of their own, untranslated.
 *
 * @param units every word of the query in order, grouped into units
 */
public record QueryTranslation(List<Unit> units) {

    /** Translations kept per language: the lexicon lists its best terms first, more add noise. */
    private static final int MAX_PER_LANGUAGE = 3;

    /** A term in another language ({@code en}, {@code ms}, {@code zh-Hant}, {@code zh-Hans}). */
    public record Target(String text, String language) {
    }

    /** A translated term of the query as the API reports it: its text, language ({@code en}, {@code ms}, {@code zh}) and translations. */
    public record Translated(String from, String language, List<Target> to) {
    }

    /** Query words searched together: by their own text or, when {@code translation} is not null, by any of its targets. */
    public record Unit(List<UserQuery.Word> words, Translated translation) {

        static Unit plain(UserQuery.Word w) {
            return new Unit(List.of(w), null);
        }
    }

    /** Every word its own unit, untranslated: the search as it was before cross-lingual search ({@code translate=false}). */
    public static QueryTranslation off(UserQuery q) {
        return new QueryTranslation(q.words().stream().map(Unit::plain).toList());
    }

    /** The query's units, translated where the lexicon knows them. */
    public static QueryTranslation of(UserQuery q, CrossLingualLexicon lexicon) {
        List<Unit> units = new ArrayList<>();
        List<UserQuery.Word> words = q.words();
        int i = 0;
        while (i < words.size()) {
            UserQuery.Word w = words.get(i);
            if (RecordAnalyzers.hasHan(w.text())) {
                units.addAll(han(w, lexicon));
                i++;
                continue;
            }
            int run = 0;
            while (i + run < words.size() && run < lexicon.longestLatin() && !words.get(i + run).prefix()
                    && !RecordAnalyzers.hasHan(words.get(i + run).text())) {
                run++;
            }
            Unit unit = null;
            for (int n = run; n >= 1 && unit == null; n--) {
                unit = latin(words.subList(i, i + n), lexicon);
            }
            units.add(unit == null ? Unit.plain(w) : unit);
            i += unit == null ? 1 : unit.words().size();
        }
        return new QueryTranslation(List.copyOf(units));
    }

    /** The translated units as the API reports them, in query order. */
    public List<Translated> translations() {
        return units.stream().map(Unit::translation).filter(t -> t != null).toList();
    }

    private static Unit latin(List<UserQuery.Word> words, CrossLingualLexicon lexicon) {
        String from = String.join(" ", words.stream().map(UserQuery.Word::text).toList());
        String key = CrossLingualLexicon.latinKey(from);
        List<CrossLingualLexicon.Concept> asEnglish = lexicon.english(key);
        List<CrossLingualLexicon.Concept> asMalay = lexicon.malay(key);
        if (asEnglish.isEmpty() && asMalay.isEmpty()) {   // not listed as typed: an inflected form of a listed word
            asEnglish = lexicon.englishInflected(key);
            asMalay = lexicon.malayInflected(key);
        }
        Targets to = new Targets(from);
        for (CrossLingualLexicon.Concept c : asEnglish) {
            to.add(c.ms(), "ms");
        }
        for (CrossLingualLexicon.Concept c : asMalay) {
            to.add(c.en(), "en");
        }
        for (CrossLingualLexicon.Concept c : concat(asEnglish, asMalay)) {
            to.addChinese(c);
        }
        if (to.isEmpty()) {
            return null;
        }
        return new Unit(List.copyOf(words), new Translated(from, asEnglish.isEmpty() ? "ms" : "en", to.list()));
    }

    /** Cuts a Han word at the lexicon's terms (longest first); the text between them stays as typed, untranslated. */
    private static List<Unit> han(UserQuery.Word w, CrossLingualLexicon lexicon) {
        String text = w.text();
        String folded = lexicon.fold(text);
        List<Unit> units = new ArrayList<>();
        int rest = 0;
        int i = 0;
        while (i < text.length()) {
            int length = Math.min(lexicon.longestHan(), text.length() - i);
            List<CrossLingualLexicon.Concept> concepts = List.of();
            for (; length >= 1; length--) {
                concepts = lexicon.chinese(folded.substring(i, i + length));
                if (!concepts.isEmpty()) {
                    break;
                }
            }
            if (concepts.isEmpty()) {
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            String from = text.substring(i, i + length);
            Targets to = new Targets(from);
            concepts.forEach(c -> to.add(c.en(), "en"));
            concepts.forEach(c -> to.add(c.ms(), "ms"));
            if (rest < i) {
                units.add(Unit.plain(new UserQuery.Word(text.substring(rest, i), false)));
            }
            units.add(new Unit(List.of(new UserQuery.Word(from, false)), new Translated(from, "zh", to.list())));
            i += length;
            rest = i;
        }
        if (units.isEmpty()) {
            return List.of(Unit.plain(w));
        }
        if (rest < text.length()) {
            units.add(Unit.plain(new UserQuery.Word(text.substring(rest), w.prefix())));
        }
        return units;
    }

    private static List<CrossLingualLexicon.Concept> concat(List<CrossLingualLexicon.Concept> a, List<CrossLingualLexicon.Concept> b) {
        Set<CrossLingualLexicon.Concept> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** The targets of one unit, without the unit's own text or repeats, at most {@value #MAX_PER_LANGUAGE} per language. */
    private static final class Targets {
        private final String from;
        private final List<Target> list = new ArrayList<>();
        private final Set<String> seen = new LinkedHashSet<>();

        Targets(String from) {
            this.from = RecordAnalyzers.hasHan(from) ? from.toLowerCase(Locale.ROOT) : CrossLingualLexicon.latinKey(from);
        }

        void add(List<String> texts, String language) {
            for (String text : texts) {
                // Latin alternatives that differ in number only (forest, forests) take one place
                String key = language.startsWith("zh") ? text.toLowerCase(Locale.ROOT) : CrossLingualLexicon.latinKey(text);
                if (!key.equals(from) && list.stream().filter(t -> t.language().equals(language)).count() < MAX_PER_LANGUAGE
                        && seen.add(key)) {
                    list.add(new Target(text, language));
                }
            }
        }

        /** Traditional and Simplified alternatives of a concept, the Traditional first (HKQR's script); a form written alike in both once. */
        void addChinese(CrossLingualLexicon.Concept c) {
            for (int i = 0; i < c.zhHans().size(); i++) {
                add(List.of(c.zhHant().get(i)), "zh-Hant");
                add(List.of(c.zhHans().get(i)), "zh-Hans");
            }
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        List<Target> list() {
            return List.copyOf(list);
        }
    }
}
