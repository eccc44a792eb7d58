package org.mcfed.sandbox.fault;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "redesign" fault: a registry relaunches its site and a detail page keeps its words but loses
 * the markup its labels stood in. Label/value lists and tables become plain sections, paragraphs and
 * spans without classes, the heading an {@code h2}, so no connector finds the labels it expects.
 */
public final class Redesign {

    private static final Pattern STRUCTURE =
            Pattern.compile("<(/?)(dl|dt|dd|table|thead|tbody|tfoot|tr|td|th|h1|div|span)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    /** The element each structural element becomes in the new shape. */
    private static final Map<String, String> NEW_SHAPE = Map.ofEntries(
            Map.entry("dl", "section"), Map.entry("table", "section"), Map.entry("thead", "section"),
            Map.entry("tbody", "section"), Map.entry("tfoot", "section"), Map.entry("div", "section"),
            Map.entry("dt", "span"), Map.entry("dd", "span"), Map.entry("td", "span"), Map.entry("th", "span"),
            Map.entry("span", "span"), Map.entry("tr", "p"), Map.entry("h1", "h2"));

    private Redesign() {
    }

    /** The detail page {@code html} in the redesigned shape. */
    public static String of(String html) {
        Matcher m = STRUCTURE.matcher(html);
        return m.replaceAll(r -> "<" + r.group(1) + NEW_SHAPE.get(r.group(2).toLowerCase(Locale.ROOT)) + ">");
    }
}
