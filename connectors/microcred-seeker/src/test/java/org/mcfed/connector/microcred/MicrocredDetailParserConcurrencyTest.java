package org.mcfed.connector.microcred;

import org.junit.jupiter.api.Test;
import org.mcfed.connector.page.PageParseException;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detail parser's CSS queries are compiled once and shared ({@code div.attr > span.k} is a
 * structural query that memoises matches), while the harvest parses detail pages on several threads
 * at once: every page parsed concurrently must read exactly as when parsed alone.
 */
class MicrocredDetailParserConcurrencyTest {

    private static final List<String> PAGES = List.of("example.html", "label-variants.html", "jsonld-disagrees.html",
            "jsonld-only.html", "missing-fields.html", "windows-1252.html", "garbage.html");

    @Test
    void pagesParsedOnFourThreadsAtOnceReadAsWhenParsedAlone() throws Exception {
        MicrocredDetailParser parser = new MicrocredDetailParser();
        Map<String, Map<String, List<String>>> alone = new LinkedHashMap<>();
        for (String page : PAGES) {
            alone.put(page, parse(parser, page));
        }
        assertThat(alone.get("example.html")).containsKeys("provider", "learningOutcomes", "ld.name");

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> rounds = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                rounds.add(threads.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        String page = PAGES.get((i + offset) % PAGES.size());
                        assertThat(parse(parser, page)).as(page).isEqualTo(alone.get(page));
                    }
                    return true;
                }));
            }
            for (Future<Boolean> round : rounds) {
                assertThat(round.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static Map<String, List<String>> parse(MicrocredDetailParser parser, String fixture) throws PageParseException {
        URI url = Fixtures.courseUrl(fixture, "9");
        return parser.parse(Fixtures.page(fixture, url), CourseSlug.of(url));
    }
}
