package org.mcfed.connector.page;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The label/value pairs of a detail page, looked up by label text and never by position
 * (docs/sources/README.md): case- and whitespace-insensitive, trailing colon optional, any of the
 * variants a source lists, a trailing parenthesised note ignored when the exact label is not there.
 * An unknown label is simply never asked for; a missing one answers null. When a label repeats, the
 * first occurrence wins.
 */
public final class LabelledValues {

    private static final Evaluator LIST_ITEMS = QueryParser.parse("li");
    private static final Evaluator PARAGRAPHS = QueryParser.parse("p");
    private static final Evaluator TABLE = QueryParser.parse("table");
    private static final Set<String> ROW_GROUPS = Set.of("tbody", "thead", "tfoot");
    /**
     * Keys of the variants asked for: connectors ask with the same constant labels for every page, so
     * each is reduced once. Bounded in case a caller ever asks with page text instead of constants.
     */
    private static final Map<String, Key> VARIANT_KEYS = new ConcurrentHashMap<>();
    /**
     * Keys of the labels read from pages: a registry prints the same dozen labels on every detail page, and
     * reducing each again (cleaning, lower-casing, the stem) was about a third of a scanned page's read.
     * Kept apart from {@link #VARIANT_KEYS} so that a page of odd labels cannot crowd the asked variants out.
     */
    private static final Map<String, Key> PAGE_LABEL_KEYS = new ConcurrentHashMap<>();
    /** Bound of each key cache: past it a label is reduced every time (labels are page text, so unbounded in principle). */
    private static final int KEYS_MAX = 4096;

    /** A label's comparison key and stem ({@link PageText#labelKey}, {@link PageText#labelStem}). */
    private record Key(String key, String stem) {

        static Key of(String label) {
            String key = PageText.labelKey(label);
            return new Key(key, PageText.stemOf(key));
        }
    }

    /**
     * A value: the jsoup element of a parsed page, or the text and list items {@link PlainTableScan}
     * read from a page it did not parse (read by the same rules as {@link #items} reads an element).
     */
    private sealed interface Value {
    }

    private record ElementValue(Element element) implements Value {
    }

    /** @param parts the list items or paragraphs; null when there are none, and the items are then the text as one */
    private record ScannedValue(String text, List<String> parts) implements Value {

        List<String> items() {
            if (parts != null) {
                return parts;
            }
            String t = PageText.clean(text);
            return t == null ? List.of() : List.of(t);
        }
    }

    private final Map<String, Value> byKey = new LinkedHashMap<>();
    private final Map<String, Value> byStem = new LinkedHashMap<>();

    private LabelledValues() {
    }

    /** Pairs of a {@code <dl>}: each {@code <dt>} with the {@code <dd>} that follows it. */
    public static LabelledValues ofDefinitionList(Element dl) {
        LabelledValues values = new LabelledValues();
        String pending = null;
        for (Element child = dl.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child.normalName().equals("dt")) {
                pending = child.text();
            } else if (child.normalName().equals("dd") && pending != null) {
                values.put(pending, child);
                pending = null;
            }
        }
        return values;
    }

    /**
     * Pairs of a two-column table: in each row of the table itself (nested tables stay inside their
     * value cell), the first cell is the label and the second the value.
     */
    public static LabelledValues ofTableRows(Element table) {
        LabelledValues values = new LabelledValues();
        for (Element row : directRows(table)) {
            List<Element> cells = new ArrayList<>();
            for (Element cell = row.firstElementChild(); cell != null; cell = cell.nextElementSibling()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells.add(cell);
                }
            }
            if (cells.size() >= 2) {
                values.put(cells.get(0).text(), cells.get(1));
            }
        }
        return values;
    }

    /** Pairs whose label cells are marked (e.g. {@code td.label}): the value is the next sibling element. */
    public static LabelledValues ofLabelCells(List<Element> labelCells) {
        LabelledValues values = new LabelledValues();
        for (Element label : labelCells) {
            Element value = label.nextElementSibling();
            if (value != null) {
                values.put(label.text(), value);
            }
        }
        return values;
    }

    /** An empty set, filled by {@link #putScanned} ({@link PlainTableScan}). */
    static LabelledValues scanned() {
        return new LabelledValues();
    }

    /**
     * A scanned row: its label's text, and its value's text and list items or paragraphs as {@link Element#text()} would
     * give them ({@code parts} null when it has neither: its items are then its text as one, cleaned only if asked for).
     */
    void putScanned(String label, String text, List<String> parts) {
        put(label, new ScannedValue(text, parts));
    }

    private void put(String label, Element value) {
        put(label, new ElementValue(value));
    }

    private void put(String label, Value value) {
        Key key = cachedKey(PAGE_LABEL_KEYS, label);
        if (key.key().isEmpty()) {
            return;
        }
        byKey.putIfAbsent(key.key(), value);
        byStem.putIfAbsent(key.stem(), value);
    }

    private static Key variantKey(String variant) {
        return cachedKey(VARIANT_KEYS, variant);
    }

    private static Key cachedKey(Map<String, Key> cache, String label) {
        Key key = cache.get(label);
        if (key == null) {
            key = Key.of(label);
            if (cache.size() < KEYS_MAX) {
                cache.put(label, key);
            }
        }
        return key;
    }

    /**
     * Child elements are walked by sibling links throughout this class: jsoup's {@code children()}
     * builds its list through a stream on first use, which was a visible share of a detail page's parse.
     */
    private static List<Element> directRows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child = table.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child.normalName().equals("tr")) {
                rows.add(child);
            } else if (ROW_GROUPS.contains(child.normalName())) {
                for (Element row = child.firstElementChild(); row != null; row = row.nextElementSibling()) {
                    if (row.normalName().equals("tr")) {
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    /**
     * The value cell under the first variant present, or null.
     *
     * @throws IllegalStateException for values a {@link PlainTableScan} read, which have no element
     */
    public Element element(String... variants) {
        Value v = value(variants);
        if (v instanceof ScannedValue) {
            throw new IllegalStateException("a scanned page has text, not elements");
        }
        return v == null ? null : ((ElementValue) v).element();
    }

    private Value value(String... variants) {
        for (String variant : variants) {
            Value v = byKey.get(variantKey(variant).key());
            if (v != null) {
                return v;
            }
        }
        for (String variant : variants) {
            Value v = byStem.get(variantKey(variant).stem());
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The cleaned text under the first variant present; null when missing or blank. */
    public String text(String... variants) {
        return textOf(value(variants));
    }

    /**
     * The cleaned text under the first of the exact labels present, without the stem fallback: for
     * labels that differ only by a parenthesised note (HKQR's two title rows), where the stem would
     * give one value for the other.
     */
    public String exactText(String... variants) {
        for (String variant : variants) {
            Value v = byKey.get(variantKey(variant).key());
            if (v != null) {
                return textOf(v);
            }
        }
        return null;
    }

    /**
     * As {@link #text}, but null also when the value holds a table: such a value is a structure the caller
     * does not read as one text (MQR's programme durations). A scanned value never holds one
     * ({@link PlainTableScan} leaves a page with a nested table to jsoup).
     */
    public String textWithoutTable(String... variants) {
        Value v = value(variants);
        return v instanceof ElementValue e && e.element().selectFirst(TABLE) != null ? null : textOf(v);
    }

    private static String textOf(Value v) {
        if (v == null) {
            return null;
        }
        return PageText.clean(v instanceof ScannedValue s ? s.text() : ((ElementValue) v).element().text());
    }

    /**
     * The list under the first variant present: its {@code <li>} items, else its paragraphs, else its
     * text as one item; empty when missing.
     */
    public List<String> items(String... variants) {
        Value v = value(variants);
        if (v == null) {
            return List.of();
        }
        if (v instanceof ScannedValue s) {
            return s.items();
        }
        Element e = ((ElementValue) v).element();
        List<String> items = new ArrayList<>();
        List<Element> parts = e.select(LIST_ITEMS);
        if (parts.isEmpty()) {
            parts = e.select(PARAGRAPHS);
        }
        for (Element part : parts) {
            String t = PageText.clean(part.text());
            if (t != null) {
                items.add(t);
            }
        }
        if (items.isEmpty()) {
            String t = PageText.clean(e.text());
            if (t != null) {
                items.add(t);
            }
        }
        return Collections.unmodifiableList(items);
    }

    /** The labels present, as comparison keys, in page order (for logs and tests). */
    public Set<String> labels() {
        return Collections.unmodifiableSet(byKey.keySet());
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }
}
