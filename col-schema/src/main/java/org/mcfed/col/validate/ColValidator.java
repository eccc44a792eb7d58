package org.mcfed.col.validate;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates COL records against the rules of docs/col-record.md, the same rules as the
 * JSON Schema {@code col/col-record.schema.json}, and reports every problem, not the first: a
 * mapper or a feed with five faults learns all five in one run. A {@link ColRecord} is checked in
 * its JSON form (as {@link ColJson} writes it), so both entry points apply identical rules.
 */
public final class ColValidator {

    /** The JSON Schema resource on the class path. */
    public static final String SCHEMA_RESOURCE = "col/col-record.schema.json";

    /** Each JSON field of {@link ColRecord} with its Java type, for binding field by field. */
    private static final Map<String, JavaType> FIELD_TYPES = fieldTypes();

    private ColValidator() {
    }

    private static Map<String, JavaType> fieldTypes() {
        Map<String, JavaType> types = new LinkedHashMap<>();
        for (RecordComponent component : ColRecord.class.getRecordComponents()) {
            types.put(component.getName(), ColJson.mapper().getTypeFactory().constructType(component.getGenericType()));
        }
        return Map.copyOf(types);
    }

    /** Every problem of a record; empty when it conforms. */
    public static List<Problem> validate(ColRecord record) {
        if (record == null) {
            return List.of(new Problem("$", "expected a record, got null"));
        }
        return check(ColJson.mapper().valueToTree(record));
    }

    /**
     * Every problem of a record's JSON tree as {@link ColJson} writes it ({@code valueToTree}), without
     * binding it: for a caller that keeps the tree, e.g. to write the record's bytes from it rather than
     * serialise the record a second time.
     */
    public static List<Problem> check(JsonNode recordJson) {
        return RecordRules.check(recordJson);
    }

    /**
     * Every problem of raw JSON (type errors included), and the record bound leniently: a field
     * whose value cannot be bound to its Java type is left null (and, when the schema rules did not
     * already say why, reported), every other field keeps its value, unknown fields are ignored.
     */
    public static Validation validate(JsonNode json) {
        List<Problem> problems = new ArrayList<>(RecordRules.check(json));
        if (json == null || !json.isObject()) {
            return new Validation(null, problems);
        }
        ObjectMapper mapper = ColJson.mapper();
        try {
            return new Validation(mapper.treeToValue(json, ColRecord.class), problems);
        } catch (IOException | IllegalArgumentException wholeRecordFailed) {
            return bindFieldByField((ObjectNode) json, problems);
        }
    }

    /** Binds what can be bound: each field that fails on its own is set to null (and reported if the rules did not say why). */
    private static Validation bindFieldByField(ObjectNode json, List<Problem> problems) {
        ObjectMapper mapper = ColJson.mapper();
        ObjectNode bindable = json.deepCopy();
        for (Map.Entry<String, JavaType> field : FIELD_TYPES.entrySet()) {
            String name = field.getKey();
            JsonNode value = bindable.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            try {
                mapper.readerFor(field.getValue()).readValue(value);
            } catch (IOException | IllegalArgumentException e) {
                bindable.set(name, NullNode.getInstance());
                if (problems.stream().noneMatch(p -> p.field().equals(name) || p.field().startsWith(name + ".") || p.field().startsWith(name + "["))) {
                    problems.add(new Problem(name, "cannot be read: " + firstLine(e.getMessage())));
                }
            }
        }
        try {
            return new Validation(mapper.treeToValue(bindable, ColRecord.class), problems);
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new Problem("$", "cannot be read as a COL record: " + firstLine(e.getMessage())));
            return new Validation(null, problems);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable value";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
