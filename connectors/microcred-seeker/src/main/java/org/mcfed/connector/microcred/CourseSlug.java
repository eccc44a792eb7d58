package org.mcfed.connector.microcred;

import java.net.URI;

/**
 * A course's slug ({@code /course/cyber-security-foundations-1042}) and the numeric id ending it,
 * which is the record's local id: titles in slugs change, the id does not.
 *
 * <p>A path is read by hand as the expression {@code .*&#47;course/([^/?#]*?-?(\d+))/?} matched against the whole
 * path reads it (the test keeps that expression as its oracle): the last {@code /course/}, with no line terminator
 * before it, then a slug without {@code /}, {@code ?} or {@code #} that ends in ASCII digits, then at most one
 * {@code /}. The expression, run twice a course (its listing link and its detail page), took 1.2 µs a path, and was
 * a twentieth of the harvester's Java samples while Microcred Seeker was harvested; by hand it takes 0.08 µs
 * (BENCHMARKS.md, 2026-12-06, twenty-seventh session).
 */
public record CourseSlug(String slug, String localId) {

    private static final String COURSE = "/course/";

    /** The slug of a detail URL, or null when the URL is not a course page ending in a numeric id. */
    public static CourseSlug of(URI detailUrl) {
        return of(detailUrl.getPath());
    }

    /** The slug of a detail page's path ({@link URI#getPath()}), or null for another page's path (or none). */
    public static CourseSlug of(String path) {
        if (path == null) {
            return null;
        }
        // only the last "/course/" can be followed by a slug alone: after an earlier one comes this one's "/"
        int at = path.lastIndexOf(COURSE);
        if (at < 0 || hasLineTerminator(path, at)) {
            return null;
        }
        int from = at + COURSE.length();
        int end = path.endsWith("/") ? path.length() - 1 : path.length();
        for (int i = from; i < end; i++) {
            char c = path.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return null;
            }
        }
        int digits = end;
        while (digits > from && path.charAt(digits - 1) >= '0' && path.charAt(digits - 1) <= '9') {
            digits--;
        }
        return digits == end ? null : new CourseSlug(path.substring(from, end), path.substring(digits, end));
    }

    /** Whether {@code path[0, to)} has a character that the expression's {@code .} does not match. */
    private static boolean hasLineTerminator(String path, int to) {
        for (int i = 0; i < to; i++) {
            char c = path.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
