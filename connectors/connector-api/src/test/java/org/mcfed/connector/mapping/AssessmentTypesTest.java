package org.mcfed.connector.mapping;

import org.junit.jupiter.api.Test;
import org.mcfed.col.record.Assessment;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentTypesTest {

    @Test
    void typesComeFromWholeWordsInLatinScriptAndFromSubstringsInChinese() {
        Assessment a = AssessmentTypes.of("Workplace observation, then a written\u00a0assessment (Exam)");
        assertThat(a.types()).containsExactly("theory-test", "skill-application");
        assertThat(a.description()).isEqualTo("Workplace observation, then a written\u00a0assessment (Exam)");
        assertThat(AssessmentTypes.of("Contest entries and a latest-projects showcase").types())
                .as("'test' inside 'Contest' and 'latest' is no test; 'projects' is no 'project'").isEmpty();
        assertThat(AssessmentTypes.of("課程以考試及實務評核").types()).containsExactly("theory-test", "skill-application");
        assertThat(AssessmentTypes.of("Ujian bertulis dan projek").types()).containsExactly("theory-test", "project");
        assertThat(AssessmentTypes.of("   ")).isNull();
    }

    /**
     * The rule each term stood for as a regular expression before it was matched with indexOf. The expression's
     * look-behind read a letter outside the Basic Multilingual Plane just before a term as a non-letter (it saw only
     * the letter's low surrogate); indexOf's rule reads it as the letter it is. So the text the expression reads has
     * each such character replaced by one of the plane with its letter-or-not.
     */
    private static Pattern asPattern(AssessmentTypes.Term t) {
        String quoted = Pattern.quote(t.term());
        return Pattern.compile(t.wholeWord() ? "(?<!\\p{L})" + quoted + "(?!\\p{L})" : quoted);
    }

    private static String inBasicPlane(String lower) {
        StringBuilder bmp = new StringBuilder();
        lower.codePoints().forEach(c -> bmp.appendCodePoint(!Character.isSupplementaryCodePoint(c) ? c
                : Character.isLetter(c) ? 'a' : '1'));
        return bmp.toString();
    }

    @Test
    void everyTermIsFoundExactlyWhereItsRegularExpressionFindsIt() {
        List<AssessmentTypes.Term> terms = AssessmentTypes.terms();
        // pieces a page's text is made of: the terms themselves and parts of them, letters of several scripts
        // (one outside the Basic Multilingual Plane), digits, marks, punctuation and spaces
        List<String> pieces = new java.util.ArrayList<>(List.of("a", "s", "é", "ß", "x", "1", "_", "-", " ", "\u00a0", ".",
                "(", "'", "\u0301", "考", "試", "中", "𝒜", "𝟙", "ı", "İ", "ing", "es", "pre", "con"));
        for (AssessmentTypes.Term t : terms) {
            pieces.add(t.term());
            pieces.add(t.term().substring(0, Math.max(1, t.term().length() / 2)));
        }
        List<Pattern> patterns = terms.stream().map(AssessmentTypesTest::asPattern).toList();
        Random random = new Random(16);
        int found = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(8); n >= 0; n--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            String lower = text.toString();
            String bmp = inBasicPlane(lower);
            for (int t = 0; t < terms.size(); t++) {
                AssessmentTypes.Term term = terms.get(t);
                boolean expected = patterns.get(t).matcher(bmp).find();
                assertThat(term.foundIn(lower)).as("'%s' in '%s'", term.term(), lower).isEqualTo(expected);
                found += expected ? 1 : 0;
            }
        }
        assertThat(found).as("texts that contain terms, not only texts that do not").isGreaterThan(5_000);
    }
}
