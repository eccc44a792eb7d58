package org.mcfed.connector.microcred;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.mcfed.connector.page.LinkResolver;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one page of the course listing ({@code /courses?page=N}): the detail link of each
 * {@code article.course-card} and the {@code a.next} link while more pages follow.
 * Parse with the page URL as base URI so links resolve.
 */
public final class MicrocredListingParser {

    /** CSS queries compiled once: jsoup re-parses a query string on every select call. */
    private static final Evaluator COURSE_CARDS = QueryParser.parse("article.course-card");
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Evaluator NEXT_LINK = QueryParser.parse("a.next[href]");

    /** One card: the course slug (with its local id) and the absolute detail URL. */
    public record Entry(CourseSlug slug, String detailUrl) {
    }

    /** A listing page: its cards, the next page's absolute URL or null, and cards that could not be read. */
    public record Listing(List<Entry> entries, String next, List<String> problems) {
    }

    public Listing parse(Document page) {
        LinkResolver links = new LinkResolver(page.baseUri());
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Element card : page.select(COURSE_CARDS)) {
            Element link = card.selectFirst(LINK);
            String href = link == null ? null : links.absUrl(link, "href");
            CourseSlug slug = href == null ? null : slugOf(href);
            if (slug == null) {
                problems.add("course card without a /course/{slug}-{id} link: " + card.text());
                continue;
            }
            entries.add(new Entry(slug, href));
        }
        if (entries.isEmpty() && problems.isEmpty()) {
            problems.add("no course cards (article.course-card) on the listing page");
        }
        Element next = page.selectFirst(NEXT_LINK);
        return new Listing(entries, next == null ? null : links.absUrl(next, "href"), problems);
    }

    private static CourseSlug slugOf(String href) {
        try {
            return CourseSlug.of(URI.create(href));
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
