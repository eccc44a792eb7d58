package org.mcfed.col.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import org.mcfed.col.data.DataTable;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.ComplianceFlag;
import org.mcfed.col.record.Quality;
import org.mcfed.col.validate.QualityScore;
import org.mcfed.col.vocab.Vocabularies;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The compliance flags of a record ({@code quality.compliance}), computed from the data files of
 * {@code src/main/resources/compliance/}: {@code flags.csv} names each flag, its rules file and
 * the records it applies to; each rules file lists the COL elements a record must state, with
 * the passage of the framework that requires it. An element counts as stated as it does for
 * {@code quality.missing} ({@link QualityScore#isPresent}); a dotted path such as
 * {@code credit.value} counts when its JSON value is non-blank text, a number or boolean, or a
 * non-empty list or object. See docs/compliance.md.
 */
public final class Compliance {

    /** The flags file on the class path. */
    public static final String FLAGS_RESOURCE = "compliance/flags.csv";

    /** The flag whose elements are the COL mandatory set (Art. VIII.4), also scored by {@code quality.missing}. */
    public static final String COL_MANDATORY = "col-mandatory";

    /** A flag id: lower-case words joined by '-' (the keys of {@code quality.compliance}). */
    public static final Pattern FLAG_ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern PATH = Pattern.compile("^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*$");
    private static final Set<String> RECORD_FIELDS = Arrays.stream(ColRecord.class.getRecordComponents())
            .map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());

    private final List<FlagRules> flags;

    private Compliance(List<FlagRules> flags) {
        this.flags = List.copyOf(flags);
    }

    private static final class Holder {
        private static final Compliance STANDARD = load(FLAGS_RESOURCE);
    }

    /** The flags shipped in this module, loaded and checked once. */
    public static Compliance standard() {
        return Holder.STANDARD;
    }

    /** The flags of a record by the shipped rules: flag id to verdict, sorted by id; a flag that does not apply is absent. */
    public static SortedMap<String, ComplianceFlag> evaluate(ColRecord record) {
        return standard().flags(record);
    }

    /**
     * The record with {@code quality.compliance} evaluated by the shipped rules, the rest of its
     * quality kept (a record without quality gets it scored first). The normalizer applies this
     * after {@code ColEnrichment}, so every published record carries its flags.
     */
    public static ColRecord flagged(ColRecord record) {
        Quality q = record.quality() != null ? record.quality() : QualityScore.of(record, List.of());
        return record.toBuilder().quality(new Quality(q.completeness(), q.missing(), q.derived(), evaluate(record))).build();
    }

    /**
     * Loads a flags file and every rules file it names from the class path; any fault (a missing
     * file or column, a bad flag id, an element that is no COL field, a duplicate) fails here,
     * naming the file and line.
     */
    public static Compliance load(String flagsResource) {
        DataTable table = DataTable.load(flagsResource, "flag", "rules", "applies_when");
        List<FlagRules> flags = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (DataTable.Row row : table.rows()) {
            String flag = row.require("flag");
            if (!FLAG_ID.matcher(flag).matches()) {
                throw row.problem("flag id '" + flag + "' is not lower-case words joined by '-'");
            }
            if (!ids.add(flag)) {
                throw row.problem("duplicate flag id '" + flag + "'");
            }
            List<String> elements = elements(DataTable.load(row.require("rules"), "element", "requirement"));
            flags.add(new FlagRules(flag, elements, conditions(row.get("applies_when"), flagsResource, row.line())));
        }
        return new Compliance(flags);
    }

    /** The elements a flag requires, in file order (e.g. the COL mandatory set of {@code col-mandatory}). */
    public List<String> elements(String flag) {
        return flags.stream().filter(f -> f.flag().equals(flag)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no compliance flag '" + flag + "'")).elements();
    }

    /** The flag ids, in the order of the flags file. */
    public List<String> flagIds() {
        return flags.stream().map(FlagRules::flag).toList();
    }

    /** The flags of a record: flag id to verdict, sorted by id; a flag that does not apply is absent. */
    public SortedMap<String, ComplianceFlag> flags(ColRecord record) {
        RecordView view = new RecordView(record);
        SortedMap<String, ComplianceFlag> result = new TreeMap<>();
        for (FlagRules flag : flags) {
            if (!flag.appliesWhen().isEmpty() && flag.appliesWhen().stream().noneMatch(view::holds)) {
                continue;
            }
            List<String> missing = flag.elements().stream().filter(e -> !view.states(e)).sorted().toList();
            result.put(flag.flag(), new ComplianceFlag(missing.isEmpty(), missing));
        }
        return Collections.unmodifiableSortedMap(result);
    }

    private static List<String> elements(DataTable rules) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (DataTable.Row row : rules.rows()) {
            String element = row.require("element");
            row.require("requirement");
            checkPath(element, rules.resource(), row.line());
            if (lines.putIfAbsent(element, row.line()) != null) {
                throw row.problem("duplicate element '" + element + "'");
            }
        }
        if (lines.isEmpty()) {
            throw new IllegalStateException(rules.resource() + ": no rules");
        }
        return List.copyOf(lines.keySet());
    }

    private static List<FlagRules.Condition> conditions(String appliesWhen, String resource, int line) {
        if (appliesWhen == null) {
            return List.of();
        }
        List<FlagRules.Condition> conditions = new ArrayList<>();
        for (String alternative : appliesWhen.split("\\|")) {
            int eq = alternative.indexOf('=');
            String path = eq < 0 ? alternative.strip() : alternative.substring(0, eq).strip();
            String value = eq < 0 ? "" : alternative.substring(eq + 1).strip();
            if (value.isEmpty()) {
                throw new IllegalStateException(resource + " line " + line + ": applies_when '" + alternative.strip()
                        + "' is not 'path=value'");
            }
            checkPath(path, resource, line);
            conditions.add(new FlagRules.Condition(path, value));
        }
        return conditions;
    }

    private static void checkPath(String path, String resource, int line) {
        if (!PATH.matcher(path).matches() || !RECORD_FIELDS.contains(path.split("\\.")[0])) {
            throw new IllegalStateException(resource + " line " + line + ": '" + path + "' is not a COL record element or path");
        }
    }

    /**
     * One record, read by element name or JSON path. A path to text, a number, a boolean or null is read
     * through the record's accessors (the COL JSON names are the component names); any other value is
     * read from the record's JSON tree, built only then: building it for every record was a tenth of
     * the normalizer's CPU.
     */
    private static final class RecordView {
        private static final Object UNRESOLVED = new Object();
        private static final ClassValue<Map<String, RecordComponent>> COMPONENTS = new ClassValue<>() {
            @Override
            protected Map<String, RecordComponent> computeValue(Class<?> type) {
                Map<String, RecordComponent> byName = new LinkedHashMap<>();
                for (RecordComponent c : type.getRecordComponents()) {
                    byName.put(c.getName(), c);
                }
                return Map.copyOf(byName);
            }
        };

        private final ColRecord record;
        private JsonNode json;

        RecordView(ColRecord record) {
            this.record = record;
        }

        boolean states(String element) {
            if (Vocabularies.MANDATORY_FIELDS.contains(element)) {
                return QualityScore.isPresent(record, element);
            }
            Object value = scalar(element);
            if (value != UNRESOLVED) {
                return value instanceof String s ? !s.isBlank() : value != null;
            }
            return stated(at(element));
        }

        boolean holds(FlagRules.Condition condition) {
            Object value = scalar(condition.path());
            if (value != UNRESOLVED) {
                return value instanceof String s && s.strip().equals(condition.value());
            }
            JsonNode node = at(condition.path());
            return node.isTextual() && node.textValue().strip().equals(condition.value());
        }

        /** The text, number, boolean or null at a dotted path of records; {@link #UNRESOLVED} for anything else. */
        private Object scalar(String path) {
            Object at = record;
            int from = 0;
            while (from <= path.length()) {
                int dot = path.indexOf('.', from);
                String name = dot < 0 ? path.substring(from) : path.substring(from, dot);
                if (at == null) {
                    return null; // a member of null: absent, as in the JSON
                }
                RecordComponent c = at.getClass().isRecord() ? COMPONENTS.get(at.getClass()).get(name) : null;
                if (c == null) {
                    return UNRESOLVED;
                }
                try {
                    at = c.getAccessor().invoke(at);
                } catch (ReflectiveOperationException e) {
                    return UNRESOLVED;
                }
                if (dot < 0) {
                    break;
                }
                from = dot + 1;
            }
            return at == null || at instanceof String || at instanceof Number || at instanceof Boolean ? at : UNRESOLVED;
        }

        private JsonNode at(String path) {
            if (json == null) {
                json = ColJson.mapper().valueToTree(record);
            }
            return json.at("/" + path.replace('.', '/'));
        }

        private static boolean stated(JsonNode value) {
            if (value.isTextual()) {
                return !value.textValue().isBlank();
            }
            if (value.isContainerNode()) {
                return !value.isEmpty();
            }
            return value.isNumber() || value.isBoolean();
        }
    }
}
