package org.mcfed.connector.mapping;

import org.mcfed.col.record.Assessment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * COL assessment types from an assessment text as published, by the terms of
 * {@code assessment-terms.csv} (term, COL type, language, source): "written assessment" states a
 * theory test, "workplace observation" a skill application. The text is always kept as the
 * description; a text naming no known term gives no types (an empty list), never {@code other} by guess.
 */
public final class AssessmentTypes {

    private static final String RESOURCE = "assessment-terms.csv";
    private static final List<Term> TERMS = load();
    /** Types are listed in the order of shared/design/col-record.md, whatever the order of the terms. */
    private static final List<String> COL_ORDER = List.of("theory-test", "skill-application", "portfolio", "rpl", "project", "other");

    /** A term matched as a whole word where the script has words (Latin), as a substring otherwise (Chinese). */
    private record Term(Pattern pattern, String type) {
        static Term of(String term, String type) {
            String quoted = Pattern.quote(term);
            boolean latin = term.chars().allMatch(c -> c < 0x250);
            return new Term(Pattern.compile(latin ? "(?<!\\p{L})" + quoted + "(?!\\p{L})" : quoted), type);
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
            if (term.pattern().matcher(lower).find() && !types.contains(term.type())) {
                types.add(term.type());
            }
        }
        types.sort(java.util.Comparator.comparingInt(COL_ORDER::indexOf));
        return new Assessment(List.copyOf(types), text);
    }

    private static List<Term> load() {
        List<Term> terms = new ArrayList<>();
        try (InputStream in = AssessmentTypes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = SourceVocabulary.CsvLine.split(line);
                if (header) {
                    header = false;
                    continue;
                }
                if (cells.size() < 4 || cells.get(3).isBlank()) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": needs term, type, language and a source");
                }
                if (!org.mcfed.col.vocab.Vocabularies.ASSESSMENT_TYPES.contains(cells.get(1))) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": '" + cells.get(1) + "' is not a COL assessment type");
                }
                terms.add(Term.of(cells.get(0).toLowerCase(Locale.ROOT), cells.get(1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(terms);
    }
}
