package org.mcfed.connector.page;

import org.jsoup.parser.Parser;

import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the label/value rows of a page's first table of one class, as {@link LabelledValues#ofTableRows}
 * reads them from a jsoup document, without building the document: a page read only for two or three
 * values (HKQR's two Chinese pages per record, two thirds of the pages its harvest reads) spends most of
 * its parse building a tree it then drops. Entities are decoded by jsoup's own decoder; comments,
 * whitespace, inline tags, flat lists, implied end tags of cells, rows and list items read as jsoup reads them.
 * <p>
 * Only markup modelled exactly is read: anything else (a byte-order mark, no charset, a nested table or
 * list, a block element or paragraph in a cell, a form, script or template near the table, text the HTML
 * parser would move out of the table, an unterminated tag or comment) answers null, and the caller parses
 * the page with jsoup as before. A page therefore reads the same either way; {@code PlainTableScanTest}
 * holds both readings equal over messy pages, {@code PlainScanEditsTest} over random edits of plain ones. A
 * definition list ({@link #definitionList}) is read by the same tokenizer and cells.
 */
public final class PlainTableScan {

    /** Tags that add nothing to a cell's text (jsoup's inline tags without special parsing rules). */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em",
            "font", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt",
            "u", "var");
    /** Void inline tags: no end tag, no text. */
    private static final Set<String> VOID_INLINE = Set.of("wbr", "img");
    /** Elements whose content is raw text up to their end tag; skipped before the table. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes");
    /** Elements that change how what follows them parses; the page is left to jsoup. */
    private static final Set<String> UNMODELLED = Set.of("template", "plaintext", "svg", "math", "select", "frameset",
            "noscript", "table", "image", "isindex", "listing", "pre", "base");
    private static final Set<String> ROW_GROUPS = Set.of("tbody", "thead", "tfoot");
    /**
     * Tag names read as these constants rather than as new strings ({@link #tagNameAt}): the sets above, the tags the
     * scan compares, and the usual tags of a page's head and frame. A page's scan reads every tag before its table;
     * cutting, lower-casing and hashing a new string per tag showed in the harvester's profile.
     */
    private static final String[] KNOWN_NAMES = knownNames();
    private static final int KNOWN_MASK = KNOWN_NAMES.length - 1;

    private final String html;
    /** The element sought: {@code table}, or {@code dl} for {@link #definitionList}. */
    private final String sought;
    /** The table sought: by class, else (when null) by id, else (both null) the page's first one. */
    private final String tableClass;
    private final String tableId;
    /** The class of the link sought anywhere on the page ({@link #linkRows}), or null. */
    private final String linkClass;
    private int at;
    private String tagName;
    private boolean endTag;
    private String classValue;
    private String idValue;
    /** The tag's href, entity-decoded; null when it has none. */
    private String hrefValue;
    /** The href of the first {@code a} of {@link #linkClass} in the page, as far as read. */
    private String linkHref;

    private PlainTableScan(String html, String sought, String tableClass, String tableId, String linkClass) {
        this.html = html;
        this.sought = sought;
        this.tableClass = tableClass;
        this.tableId = tableId;
        this.linkClass = linkClass;
    }

    /**
     * A table row read by {@link #linkRows}: whether it has a data cell ({@code td}), and its first link inside
     * a data cell (jsoup's {@code td a[href]}).
     *
     * @param href that link's {@code href}, entity-decoded, not resolved; null when the row has none
     * @param linkText that link's text as jsoup's {@code Element.text()} gives it
     */
    public record LinkRow(boolean hasDataCell, String href, String linkText) {
    }

    /**
     * The rows of a listing page's table of one id (jsoup's {@code table#id tr}), and the href of the first
     * link of one class anywhere on the page ({@code a.class[href]}; null when none).
     */
    public record LinkTable(List<LinkRow> rows, String linkHref) {
    }

    /**
     * A listing page's table rows and next link, read without a jsoup document: a listing page of 50 rows is
     * a large page whose tree is dropped once its links are read. Null when the page is not plain (as for
     * {@link #rows}, and also a {@code base} element, a second table, a link in a link, or markup after the
     * table that is not plain), so that the caller parses it.
     *
     * @param declared the charset the response's header declared, or null
     */
    public static LinkTable linkRows(byte[] body, Charset declared, String tableId, String linkClass) {
        String html = decoded(body, declared);
        if (html == null) {
            return null;
        }
        PlainTableScan scan = new PlainTableScan(html, "table", null, tableId, linkClass.toLowerCase(Locale.ROOT));
        List<List<Cell>> rows = scan.tableRows();
        if (rows == null || !scan.skipRest()) {
            return null;
        }
        List<LinkRow> read = new ArrayList<>(rows.size());
        for (List<Cell> row : rows) {
            boolean data = false;
            Cell linked = null;
            for (Cell cell : row) {
                data |= cell.data;
                if (linked == null && cell.data && cell.href != null) {
                    linked = cell;
                }
            }
            read.add(new LinkRow(data, linked == null ? null : linked.href,
                    linked == null ? null : jsoupText(linked.linkText)));
        }
        return new LinkTable(read, scan.linkHref);
    }

    /**
     * The rows of the first {@code table} with class {@code tableClass}, or null when the page is not
     * plain enough to read without jsoup (or has no such table: jsoup then says why).
     *
     * @param declared the charset the response's header declared, or null
     */
    public static LabelledValues rows(byte[] body, Charset declared, String tableClass) {
        String html = decoded(body, declared);
        if (html == null) {
            return null;
        }
        List<List<Cell>> rows = new PlainTableScan(html, "table", tableClass.toLowerCase(Locale.ROOT), null, null).tableRows();
        return rows == null ? null : pairs(rows, null);
    }

    /**
     * The pairs of a page's label cells ({@code td} of class {@code labelClass}) with the cell after each, as
     * {@link LabelledValues#ofLabelCells} reads jsoup's {@code td.labelClass}; when there is no such cell, the
     * rows of the page's first table as {@link LabelledValues#ofTableRows} reads them. Null when the page is not
     * plain (as for {@link #rows}), has no table, or has a second table (label cells may be anywhere on the page).
     *
     * @param declared the charset the response's header declared, or null
     */
    public static LabelledValues labelCells(byte[] body, Charset declared, String labelClass) {
        String html = decoded(body, declared);
        if (html == null) {
            return null;
        }
        PlainTableScan scan = new PlainTableScan(html, "table", null, null, null);
        List<List<Cell>> rows = scan.tableRows();
        return rows == null || !scan.skipRest() ? null : pairs(rows, labelClass.toLowerCase(Locale.ROOT));
    }

    /**
     * The pairs of the page's first {@code dl}, each {@code dt} with the {@code dd} after it, as
     * {@link LabelledValues#ofDefinitionList} reads them; null when the page is not plain (as for {@link #rows};
     * here also a nested list, an inline element or list open at a term's or definition's end, an end tag of an
     * element not open in one, or a list in a paragraph), has no {@code dl}, or its first one is not of class
     * {@code listClass} (a later one could be).
     *
     * @param declared the charset the response's header declared, or null
     */
    public static LabelledValues definitionList(byte[] body, Charset declared, String listClass) {
        String html = decoded(body, declared);
        if (html == null) {
            return null;
        }
        PlainTableScan scan = new PlainTableScan(html, "dl", null, null, null);
        return scan.findTable() && hasClass(scan.classValue, listClass) ? scan.definitions() : null;
    }

    /**
     * Each label cell with the cell after it in its row; with {@code labelClass} null, or when no data cell has
     * that class, each row's first cell with its second.
     */
    private static LabelledValues pairs(List<List<Cell>> rows, String labelClass) {
        boolean marked = false;
        for (List<Cell> row : rows) {
            for (Cell cell : row) {
                marked |= cell.isLabel(labelClass);
            }
        }
        LabelledValues values = LabelledValues.scanned();
        for (List<Cell> row : rows) {
            for (int i = 0; i + 1 < row.size(); i++) {
                if (marked ? row.get(i).isLabel(labelClass) : i == 0) {
                    Cell value = row.get(i + 1);
                    values.putScanned(row.get(i).text.toString(), value.text.toString(), value.parts());
                }
            }
        }
        return values;
    }

    /** The page's text as jsoup decodes it, or null when jsoup would have to detect the charset or a BOM. */
    private static String decoded(byte[] body, Charset declared) {
        if (startsWithByteOrderMark(body)) {
            return null;
        }
        String html = HtmlPages.text(body, declared);
        return html == null || html.indexOf('\0') >= 0 ? null : html;
    }

    private static boolean startsWithByteOrderMark(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF);
    }

    /** The table's rows of cells, up to its end tag; null when not plain. */
    private List<List<Cell>> tableRows() {
        if (!findTable()) {
            return null;
        }
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = null;
        Cell cell = null;
        while (true) {
            if (!nextTagIn(cell)) {
                return null;
            }
            String name = tagName;
            boolean closesCell = name.equals("td") || name.equals("th") || name.equals("tr") || name.equals("table")
                    || ROW_GROUPS.contains(name);
            if (cell != null && !closesCell) {
                if (!cell.tag(name, endTag, hrefValue)) {
                    return null;
                }
                continue;
            }
            if (cell != null) {
                cell.close();
                cell = null;
            }
            if (name.equals("td") || name.equals("th")) {
                if (endTag) {
                    continue; // a stray end tag of a cell is ignored
                }
                if (row == null) {
                    row = new ArrayList<>(); // the parser implies the row
                }
                cell = new Cell(name.equals("td"), classValue);
                row.add(cell);
                continue;
            }
            if (row != null) {
                rows.add(row);
                row = null;
            }
            if (name.equals("table")) {
                return endTag ? rows : null;
            }
            if (name.equals("tr") && !endTag) {
                row = new ArrayList<>();
            } else if (!name.equals("tr") && !ROW_GROUPS.contains(name)) {
                return null;
            }
        }
    }

    /** The list's terms and definitions, up to its end tag; null when not plain. */
    private LabelledValues definitions() {
        LabelledValues values = LabelledValues.scanned();
        String term = null;
        Cell cell = null;
        boolean inTerm = false;
        while (true) {
            if (!nextTagIn(cell)) {
                return null;
            }
            String name = tagName;
            boolean item = name.equals("dt") || name.equals("dd");
            if (cell != null && !item && !name.equals("dl")) {
                if (!cell.tag(name, endTag, hrefValue)) {
                    return null;
                }
                continue;
            }
            if (cell != null) {
                if (endTag && item && name.equals("dt") != inTerm || !cell.closeDefinition()) {
                    return null; // an end tag of the other kind is ignored by the parser; an open inline element is carried on
                }
                if (inTerm) {
                    term = cell.text.toString();
                } else if (term != null) {
                    values.putScanned(term, cell.text.toString(), cell.parts());
                    term = null;
                }
                cell = null;
            } else if (item && endTag) {
                return null; // the parser would close a term or definition the list itself is in
            }
            if (name.equals("dl")) {
                return endTag ? values : null;
            }
            if (!item) {
                return null;
            }
            if (!endTag) {
                inTerm = name.equals("dt");
                cell = new Cell(!inTerm, null);
                cell.definition = true;
            }
        }
    }

    /**
     * Reads up to and past the next tag, the text before it into {@code cell} (a '<' that is only text too, and
     * comments skipped); false when that is not plain, as text outside a cell that is not whitespace (the HTML
     * parser would move it out of a table, and a list's text outside its items is not modelled).
     */
    private boolean nextTagIn(Cell cell) {
        while (true) {
            int lt = html.indexOf('<', at);
            if (lt < 0) {
                return false;
            }
            if (cell != null) {
                cell.text(html, at, lt);
            } else if (!isHtmlWhitespace(html, at, lt)) {
                return false;
            }
            at = lt;
            int kind = nextToken();
            if (kind == TAG) {
                return true;
            }
            if (kind == COMMENT && cell != null && cell.afterBlockEnd) {
                return false; // the text's spacing after a block then differs: not modelled
            }
            if (kind == UNREADABLE || kind == TEXT && cell == null) {
                return false;
            }
            if (kind == TEXT) {
                cell.text("<");
            }
        }
    }

    /** Skips to just after the start tag of the table; false when the page has markup read only by jsoup before it. */
    private boolean findTable() {
        return skipPlainMarkup(true) == FOUND;
    }

    /**
     * Reads the page after the table to its end (to find the first link of {@link #linkClass}, and to know
     * that no second table follows); false when markup there is not plain.
     */
    private boolean skipRest() {
        return skipPlainMarkup(false) == END;
    }

    private static final int FOUND = 0;
    private static final int END = 1;
    private static final int NOT_PLAIN = 2;

    /** Reads plain markup up to the table sought ({@code seekTable}: FOUND) or to the page's end (END); NOT_PLAIN at markup only jsoup reads. */
    private int skipPlainMarkup(boolean seekTable) {
        while (true) {
            int lt = html.indexOf('<', at);
            if (lt < 0) {
                return END;
            }
            at = lt;
            int kind = nextToken();
            if (kind == UNREADABLE) {
                return NOT_PLAIN;
            }
            if (kind != TAG || endTag) {
                continue;
            }
            if (seekTable && tagName.equals(sought) && (tableClass != null ? hasClass(classValue, tableClass)
                    : tableId == null || tableId.equals(idValue))) {
                return FOUND;
            }
            if (UNMODELLED.contains(tagName)) {
                return NOT_PLAIN;
            }
            if (RAW_TEXT.contains(tagName) && !skipRawText(tagName)) {
                return NOT_PLAIN;
            }
        }
    }

    private static boolean hasClass(String value, String wanted) {
        if (value == null) {
            return false;
        }
        // the class names split at HTML whitespace, by hand: a regex split per tag was a visible share of a page's scan
        int n = value.length();
        int start = 0;
        while (start < n) {
            while (start < n && isWhitespace(value.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < n && !isWhitespace(value.charAt(end))) {
                end++;
            }
            if (end - start == wanted.length() && value.regionMatches(true, start, wanted, 0, wanted.length())) {
                return true;
            }
            start = end;
        }
        return false;
    }

    /** Skips a raw-text element's content and end tag; false when it has none or may hide an escaped script. */
    private boolean skipRawText(String name) {
        for (int end = html.indexOf("</", at); end >= 0; end = html.indexOf("</", end + 2)) {
            int after = end + 2 + name.length();
            if (html.regionMatches(true, end + 2, name, 0, name.length()) && after < html.length() && isTagNameEnd(html.charAt(after))) {
                if (name.equals("script") && html.substring(at, end).contains("<!--")) {
                    return false;
                }
                at = end;
                return nextToken() == TAG;
            }
        }
        return false;
    }

    private static final int TAG = 0;
    private static final int COMMENT = 1;
    private static final int TEXT = 2;
    private static final int UNREADABLE = 3;

    /**
     * Reads the token at {@code at} (a '<'): a tag (name, end or not, its class), a comment, doctype or
     * processing instruction (skipped), or a '<' that is only text; moves past it.
     */
    private int nextToken() {
        int n = html.length();
        if (at + 1 >= n) {
            return UNREADABLE;
        }
        char c = html.charAt(at + 1);
        if (html.startsWith("<!--", at)) {
            if (html.startsWith("<!-->", at) || html.startsWith("<!--->", at)) {
                return UNREADABLE;
            }
            int end = html.indexOf("-->", at + 4);
            if (end < 0 || hasBangEnd(at + 4, end)) {
                return UNREADABLE;
            }
            at = end + 3;
            return COMMENT;
        }
        if (c == '!' || c == '?') {
            int end = html.indexOf('>', at);
            if (end < 0) {
                return UNREADABLE;
            }
            at = end + 1;
            return COMMENT;
        }
        endTag = c == '/';
        int i = endTag ? at + 2 : at + 1;
        if (i >= n || !isAsciiLetter(html.charAt(i))) {
            if (endTag) {
                return UNREADABLE;
            }
            at++;
            return TEXT;
        }
        int start = i;
        while (i < n && !isTagNameEnd(html.charAt(i))) {
            char t = html.charAt(i);
            if (!isAsciiLetter(t) && !(t >= '0' && t <= '9')) {
                return UNREADABLE;
            }
            i++;
        }
        tagName = tagNameAt(start, i);
        classValue = null;
        idValue = null;
        hrefValue = null;
        i = attributes(i);
        if (i < 0) {
            return UNREADABLE;
        }
        at = i;
        if (linkClass != null && linkHref == null && !endTag && hrefValue != null && tagName.equals("a")
                && hasClass(classValue, linkClass)) {
            linkHref = hrefValue;
        }
        return TAG;
    }

    /** Whether {@code html[from, to)}, a comment's text, holds {@code --!} (which the parser reads as its end). */
    private boolean hasBangEnd(int from, int to) {
        for (int i = from; i + 3 <= to; i++) {
            if (html.charAt(i) == '-' && html.startsWith("--!", i)) {
                return true;
            }
        }
        return false;
    }

    /** Reads attributes up to and past the tag's '>', keeping the first class, id and href; -1 when the tag does not end. */
    private int attributes(int i) {
        int n = html.length();
        boolean sawClass = false;
        boolean sawId = false;
        boolean sawHref = false;
        while (true) {
            while (i < n && (isTagNameEnd(html.charAt(i)) && html.charAt(i) != '>')) {
                i++;
            }
            if (i >= n) {
                return -1;
            }
            if (html.charAt(i) == '>') {
                return i + 1;
            }
            int nameStart = i;
            while (i < n && !isTagNameEnd(html.charAt(i)) && html.charAt(i) != '=') {
                char t = html.charAt(i);
                if (t == '"' || t == '\'' || t == '<') {
                    return -1;
                }
                i++;
            }
            int nameEnd = i;
            while (i < n && isWhitespace(html.charAt(i))) {
                i++;
            }
            // the value's bounds; its text is cut only for the three attributes kept
            int valueStart = i;
            int valueEnd = i;
            if (i < n && html.charAt(i) == '=') {
                i++;
                while (i < n && isWhitespace(html.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    return -1;
                }
                char q = html.charAt(i);
                if (q == '"' || q == '\'') {
                    int close = html.indexOf(q, i + 1);
                    if (close < 0) {
                        return -1;
                    }
                    valueStart = i + 1;
                    valueEnd = close;
                    i = close + 1;
                } else {
                    valueStart = i;
                    while (i < n && !isWhitespace(html.charAt(i)) && html.charAt(i) != '>') {
                        char t = html.charAt(i);
                        if (t == '"' || t == '\'' || t == '<' || t == '=' || t == '`') {
                            return -1;
                        }
                        i++;
                    }
                    valueEnd = i;
                }
            }
            if (!sawClass && isName(nameStart, nameEnd, "class")) {
                sawClass = true;
                classValue = attributeValue(valueStart, valueEnd);
            } else if (!sawId && isName(nameStart, nameEnd, "id")) {
                sawId = true;
                idValue = attributeValue(valueStart, valueEnd);
            } else if (!sawHref && isName(nameStart, nameEnd, "href")) {
                sawHref = true;
                hrefValue = attributeValue(valueStart, valueEnd);
            }
        }
    }

    /** Whether the attribute name at {@code html[start, end)} is {@code lower}, case aside ({@link String#equalsIgnoreCase}). */
    private boolean isName(int start, int end, String lower) {
        return end - start == lower.length() && html.regionMatches(true, start, lower, 0, lower.length());
    }

    private String attributeValue(int start, int end) {
        String raw = html.substring(start, end);
        return raw.indexOf('&') >= 0 ? Parser.unescapeEntities(raw, true) : raw;
    }

    /**
     * Text as {@link org.jsoup.nodes.Element#text()} gives it from the raw text: runs of its whitespace (with
     * the no-break space) as one space, the zero-width space and soft hyphen dropped, trimmed.
     */
    static String jsoupText(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean lastWhite = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isWhitespace(c) || c == '\u00A0') {
                if (!lastWhite) {
                    out.append(' ');
                    lastWhite = true;
                }
            } else if (c != '\u200B' && c != '\u00AD') {
                out.append(c);
                lastWhite = false;
            }
        }
        return out.toString().trim();
    }

    /**
     * One cell: its text as {@link org.jsoup.nodes.Element#text()} reads it (before cleaning), and its list items. Its
     * collections are made when first needed: a page has dozens of cells, most of them one run of text, and a steady-state
     * profile of the harvester put their construction at 7 % of its samples when each cell made them all.
     */
    private static final class Cell {

        /** A {@code td}, not a {@code th}. */
        final boolean data;
        /** The cell's class attribute, entity-decoded; null when it has none. */
        final String classValue;
        final StringBuilder text = new StringBuilder();
        /** The href of the cell's first link, and that link's raw text. */
        String href;
        StringBuilder linkText;
        /** Whether an {@code a} is open, and whether it is the first link (whose text is kept). */
        boolean inLink;
        boolean inFirstLink;
        /**
         * Open inline elements, innermost first: to leave a list inside one to jsoup (its text spacing differs
         * there), and to know an end tag of none of them, which the parser ignores.
         */
        Deque<String> inline;
        boolean inList;
        /** The open list's tag, {@code ul} or {@code ol}. */
        String listName;
        StringBuilder item;
        List<String> items;
        boolean sawListItem;
        /**
         * A term or definition of a {@code dl}, not a table cell: paragraphs are modelled (a table cell with one is
         * left to jsoup), and an end tag of an element not open in it is not (there is no table cell's boundary to
         * stop the parser from closing an element open around the list).
         */
        boolean definition;
        /**
         * Whether the last thing read was the end of a paragraph, list or item: jsoup's text() puts a space after
         * one only when text or an inline element follows it directly, not a comment.
         */
        boolean afterBlockEnd;
        /** The open paragraph, and those read. */
        StringBuilder paragraph;
        List<String> paragraphItems;

        Cell(boolean data, String classValue) {
            this.data = data;
            this.classValue = classValue;
        }

        /** Whether this is a data cell of the class {@code labelClass} (jsoup's {@code td.labelClass}); false for a null class. */
        boolean isLabel(String labelClass) {
            return labelClass != null && data && hasClass(classValue, labelClass);
        }

        void text(String raw) {
            text(raw, 0, raw.length());
        }

        /** Adds the page's raw text {@code source[from, to)}: entities decoded, as jsoup's text() reads it. */
        void text(String source, int from, int to) {
            if (from == to) {
                return;
            }
            afterBlockEnd = false;
            String decoded = source;
            if (contains(source, from, to, '&')) {
                decoded = Parser.unescapeEntities(source.substring(from, to), false);
                from = 0;
                to = decoded.length();
            }
            // runs without a character text() drops are copied whole: a cell's text is mostly such one run
            int run = from;
            for (int i = from; i < to; i++) {
                char c = decoded.charAt(i);
                if (c == '\u200B' || c == '\u00AD') { // jsoup's text() drops the zero-width space and the soft hyphen
                    append(decoded, run, i);
                    run = i + 1;
                }
            }
            append(decoded, run, to);
        }

        private static boolean contains(String s, int from, int to, char c) {
            for (int i = from; i < to; i++) {
                if (s.charAt(i) == c) {
                    return true;
                }
            }
            return false;
        }

        /** Adds {@code source[from, to)} to the cell's text and to what is open in it: a list item, a paragraph, its first link. */
        private void append(String source, int from, int to) {
            if (from == to) {
                return;
            }
            text.append(source, from, to);
            if (item != null) {
                item.append(source, from, to);
            }
            if (paragraph != null) {
                paragraph.append(source, from, to);
            }
            if (inFirstLink) {
                linkText.append(source, from, to);
            }
        }

        /** A tag inside the cell ({@code href} its href if any); false when it is not modelled. */
        boolean tag(String name, boolean end, String href) {
            afterBlockEnd = false;
            if (name.equals("a")) {
                if (end) {
                    inLink = false;
                    inFirstLink = false;
                } else if (inLink) {
                    return false; // a link in a link: the HTML parser closes the first
                } else {
                    inLink = true;
                    if (this.href == null && href != null) {
                        this.href = href;
                        linkText = new StringBuilder();
                        inFirstLink = true;
                    }
                }
            }
            if (INLINE.contains(name)) {
                if (!end) {
                    if (inline == null) {
                        inline = new ArrayDeque<>(4);
                    }
                    inline.push(name);
                    return true;
                }
                if (inline == null || !inline.contains(name)) {
                    return !definition; // in a table cell, the parser ignores the end tag of an element not open in it
                }
                return name.equals(inline.pop()); // misnested inline elements are not modelled
            }
            if (VOID_INLINE.contains(name)) {
                return true;
            }
            if (name.equals("br")) {
                blockBoundary();
                return true;
            }
            if (inlineOpen()) {
                return false;
            }
            if (name.equals("p") && definition && !inList) {
                if (end && paragraph == null) {
                    return false; // the parser would add an empty paragraph
                }
                closeParagraph();
                if (!end) {
                    paragraph = new StringBuilder();
                }
                blockBoundary();
                afterBlockEnd = end;
                return true;
            }
            if (paragraph != null) {
                return false; // a list or block in a paragraph closes it: not modelled
            }
            if (name.equals("ul") || name.equals("ol")) {
                if (end) {
                    if (!inList) {
                        return false;
                    }
                    if (!name.equals(listName)) {
                        return !definition; // ignored in a table cell, as an inline element's above
                    }
                    closeItem();
                    inList = false;
                } else if (inList) {
                    return false;
                } else {
                    inList = true;
                    listName = name;
                }
                blockBoundary();
                afterBlockEnd = end;
                return true;
            }
            if (name.equals("li") && inList) {
                if (end && item == null) {
                    return !definition; // ignored in a table cell, as an inline element's above
                }
                closeItem();
                blockBoundary();
                afterBlockEnd = end;
                if (!end) {
                    item = new StringBuilder();
                    sawListItem = true;
                }
                return true;
            }
            return false;
        }

        /** jsoup's text() puts a space where a block element or a line break starts or ends. */
        private void blockBoundary() {
            append(" ", 0, 1);
        }

        private void closeItem() {
            if (item != null) {
                items = addCleaned(items, item);
                item = null;
            }
        }

        private void closeParagraph() {
            if (paragraph != null) {
                paragraphItems = addCleaned(paragraphItems, paragraph);
                paragraph = null;
            }
        }

        /** {@code to} (made when null) with the cleaned text added, when it is not blank. */
        private static List<String> addCleaned(List<String> to, CharSequence raw) {
            String t = PageText.clean(raw.toString());
            if (t != null) {
                if (to == null) {
                    to = new ArrayList<>();
                }
                to.add(t);
            }
            return to;
        }

        private boolean inlineOpen() {
            return inline != null && !inline.isEmpty();
        }

        /**
         * Closes a term or definition at the next one or the list's end; false when an inline element or a list
         * is still open (the parser carries an inline element over into what follows, and a list is not closed).
         */
        boolean closeDefinition() {
            closeParagraph();
            close();
            return !inlineOpen() && !inLink && !inList;
        }

        /** Closes the cell and its last list item. */
        void close() {
            closeItem();
        }

        /**
         * As {@link LabelledValues#items} reads an element: the list items, else the paragraphs; null when it has
         * neither, and its items are then its whole text as one ({@link LabelledValues} makes that item when asked).
         */
        List<String> parts() {
            List<String> parts = sawListItem ? items : paragraphItems;
            return parts == null || parts.isEmpty() ? null : Collections.unmodifiableList(parts);
        }
    }

    /** An open-addressing table of the known tag names by {@link String#hashCode}, at most a quarter full. */
    private static String[] knownNames() {
        Set<String> names = new java.util.LinkedHashSet<>();
        for (Set<String> set : List.of(INLINE, VOID_INLINE, RAW_TEXT, UNMODELLED, ROW_GROUPS)) {
            names.addAll(set);
        }
        names.addAll(List.of("table", "tr", "td", "th", "caption", "colgroup", "col", "dl", "dt", "dd", "ul", "ol", "li", "p",
                "br", "hr", "html", "head", "body", "meta", "link", "div", "header", "footer", "nav", "main", "section", "article",
                "aside", "h1", "h2", "h3", "h4", "h5", "h6", "form", "input", "label", "button", "option", "picture", "source"));
        String[] table = new String[Integer.highestOneBit(names.size() * 4 - 1) << 1];
        for (String name : names) {
            int slot = name.hashCode() & (table.length - 1);
            while (table[slot] != null) {
                slot = (slot + 1) & (table.length - 1);
            }
            table[slot] = name;
        }
        return table;
    }

    /**
     * The lower-case name of the tag whose name is {@code html[start, end)}, ASCII letters and digits only
     * ({@link #nextToken} checked): the known constant when it is one, else a new string.
     */
    private String tagNameAt(int start, int end) {
        int length = end - start;
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + (html.charAt(i) | 0x20); // lower case of a letter; a digit has the bit already
        }
        for (int slot = hash & KNOWN_MASK; KNOWN_NAMES[slot] != null; slot = (slot + 1) & KNOWN_MASK) {
            String known = KNOWN_NAMES[slot];
            if (known.hashCode() == hash && known.length() == length && sameLowerCase(start, known)) {
                return known;
            }
        }
        return html.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private boolean sameLowerCase(int start, String lower) {
        for (int i = 0; i < lower.length(); i++) {
            if ((html.charAt(start + i) | 0x20) != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static boolean isTagNameEnd(char c) {
        return isWhitespace(c) || c == '/' || c == '>';
    }

    private static boolean isHtmlWhitespace(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
