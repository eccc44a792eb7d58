package org.mcfed.col.validate;

/**
 * One problem found in a COL record: the field as a path ({@code title}, {@code skills[1].label},
 * {@code title.zh-Hant}, {@code $} for the record itself) and what is wrong, in words an operator
 * can act on.
 */
public record Problem(String field, String problem) {

    @Override
    public String toString() {
        return field + ": " + problem;
    }
}
