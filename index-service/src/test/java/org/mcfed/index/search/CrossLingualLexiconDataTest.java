package org.mcfed.index.search;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped lexicon's rows: complete in four languages, aligned scripts, and no word joining unrelated concepts. */
class CrossLingualLexiconDataTest {

    private static final CrossLingualLexicon LEXICON = CrossLingualLexicon.bundled();

    @Test
    void everyRowHasAllFourLanguagesAlignedScriptsAndASource() throws IOException {
        List<String[]> rows = rows("org/mcfed/index/search/lexicon/terms.tsv");
        assertThat(rows).hasSizeGreaterThan(300);
        for (String[] r : rows) {
            assertThat(r).as(String.join("\t", r)).hasSize(5);
            for (String cell : r) {
                assertThat(cell).as(String.join("\t", r)).isNotBlank();
            }
            assertThat(r[2].split("\\|")).as(r[0]).hasSameSizeAs(r[3].split("\\|"));
            for (String cell : List.of(r[0], r[1], r[2], r[3])) {
                List<String> alternatives = List.of(cell.toLowerCase(Locale.ROOT).split("\\|"));
                assertThat(alternatives).as(r[0]).doesNotHaveDuplicates().allSatisfy(a -> assertThat(a).isNotBlank());
            }
        }
    }

    @Test
    void aTermSharedByTwoConceptsIsListedWithItsReason() throws IOException {
        Map<String, String> shared = new HashMap<>();
        for (String[] r : rows("org/mcfed/index/search/lexicon-shared-terms.tsv")) {
            assertThat(r).as(String.join("\t", r)).hasSize(2);
            assertThat(r[1]).as(r[0]).isNotBlank();
            shared.put(r[0], r[1]);
        }
        Map<String, Set<String>> conceptsOfKey = new TreeMap<>();
        Map<String, Set<String>> termsOfKey = new HashMap<>();
        for (String[] r : rows("org/mcfed/index/search/lexicon/terms.tsv")) {
            String concept = r[0];
            for (int language = 0; language < 4; language++) {
                for (String term : r[language].split("\\|")) {
                    String key = (language < 2 ? "latin " + CrossLingualLexicon.latinKey(term) : "han " + LEXICON.fold(term.strip()));
                    conceptsOfKey.computeIfAbsent(key, k -> new HashSet<>()).add(concept);
                    termsOfKey.computeIfAbsent(key, k -> new HashSet<>()).add(term.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        List<String> unexplained = new ArrayList<>();
        conceptsOfKey.forEach((key, concepts) -> {
            if (concepts.size() > 1 && termsOfKey.get(key).stream().noneMatch(shared::containsKey)) {
                unexplained.add(key + " " + concepts);
            }
        });
        assertThat(unexplained).isEmpty();
        assertThat(shared.keySet()).allSatisfy(term -> assertThat(termsOfKey).as(term).containsKey(
                (term.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        ? "han " + LEXICON.fold(term) : "latin " + CrossLingualLexicon.latinKey(term))));
    }

    private static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = CrossLingualLexiconDataTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        }
    }
}
