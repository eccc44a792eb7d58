package org.mcfed.connector.mapping;

import org.mcfed.col.data.DataTable;
import org.mcfed.col.record.Assessment;
import org.mcfed.col.vocab.Vocabularies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * COL assessment types from an assessment text as published, by the terms of
 * {@code assessment-terms.csv} (term, COL type, language, source): "written assessment" states a
 * theory test, "workplace observation" a skill application. The text is always kept as the
 * description; a text naming no known term gives no types (an empty list), never {@code other} by guess.
 */
public final class AssessmentTypes {

    private static final String RESOURCE = "assessment-terms.csv";
    private static final List<Term> TERMS = load();
    /** Types are listed in the order of docs/col-record.md, whatever the order of the terms. */
    private static final List<String> COL_ORDER = List.of("theory-test", "skill-application", "portfolio", "rpl", "project", "other");

    /**
     * A term matched as a whole word where the script has words (Latin: no letter just before or after it), as a
     * substring otherwise (Chinese). Found with {@link String#indexOf}: the normaliser asks this of every record, and
     * one regular expression per term was about 5 % of the normaliser's CPU in a replay (JFR). {@code
     * AssessmentTypesTest} holds it to those regular expressions.
     */
    record Term(String term, boolean wholeWord, String type) {
        static Term of(String term, String type) {
            return new Term(term, term.chars().allMatch(c -> c < 0x250), type);
        }

        boolean foundIn(String lower) {
            for (int at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
                int end = at + term.length();
                if (!wholeWord || (at == 0 || !Character.isLetter(lower.codePointBefore(at)))
                        && (end == lower.length() || !Character.isLetter(lower.codePointAt(end)))) {
                    return true;
                }
            }
            return false;
        }
    }

    private AssessmentTypes() {
    }

    /** The assessment as stated, or null when the page states none. */
    public static Assessment of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> types = new ArrayList<>();
        for (Term term : TERMS) {
            if (term.foundIn(lower) && !types.contains(term.type())) {
                types.add(term.type());
            }
        }
        types.sort(Comparator.comparingInt(COL_ORDER::indexOf));
        return new Assessment(List.copyOf(types), text);
    }

    /** The terms as loaded, for tests. */
    static List<Term> terms() {
        return TERMS;
    }

    private static List<Term> load() {
        List<Term> terms = new ArrayList<>();
        for (DataTable.Row row : DataTable.load(AssessmentTypes.class, RESOURCE, "term", "type", "language").rows()) {
            String type = row.require("type");
            if (!Vocabularies.ASSESSMENT_TYPES.contains(type)) {
                throw row.problem("'" + type + "' is not a COL assessment type");
            }
            terms.add(Term.of(row.require("term").toLowerCase(Locale.ROOT), type));
        }
        return List.copyOf(terms);
    }
}
