package org.mcfed.col.validate;

import com.fasterxml.jackson.databind.JsonNode;
import org.mcfed.col.json.AsciiDigits;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * JSON-level checks with the semantics of the JSON Schema keywords used in
 * {@code col/col-record.schema.json} ({@code type} with null, {@code pattern}, {@code enum},
 * {@code required}, {@code format} date and date-time, bounds, {@code uniqueItems}), so that the
 * validator and the schema report the same problems at the same places. A value of the wrong
 * type is one problem; its inner rules are then not checked, as in JSON Schema.
 */
final class NodeChecks {

    static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    static final Pattern DATE_TIME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$");

    private final List<Problem> problems;

    NodeChecks(List<Problem> problems) {
        this.problems = problems;
    }

    void add(String path, String problem) {
        problems.add(new Problem(path, problem));
    }

    static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /**
     * The member {@code name} of an object, or null when absent (a problem if {@code required}).
     * A present JSON null is returned as a NullNode.
     */
    JsonNode member(JsonNode object, String path, String name, boolean required) {
        JsonNode value = object.get(name);
        if (value == null && required) {
            add(child(path, name), "required: the key must be present (null where the source does not state it)");
        }
        return value;
    }

    /** Checks the type; true when the value is present, non-null and of the type, so inner rules apply. */
    boolean type(JsonNode value, String path, JsonType type, boolean nullable) {
        if (value == null) {
            return false;
        }
        if (value.isNull()) {
            if (!nullable) {
                add(path, "must not be null");
            }
            return false;
        }
        if (!type.matches(value)) {
            add(path, "expected " + type.word + (nullable ? " or null" : "") + ", got " + JsonType.describe(value));
            return false;
        }
        return true;
    }

    /** A string, optionally nullable, matching {@code pattern} (found anywhere, as in JSON Schema), described as {@code what}. */
    void text(JsonNode value, String path, boolean nullable, TextShape pattern, String what) {
        if (type(value, path, JsonType.STRING, nullable) && !pattern.matches(value.textValue())) {
            add(path, "not " + what + ": '" + abbreviate(value.textValue()) + "'");
        }
    }

    /** A value that must be one of {@code allowed} (JSON Schema {@code enum}; null allowed when nullable). */
    void oneOf(JsonNode value, String path, boolean nullable, Collection<String> allowed) {
        if (value == null) {
            return;
        }
        if (value.isNull()) {
            if (!nullable) {
                add(path, "must not be null");
            }
            return;
        }
        if (!value.isTextual() || !allowed.contains(value.textValue())) {
            add(path, "not one of " + allowed.stream().sorted().toList() + ": " + abbreviate(value.toString()));
        }
    }

    /** A number with an inclusive or exclusive lower bound and an optional inclusive upper bound. */
    void number(JsonNode value, String path, boolean nullable, double min, boolean exclusiveMin, Double max) {
        if (!type(value, path, JsonType.NUMBER, nullable)) {
            return;
        }
        double v = value.doubleValue();
        if (!Double.isFinite(v)) {
            add(path, "must be a finite number: " + v);
        } else if (exclusiveMin ? v <= min : v < min) {
            add(path, "must be " + (exclusiveMin ? "greater than " : "at least ") + trim(min) + ": " + value);
        } else if (max != null && v > max) {
            add(path, "must be at most " + trim(max) + ": " + value);
        }
    }

    /** An ISO 8601 calendar date {@code YYYY-MM-DD} (schema: format date). */
    void date(JsonNode value, String path) {
        if (type(value, path, JsonType.STRING, true)) {
            String s = value.textValue();
            if (!isDate(s)) {
                add(path, "not an ISO 8601 date (YYYY-MM-DD): '" + abbreviate(s) + "'");
            }
        }
    }

    /** True when {@code s} is {@code YYYY-MM-DD} that {@link LocalDate#parse} accepts; the usual shape checked by hand, as {@link #isDateTime}. */
    static boolean isDate(String s) {
        if (s.length() == 10 && AsciiDigits.epochDay(s, 0) != AsciiDigits.NONE) {
            return true;
        }
        return DATE.matcher(s).find() && parses(() -> LocalDate.parse(s));
    }

    /** An RFC 3339 date-time with offset, e.g. {@code 2025-03-01T10:00:00Z} (schema: format date-time). */
    void dateTime(JsonNode value, String path) {
        if (type(value, path, JsonType.STRING, true)) {
            String s = value.textValue();
            if (!isDateTime(s)) {
                add(path, "not an RFC 3339 date-time with offset: '" + abbreviate(s) + "'");
            }
        }
    }

    /** An array (nullable) whose items each pass {@code item}; duplicates reported when {@code unique}. */
    void array(JsonNode value, String path, boolean nullable, boolean unique, BiConsumer<JsonNode, String> item) {
        if (!type(value, path, JsonType.ARRAY, nullable)) {
            return;
        }
        Set<JsonNode> seen = unique && value.size() > 1 ? new HashSet<>() : null;
        boolean duplicate = false;
        for (int i = 0; i < value.size(); i++) {
            item.accept(value.get(i), path + "[" + i + "]");
            duplicate |= seen != null && !seen.add(value.get(i));
        }
        if (duplicate) {
            add(path, "has duplicate items");
        }
    }

    /**
     * True when {@code s} is an RFC 3339 date-time with offset that {@link OffsetDateTime#parse} accepts.
     * Every record carries two (updatedAt, provenance.harvestedAt), so the usual shape
     * {@code YYYY-MM-DDTHH:MM:SS[.f{1,9}](Z|±HH:MM)} is checked field by field here, with the same
     * ranges as the strict ISO parser; anything else goes to the regular expression and the parser.
     */
    static boolean isDateTime(String s) {
        int n = s.length();
        if (n < 20 || n > 35 || AsciiDigits.dateTimeSeconds(s) == AsciiDigits.NONE) {
            return slowDateTime(s);
        }
        int i = 19;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == start || i - start > 9) {
                return slowDateTime(s);
            }
        }
        int offsetMinutes;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offsetMinutes = 0;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int oh = AsciiDigits.of(s, i + 1, 2);
            int om = AsciiDigits.of(s, i + 4, 2);
            if ((oh | om) < 0 || oh > 23 || om > 59) {
                return slowDateTime(s);
            }
            offsetMinutes = oh * 60 + om;
        } else {
            return slowDateTime(s);
        }
        return offsetMinutes <= 18 * 60;
    }

    private static boolean slowDateTime(String s) {
        return DATE_TIME.matcher(s).find() && parses(() -> OffsetDateTime.parse(s));
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** The JSON types the schema uses. */
    enum JsonType {
        STRING("a string"), NUMBER("a number"), BOOLEAN("a boolean"), ARRAY("an array"), OBJECT("an object");

        final String word;

        JsonType(String word) {
            this.word = word;
        }

        boolean matches(JsonNode node) {
            return switch (this) {
                case STRING -> node.isTextual();
                case NUMBER -> node.isNumber();
                case BOOLEAN -> node.isBoolean();
                case ARRAY -> node.isArray();
                case OBJECT -> node.isObject();
            };
        }

        static String describe(JsonNode node) {
            return switch (node.getNodeType()) {
                case STRING -> "a string";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                case ARRAY -> "an array";
                case OBJECT, POJO -> "an object";
                default -> node.getNodeType().name().toLowerCase();
            };
        }
    }
}
