package org.mcfed.col.validate;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A schema pattern with a hand-written test of its usual shape: the rules call it for most strings of every
 * record (ids, language tags, codes, URLs, free text), and a {@link java.util.regex.Matcher} per string was
 * the largest part of validating a record. {@code likely} must only accept strings the pattern accepts; a
 * string it does not accept goes to the pattern, so the answer is always the pattern's
 * ({@code TextShapeTest} holds each pair together).
 */
record TextShape(Pattern pattern, Predicate<String> likely) {

    private static final int LOWER = 1;
    private static final int UPPER = 2;
    private static final int DIGIT = 4;
    private static final int DASH = 8;
    private static final int HEX_LOWER = 16;

    /** Free text: at least one non-white-space character (schema: {@code "pattern": "\\S"}). */
    static final TextShape NON_BLANK = new TextShape("\\S", TextShape::hasNonSpace);
    static final TextShape ID = new TextShape("^[a-z0-9-]+:.+$", TextShape::isId);
    static final TextShape SOURCE_NAME = new TextShape("^[a-z0-9-]+$", s -> !s.isEmpty() && allIn(s, 0, s.length(), LOWER | DIGIT | DASH));
    static final TextShape BCP47 = new TextShape("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", TextShape::isLanguageTag);
    static final TextShape ALPHA2 = new TextShape("^[A-Z]{2}$", s -> s.length() == 2 && allIn(s, 0, 2, UPPER));
    static final TextShape ISO639_3 = new TextShape("^[a-z]{3}$", s -> s.length() == 3 && allIn(s, 0, 3, LOWER));
    static final TextShape ISO4217 = new TextShape("^[A-Z]{3}$", s -> s.length() == 3 && allIn(s, 0, 3, UPPER));
    static final TextShape ISCED_F = new TextShape("^[0-9]{2}([0-9]{1,2})?$", s -> s.length() >= 2 && s.length() <= 4 && allIn(s, 0, s.length(), DIGIT));
    static final TextShape URL = new TextShape("^https?://\\S+$", TextShape::isUrl);
    static final TextShape CHECKSUM = new TextShape("^sha256:[0-9a-f]{64}$",
            s -> s.length() == 71 && s.startsWith("sha256:") && allIn(s, 7, 71, DIGIT | HEX_LOWER));
    static final TextShape FIELD_PATH = new TextShape("^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*$", TextShape::isFieldPath);
    /**
     * A path in {@code quality.derived}: a field path whose steps may also be a language map's key ({@code title.zh-Hans},
     * a text the aggregator converted, not the registry's).
     */
    static final TextShape DERIVED_PATH = new TextShape("^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*)*$",
            TextShape::isDerivedPath);

    private TextShape(String regex, Predicate<String> likely) {
        this(Pattern.compile(regex), likely);
    }

    /** Whether the pattern is found in {@code s}, as {@code pattern.matcher(s).find()} says. */
    boolean matches(String s) {
        return likely.test(s) || pattern.matcher(s).find();
    }

    /** {@code \S} matches any character but these six. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean hasNonSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean in(char c, int classes) {
        return ((classes & LOWER) != 0 && c >= 'a' && c <= 'z')
                || ((classes & UPPER) != 0 && c >= 'A' && c <= 'Z')
                || ((classes & DIGIT) != 0 && c >= '0' && c <= '9')
                || ((classes & DASH) != 0 && c == '-')
                || ((classes & HEX_LOWER) != 0 && c >= 'a' && c <= 'f');
    }

    private static boolean allIn(String s, int from, int to, int classes) {
        for (int i = from; i < to; i++) {
            if (!in(s.charAt(i), classes)) {
                return false;
            }
        }
        return true;
    }

    /** {@code .} stops at these, and {@code $} may match before one at the end: the shape accepts none of them. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isId(String s) {
        int colon = s.indexOf(':');
        if (colon < 1 || colon == s.length() - 1 || !allIn(s, 0, colon, LOWER | DIGIT | DASH)) {
            return false;
        }
        for (int i = colon + 1; i < s.length(); i++) {
            if (isLineTerminator(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLanguageTag(String s) {
        int end = s.indexOf('-');
        end = end < 0 ? s.length() : end;
        if (end < 2 || end > 3 || !allIn(s, 0, end, LOWER | UPPER)) {
            return false;
        }
        while (end < s.length()) {
            int start = end + 1;
            end = s.indexOf('-', start);
            end = end < 0 ? s.length() : end;
            if (end - start < 1 || end - start > 8 || !allIn(s, start, end, LOWER | UPPER | DIGIT)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUrl(String s) {
        int rest = s.startsWith("https://") ? 8 : s.startsWith("http://") ? 7 : -1;
        if (rest < 0 || rest == s.length()) {
            return false;
        }
        for (int i = rest; i < s.length(); i++) {
            if (isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@link #isFieldPath}, each step after the first also allowed {@code -subtag}s of letters and digits. */
    private static boolean isDerivedPath(String s) {
        int start = 0;
        while (true) {
            int end = s.indexOf('.', start);
            end = end < 0 ? s.length() : end;
            if (end == start || !in(s.charAt(start), LOWER | UPPER)) {
                return false;
            }
            for (int i = start + 1; i < end; i++) {
                char c = s.charAt(i);
                boolean subtagStart = c == '-' && start > 0 && i + 1 < end && s.charAt(i + 1) != '-';
                if (!subtagStart && !in(c, LOWER | UPPER | DIGIT)) {
                    return false;
                }
            }
            if (end == s.length()) {
                return true;
            }
            start = end + 1;
        }
    }

    private static boolean isFieldPath(String s) {
        int start = 0;
        while (true) {
            int end = s.indexOf('.', start);
            end = end < 0 ? s.length() : end;
            if (end == start || !in(s.charAt(start), LOWER | UPPER) || !allIn(s, start + 1, end, LOWER | UPPER | DIGIT)) {
                return false;
            }
            if (end == s.length()) {
                return true;
            }
            start = end + 1;
        }
    }
}
