package org.mcfed.sandbox.truth;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;
import org.mcfed.sandbox.core.Lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code vocab/concepts.txt} against the topics files: every concept a topic carries has a row,
 * no row is unused, each row has four short queries, and the subjects the registries share carry
 * one key across them.
 */
class ConceptTableTest {
    static final List<String> TOPIC_FILES = List.of("nzqa-topics", "mqa-topics", "hkqr-topics", "mcs-topics", "colfeed-topics");

    /** concept -> the topics files that use it. */
    static Map<String, Set<String>> usedBy() {
        Map<String, Set<String>> m = new HashMap<>();
        for (String file : TOPIC_FILES) {
            for (String[] row : Lexicon.rows(file)) {
                String concept = row[row.length - 1];
                assertThat(concept).as(file + ": " + String.join("|", row)).matches("[a-z0-9]+(-[a-z0-9]+)*");
                m.computeIfAbsent(concept, k -> new TreeSet<>()).add(file);
            }
        }
        return m;
    }

    @Test
    void everyTopicsConceptHasARowAndEveryRowIsUsed() {
        Set<String> keys = new HashSet<>();
        for (Concept c : ConceptTable.all()) {
            keys.add(c.key());
        }
        assertThat(keys).hasSameSizeAs(ConceptTable.all());
        assertThat(keys).isEqualTo(usedBy().keySet());
    }

    @Test
    void everyConceptHasFourShortQueriesTheSimplifiedOneInSimplifiedCharacters() {
        Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
        for (Concept c : ConceptTable.all()) {
            assertThat(c.queries().keySet()).as(c.key()).containsExactly("en", "zh-Hant", "zh-Hans", "ms");
            for (String lang : List.of("en", "ms")) {
                String q = c.queries().get(lang);
                assertThat(q.split(" ")).as(c.key() + " " + lang).hasSizeBetween(1, 4);
                assertThat(q).as(c.key() + " " + lang).doesNotContainPattern("\\p{IsHan}");
            }
            for (String lang : List.of("zh-Hant", "zh-Hans")) {
                assertThat(c.queries().get(lang)).as(c.key() + " " + lang).containsPattern("\\p{IsHan}").hasSizeLessThanOrEqualTo(8);
            }
            String hans = c.queries().get("zh-Hans");
            assertThat(toSimplified.transliterate(hans)).as(c.key() + " zh-Hans in Simplified characters").isEqualTo(hans);
        }
    }

    @Test
    void subjectsTheRegistriesShareCarryOneKey() {
        Map<String, Set<String>> used = usedBy();
        assertThat(used.get("cyber-security")).containsExactlyInAnyOrder("nzqa-topics", "mqa-topics", "hkqr-topics", "mcs-topics");
        assertThat(used.get("data-analytics")).contains("nzqa-topics", "mqa-topics", "hkqr-topics", "colfeed-topics");
        assertThat(used.get("project-management")).contains("mqa-topics", "colfeed-topics");
        assertThat(used.values().stream().filter(files -> files.size() > 1).count()).as("concepts shared by registries")
                .isGreaterThanOrEqualTo(20);
    }
}
