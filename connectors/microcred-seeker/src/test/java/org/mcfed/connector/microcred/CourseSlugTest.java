package org.mcfed.connector.microcred;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link CourseSlug} reads a path as the expression it replaced reads it. */
class CourseSlugTest {

    /** The expression {@link CourseSlug} used before it read paths by hand: the oracle. */
    private static final Pattern COURSE_PATH = Pattern.compile(".*/course/([^/?#]*?-?(\\d+))/?");

    private static CourseSlug byExpression(String path) {
        Matcher m = COURSE_PATH.matcher(path == null ? "" : path);
        return m.matches() ? new CourseSlug(m.group(1), m.group(2)) : null;
    }

    @Test
    void readsTheSlugAndTheIdEndingIt() {
        assertThat(CourseSlug.of(URI.create("https://microcred.example/course/cyber-security-foundations-1042")))
                .isEqualTo(new CourseSlug("cyber-security-foundations-1042", "1042"));
        assertThat(CourseSlug.of("/au/course/77/")).isEqualTo(new CourseSlug("77", "77"));
        assertThat(CourseSlug.of("/course/a--12")).isEqualTo(new CourseSlug("a--12", "12"));
        assertThat(CourseSlug.of("/course/x/course/data-9")).isEqualTo(new CourseSlug("data-9", "9"));
        assertThat(CourseSlug.of("/course/no-id")).isNull();
        assertThat(CourseSlug.of("/course/")).isNull();
        assertThat(CourseSlug.of("/course/12//")).isNull();
        assertThat(CourseSlug.of("/line\nbreak/course/12")).isNull();
        assertThat(CourseSlug.of("/courses?page=2")).isNull();
        assertThat(CourseSlug.of((String) null)).isNull();
    }

    @Test
    void agreesWithTheExpressionOnRandomPaths() {
        String[] parts = {"/course/", "/course", "course/", "/", "?", "#", "-", "1", "42", "0", "a", "slug", "\n", "\r",
                "\u2028", "\u0085", " ", "ü", "١"};
        SplittableRandom random = new SplittableRandom(20261206);
        int matched = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder path = new StringBuilder();
            for (int n = random.nextInt(9); n >= 0; n--) {
                path.append(parts[random.nextInt(parts.length)]);
            }
            CourseSlug expected = byExpression(path.toString());
            assertThat(CourseSlug.of(path.toString())).as("%s", path).isEqualTo(expected);
            if (expected != null) {
                matched++;
            }
        }
        // enough of the paths are course pages (about one in eighty) that the slugs read were compared too
        assertThat(matched).isGreaterThan(2_000);
    }
}
