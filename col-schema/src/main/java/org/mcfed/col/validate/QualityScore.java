package org.mcfed.col.validate;

import org.mcfed.col.record.Assessment;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.QualityAssurance;
import org.mcfed.col.record.Stackability;
import org.mcfed.col.record.Quality;
import org.mcfed.col.vocab.Vocabularies;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Completeness of a record against the COL mandatory elements ({@link Vocabularies#MANDATORY_FIELDS}):
 * the share present and non-empty, and the list of those absent. An element counts as present
 * when it holds something a reader can use: non-blank text, a non-empty list or language map with
 * a non-blank entry, an awarding body with a name, a level with a value, an assessment with types
 * or a description, a quality assurance with any part stated, a stackability option.
 */
public final class QualityScore {

    private QualityScore() {
    }

    /** The quality block: completeness and missing computed from the record, {@code derived} as given (copied). */
    public static Quality of(ColRecord record, Collection<String> derived) {
        List<String> missing = missing(record);
        int total = Vocabularies.MANDATORY_FIELDS.size();
        double completeness = (double) (total - missing.size()) / total;
        return new Quality(completeness, missing, List.copyOf(derived));
    }

    /** The mandatory elements absent or empty, in the order of col-record.md. */
    public static List<String> missing(ColRecord record) {
        return Vocabularies.MANDATORY_FIELDS.stream().filter(field -> !isPresent(record, field)).toList();
    }

    /** Whether a mandatory element of the record is present and non-empty. */
    public static boolean isPresent(ColRecord r, String field) {
        return switch (field) {
            case "id" -> text(r.id());
            case "title" -> languageMap(r.title());
            case "description" -> languageMap(r.description());
            case "issuerCountry" -> text(r.issuerCountry());
            case "awardingBody" -> r.awardingBody() != null && text(r.awardingBody().name());
            case "workloadHours" -> r.workloadHours() != null;
            case "nqfLevel" -> r.nqfLevel() != null && text(r.nqfLevel().level());
            case "iscedLevel" -> text(r.iscedLevel());
            case "learningOutcomes" -> list(r.learningOutcomes());
            case "skills" -> list(r.skills());
            case "prerequisites" -> text(r.prerequisites());
            case "status" -> text(r.status());
            case "languages" -> list(r.languages());
            case "modeOfLearning" -> list(r.modeOfLearning());
            case "assessment" -> assessment(r.assessment());
            case "supervision" -> text(r.supervision());
            case "qualityAssurance" -> qualityAssurance(r.qualityAssurance());
            case "gradeRequired" -> text(r.gradeRequired());
            case "stackability" -> stackability(r.stackability());
            default -> throw new IllegalArgumentException("not a COL mandatory element: " + field);
        };
    }

    private static boolean text(String s) {
        return s != null && !s.isBlank();
    }

    private static boolean list(List<?> l) {
        return l != null && !l.isEmpty();
    }

    private static boolean languageMap(Map<String, String> m) {
        return m != null && m.values().stream().anyMatch(QualityScore::text);
    }

    private static boolean assessment(Assessment a) {
        return a != null && (list(a.types()) || text(a.description()));
    }

    private static boolean qualityAssurance(QualityAssurance q) {
        return q != null && (text(q.body()) || text(q.type()) || q.validFrom() != null || q.validUntil() != null);
    }

    private static boolean stackability(Stackability s) {
        return s != null && text(s.option());
    }
}
