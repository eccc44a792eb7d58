package org.mcfed.index.feed.export;

import org.mcfed.col.record.ColRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of the CSV export: the COL fields a spreadsheet user filters on, one value per
 * cell, lists joined with {@code |} (a {@code |} or {@code \} inside an item is escaped with a
 * backslash), the title in English where the registry gives one (else its first language) with
 * the language in the next column. Then the title, description and learning outcomes in every
 * language the record holds: one column per learner language ({@code title.zh-Hant}), and
 * {@code .other} for the rest as {@code tag=text} items ({@code mi=…|fil=…}; one item per outcome), so that no language a
 * registry published is lost. Names are the COL JSON field names, dotted for nested ones.
 */
final class CsvColumns {

    record Column(String name, Function<ColRecord, Object> value) {
    }

    /** The languages learners search and read in; each gets its own text columns. */
    static final List<String> LEARNER_LANGUAGES = List.of("en", "zh-Hant", "zh-Hans", "ms");

    static final List<Column> ALL = Stream.concat(Stream.of(
            new Column("id", ColRecord::id),
            new Column("title", r -> preferred(r.title()) == null ? null : preferred(r.title()).getValue()),
            new Column("title.lang", r -> preferred(r.title()) == null ? null : preferred(r.title()).getKey()),
            new Column("description", r -> preferred(r.description()) == null ? null : preferred(r.description()).getValue()),
            new Column("issuerCountry", ColRecord::issuerCountry),
            new Column("awardingBody.name", r -> r.awardingBody() == null ? null : r.awardingBody().name()),
            new Column("workloadHours", ColRecord::workloadHours),
            new Column("nqfLevel.framework", r -> r.nqfLevel() == null ? null : r.nqfLevel().framework()),
            new Column("nqfLevel.level", r -> r.nqfLevel() == null ? null : r.nqfLevel().level()),
            new Column("iscedLevel", ColRecord::iscedLevel),
            new Column("aqrfLevel", ColRecord::aqrfLevel),
            new Column("fieldOfEducation.iscedF", r -> r.fieldOfEducation() == null ? null : r.fieldOfEducation().iscedF()),
            new Column("credit.value", r -> r.credit() == null ? null : r.credit().value()),
            new Column("credit.system", r -> r.credit() == null ? null : r.credit().system()),
            new Column("status", ColRecord::status),
            new Column("languages", r -> join(r.languages())),
            new Column("modeOfLearning", r -> join(r.modeOfLearning())),
            new Column("assessment.types", r -> r.assessment() == null ? null : join(r.assessment().types())),
            new Column("supervision", ColRecord::supervision),
            new Column("stackability.option", r -> r.stackability() == null ? null : r.stackability().option()),
            new Column("durationWeeks", ColRecord::durationWeeks),
            new Column("cost.amount", r -> r.cost() == null ? null : r.cost().amount()),
            new Column("cost.currency", r -> r.cost() == null ? null : r.cost().currency()),
            new Column("url", ColRecord::url),
            new Column("provenance.source", ColRecord::harvestedFrom),
            new Column("quality.completeness", r -> r.quality() == null ? null : r.quality().completeness()),
            new Column("quality.missing", r -> r.quality() == null ? null : join(r.quality().missing())),
            new Column("updatedAt", ColRecord::updatedAt)),
            Stream.of(textsByLanguage("title", r -> r.title()),
                    textsByLanguage("description", r -> r.description()),
                    textsByLanguage("learningOutcomes", CsvColumns::outcomesByLanguage)).flatMap(List::stream)).toList();

    private CsvColumns() {
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

    /** The outcomes by language; a record without the map has its one list under an unknown language ({@code und}). */
    private static Map<String, List<String>> outcomesByLanguage(ColRecord r) {
        if (r.learningOutcomesByLanguage() != null && !r.learningOutcomesByLanguage().isEmpty()) {
            return r.learningOutcomesByLanguage();
        }
        return r.learningOutcomes() == null || r.learningOutcomes().isEmpty() ? null : Map.of("und", r.learningOutcomes());
    }

    private static Object cell(Object value) {
        return value instanceof List<?> list ? join(list) : value;
    }

    private static Map.Entry<String, String> preferred(Map<String, String> languageMap) {
        if (languageMap == null || languageMap.isEmpty()) {
            return null;
        }
        String text = languageMap.get("en");
        return text != null ? Map.entry("en", text) : languageMap.entrySet().iterator().next();
    }

    private static String join(List<?> values) {
        return values == null ? null : values.stream().filter(Objects::nonNull).map(v -> escape(v.toString())).collect(Collectors.joining("|"));
    }

    private static String escape(String item) {
        return item.indexOf('|') < 0 && item.indexOf('\\') < 0 ? item : item.replace("\\", "\\\\").replace("|", "\\|");
    }
}
