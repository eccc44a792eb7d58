package org.mcfed.sandbox;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Walks a paged listing by its next links, as a connector does, with a guard against loops. */
final class Listings {
    private Listings() {
    }

    /** The pages of a listing from its first page, following the element the selector finds. */
    static List<Document> walk(URI first, String nextSelector, int maxPages) {
        List<Document> pages = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        URI page = first;
        while (page != null) {
            if (seen.contains(page.toString())) {
                throw new AssertionError("next link loops back to " + page);
            }
            if (pages.size() >= maxPages) {
                throw new AssertionError("more than " + maxPages + " pages");
            }
            seen.add(page.toString());
            Document doc = Http.page(page);
            pages.add(doc);
            Element next = doc.selectFirst(nextSelector);
            page = next == null ? null : URI.create(next.attr("abs:href"));
        }
        return pages;
    }

    static <T> List<T> collect(List<Document> pages, Function<Document, List<T>> rows) {
        List<T> out = new ArrayList<>();
        for (Document d : pages) {
            out.addAll(rows.apply(d));
        }
        return out;
    }
}
