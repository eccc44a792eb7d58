package org.mcfed.sandbox.core;

/**
 * Title and sentence patterns with one {@code %s} (the word lists' "Introduction to %s"), filled as
 * {@link String#format} fills them but without parsing the pattern on every page: {@code String.format} had 5.5 % of
 * the sandbox's Java samples in a 90-second profile while Microcred Seeker was harvested (BENCHMARKS.md, thirty-third
 * session).
 */
public final class Patterns {
    private Patterns() {
    }

    /** {@code String.format(pattern, value)}; a pattern with any other {@code %} is left to {@code String.format}. */
    public static String fill(String pattern, String value) {
        int at = pattern.indexOf("%s");
        if (at < 0 || pattern.indexOf('%') != at || pattern.indexOf('%', at + 2) >= 0) {
            return String.format(pattern, value);
        }
        String filled = String.valueOf(value);
        return new StringBuilder(pattern.length() - 2 + filled.length())
                .append(pattern, 0, at).append(filled).append(pattern, at + 2, pattern.length()).toString();
    }
}
