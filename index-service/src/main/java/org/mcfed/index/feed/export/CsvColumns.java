package org.mcfed.index.feed.export;

import org.mcfed.col.record.ColRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of the CSV export: the COL fields a spreadsheet user filters on, one value per
 * cell, lists joined with {@code |}, the title in English where the registry gives one (else
 * its first language) with the language in the next column. Names are the COL JSON field names,
 * dotted for nested ones. The NDJSON export carries everything else.
 */
final class CsvColumns {

    record Column(String name, Function<ColRecord, Object> value) {
    }

    static final List<Column> ALL = List.of(
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
            new Column("updatedAt", ColRecord::updatedAt));

    private CsvColumns() {
    }

    private static Map.Entry<String, String> preferred(Map<String, String> languageMap) {
        if (languageMap == null || languageMap.isEmpty()) {
            return null;
        }
        String text = languageMap.get("en");
        return text != null ? Map.entry("en", text) : languageMap.entrySet().iterator().next();
    }

    private static String join(List<?> values) {
        return values == null ? null : values.stream().filter(Objects::nonNull).map(Object::toString).collect(Collectors.joining("|"));
    }
}
