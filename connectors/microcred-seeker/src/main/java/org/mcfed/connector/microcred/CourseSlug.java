package org.mcfed.connector.microcred;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A course's slug ({@code /course/cyber-security-foundations-1042}) and the numeric id ending it,
 * which is the record's local id: titles in slugs change, the id does not.
 */
public record CourseSlug(String slug, String localId) {

    private static final Pattern COURSE_PATH = Pattern.compile(".*/course/([^/?#]*?-?(\\d+))/?");

    /** The slug of a detail URL, or null when the URL is not a course page ending in a numeric id. */
    public static CourseSlug of(URI detailUrl) {
        return of(detailUrl.getPath());
    }

    /** The slug of a detail page's path ({@link URI#getPath()}), or null for another page's path (or none). */
    public static CourseSlug of(String path) {
        Matcher m = COURSE_PATH.matcher(path == null ? "" : path);
        return m.matches() ? new CourseSlug(m.group(1), m.group(2)) : null;
    }
}
