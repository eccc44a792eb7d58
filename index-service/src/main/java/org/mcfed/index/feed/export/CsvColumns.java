package org.mcfed.index.feed.export;

import org.mcfed.col.compliance.Compliance;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.ComplianceFlag;
import org.mcfed.col.record.FieldOfEducation;
import org.mcfed.index.feed.format.LearningOutcomes;
import org.mcfed.index.feed.format.PreferredText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of the CSV export: every element of the COL record, one column per leaf (dotted
 * JSON path), one value per cell, lists joined with {@code |} (a {@code |} or {@code \} inside an item is escaped with a
 * backslash), the title in English where the registry gives one (else its first language) with
 * the language in the next column. Then the title, description and learning outcomes in every
 * language the record holds: one column per learner language ({@code title.zh-Hant}), and
 * {@code .other} for the rest as {@code tag=text} items ({@code mi=…|fil=…}; one item per outcome), so that no language a
 * registry published is lost. Names are the COL JSON field names, dotted for nested ones; the
 * {@code skills.*} columns are parallel lists (the n-th items make the n-th skill, an empty item
 * is a part not stated). docs/crosswalks.md documents the encoding.
 */
final class CsvColumns {

    record Column(String name, Function<ColRecord, Object> value) {
    }

    /** The languages learners search and read in; each gets its own text columns. */
    static final List<String> LEARNER_LANGUAGES = List.of("en", "zh-Hant", "zh-Hans", "ms");

    static final List<Column> ALL = Stream.concat(Stream.of(
            new Column("id", ColRecord::id),
            new Column("title", r -> PreferredText.of(r.title()) == null ? null : PreferredText.of(r.title()).getValue()),
            new Column("title.lang", r -> PreferredText.of(r.title()) == null ? null : PreferredText.of(r.title()).getKey()),
            new Column("description", r -> PreferredText.of(r.description()) == null ? null : PreferredText.of(r.description()).getValue()),
            new Column("issuerCountry", ColRecord::issuerCountry),
            new Column("awardingBody.name", r -> r.awardingBody() == null ? null : r.awardingBody().name()),
            new Column("awardingBody.id", r -> r.awardingBody() == null ? null : r.awardingBody().id()),
            new Column("awardingBody.url", r -> r.awardingBody() == null ? null : r.awardingBody().url()),
            new Column("workloadHours", ColRecord::workloadHours),
            new Column("nqfLevel.framework", r -> r.nqfLevel() == null ? null : r.nqfLevel().framework()),
            new Column("nqfLevel.level", r -> r.nqfLevel() == null ? null : r.nqfLevel().level()),
            new Column("iscedLevel", ColRecord::iscedLevel),
            new Column("aqrfLevel", ColRecord::aqrfLevel),
            new Column("fieldOfEducation.iscedF", r -> r.fieldOfEducation() == null ? null : r.fieldOfEducation().iscedF()),
            new Column("fieldOfEducation.source.scheme", r -> fieldSource(r) == null ? null : fieldSource(r).scheme()),
            new Column("fieldOfEducation.source.code", r -> fieldSource(r) == null ? null : fieldSource(r).code()),
            new Column("fieldOfEducation.source.label", r -> fieldSource(r) == null ? null : fieldSource(r).label()),
            new Column("credit.value", r -> r.credit() == null ? null : r.credit().value()),
            new Column("credit.system", r -> r.credit() == null ? null : r.credit().system()),
            new Column("credit.hoursPerCredit", r -> r.credit() == null ? null : r.credit().hoursPerCredit()),
            new Column("status", ColRecord::status),
            new Column("languages", r -> join(r.languages())),
            new Column("modeOfLearning", r -> join(r.modeOfLearning())),
            new Column("skills.label", r -> r.skills() == null ? null : parallel(r.skills().stream().map(s -> s == null ? null : s.label()).toList())),
            new Column("skills.taxonomy", r -> r.skills() == null ? null : parallel(r.skills().stream().map(s -> s == null ? null : s.taxonomy()).toList())),
            new Column("skills.uri", r -> r.skills() == null ? null : parallel(r.skills().stream().map(s -> s == null ? null : s.uri()).toList())),
            new Column("prerequisites", ColRecord::prerequisites),
            new Column("assessment.types", r -> r.assessment() == null ? null : join(r.assessment().types())),
            new Column("assessment.description", r -> r.assessment() == null ? null : r.assessment().description()),
            new Column("supervision", ColRecord::supervision),
            new Column("qualityAssurance.body", r -> r.qualityAssurance() == null ? null : r.qualityAssurance().body()),
            new Column("qualityAssurance.type", r -> r.qualityAssurance() == null ? null : r.qualityAssurance().type()),
            new Column("qualityAssurance.validFrom", r -> r.qualityAssurance() == null ? null : r.qualityAssurance().validFrom()),
            new Column("qualityAssurance.validUntil", r -> r.qualityAssurance() == null ? null : r.qualityAssurance().validUntil()),
            new Column("gradeRequired", ColRecord::gradeRequired),
            new Column("stackability.option", r -> r.stackability() == null ? null : r.stackability().option()),
            new Column("stackability.towards", r -> r.stackability() == null ? null : join(r.stackability().towards())),
            new Column("durationWeeks", ColRecord::durationWeeks),
            new Column("replaces", r -> join(r.replaces())),
            new Column("replacedBy", r -> join(r.replacedBy())),
            new Column("cost.amount", r -> r.cost() == null ? null : r.cost().amount()),
            new Column("cost.currency", r -> r.cost() == null ? null : r.cost().currency()),
            new Column("financialSupport", ColRecord::financialSupport),
            new Column("verification", r -> join(r.verification())),
            new Column("url", ColRecord::url),
            new Column("provenance.source", ColRecord::harvestedFrom),
            new Column("provenance.localId", r -> r.provenance() == null ? null : r.provenance().localId()),
            new Column("provenance.url", r -> r.provenance() == null ? null : r.provenance().url()),
            new Column("provenance.harvestedAt", r -> r.provenance() == null ? null : r.provenance().harvestedAt()),
            new Column("provenance.checksum", r -> r.provenance() == null ? null : r.provenance().checksum()),
            new Column("quality.completeness", r -> r.quality() == null ? null : r.quality().completeness()),
            new Column("quality.missing", r -> r.quality() == null ? null : join(r.quality().missing())),
            new Column("quality.derived", r -> r.quality() == null ? null : join(r.quality().derived())),
            new Column("sameAs", r -> join(r.sameAs())),
            new Column("updatedAt", ColRecord::updatedAt)),
            Stream.of(textsByLanguage("title", r -> r.title()),
                    textsByLanguage("description", r -> r.description()),
                    textsByLanguage("learningOutcomes", LearningOutcomes::byLanguage),
                    complianceFlags()).flatMap(List::stream)).toList();

    private CsvColumns() {
    }

    /**
     * Per compliance flag (in the order of col-schema's flags file), {@code quality.compliance.<flag>.met}
     * ({@code true}, {@code false}, or empty when the flag does not apply) and {@code .missing} (a list).
     */
    private static List<Column> complianceFlags() {
        List<Column> columns = new ArrayList<>();
        for (String flag : Compliance.standard().flagIds()) {
            Function<ColRecord, ComplianceFlag> of = r -> r.quality() == null || r.quality().compliance() == null
                    ? null : r.quality().compliance().get(flag);
            columns.add(new Column("quality.compliance." + flag + ".met", r -> of.apply(r) == null ? null : of.apply(r).met()));
            columns.add(new Column("quality.compliance." + flag + ".missing",
                    r -> of.apply(r) == null ? null : join(of.apply(r).missing())));
        }
        return columns;
    }

    /** One column per learner language, then {@code <field>.other} with every other language. */
    private static List<Column> textsByLanguage(String field, Function<ColRecord, Map<String, ?>> map) {
        List<Column> columns = new ArrayList<>();
        for (String language : LEARNER_LANGUAGES) {
            columns.add(new Column(field + "." + language, r -> {
                Map<String, ?> texts = map.apply(r);
                return texts == null ? null : cell(texts.get(language));
            }));
        }
        columns.add(new Column(field + ".other", r -> {
            Map<String, ?> texts = map.apply(r);
            if (texts == null) {
                return null;
            }
            String other = texts.entrySet().stream().filter(e -> !LEARNER_LANGUAGES.contains(e.getKey()))
                    .flatMap(e -> (e.getValue() instanceof List<?> items ? items.stream() : Stream.of(e.getValue()))
                            .map(text -> escape(e.getKey() + "=" + text)))
                    .collect(Collectors.joining("|"));
            return other.isEmpty() ? null : other;
        }));
        return columns;
    }

    private static Object cell(Object value) {
        return value instanceof List<?> list ? join(list) : value;
    }

    private static FieldOfEducation.SourceCode fieldSource(ColRecord r) {
        return r.fieldOfEducation() == null ? null : r.fieldOfEducation().source();
    }

    /** Items of a list whose n-th item belongs with the n-th of its sibling columns: a missing value is an empty item. */
    private static String parallel(List<String> values) {
        return values.stream().map(v -> v == null ? "" : escape(v)).collect(Collectors.joining("|"));
    }

    private static String join(List<?> values) {
        return values == null ? null : values.stream().filter(Objects::nonNull).map(v -> escape(v.toString())).collect(Collectors.joining("|"));
    }

    private static String escape(String item) {
        return item.indexOf('|') < 0 && item.indexOf('\\') < 0 ? item : item.replace("\\", "\\\\").replace("|", "\\|");
    }
}
