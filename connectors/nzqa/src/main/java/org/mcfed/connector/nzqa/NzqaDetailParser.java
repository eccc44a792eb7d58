package org.mcfed.connector.nzqa;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.mcfed.connector.RawFields;
import org.mcfed.connector.http.FetchOutcome;
import org.mcfed.connector.page.HtmlPages;
import org.mcfed.connector.page.LabelledValues;
import org.mcfed.connector.page.PageParseException;
import org.mcfed.connector.page.PageText;
import org.mcfed.connector.page.PlainTableScan;

import java.util.List;
import java.util.Map;

/**
 * Reads an NZQA detail page: the {@code <dl class="mc-details">} pairs, located by label with the
 * variants of docs/sources/nzqa.md. Only a page without a details list is unreadable; a missing
 * label is simply absent from the fields. The title falls back to the page heading (without its
 * {@code (Micro-credential)} suffix) when the Title row is missing.
 */
final class NzqaDetailParser {

    /** The class of the details list. */
    private static final String DETAILS_CLASS = "mc-details";
    /** CSS queries compiled once: jsoup re-parses a query string on every select call. */
    private static final Evaluator DETAILS_LIST = QueryParser.parse("dl." + DETAILS_CLASS);
    private static final Evaluator ANY_DEFINITION_LIST = QueryParser.parse("dl");
    private static final Evaluator HEADING = QueryParser.parse("h1");

    /**
     * Reads a fetched page from its bytes when it is plain and has its Title row ({@link PlainTableScan#definitionList}:
     * most of a detail page's read was building a tree to read one list), else from its jsoup document.
     */
    Map<String, List<String>> parse(FetchOutcome.Fetched page) throws PageParseException {
        LabelledValues scanned = PlainTableScan.definitionList(page.body(), page.charset(), DETAILS_CLASS);
        RawFields f = scanned == null ? null : fields(scanned);
        return f != null && f.has(NzqaField.TITLE) ? f.build() : parse(HtmlPages.parse(page));
    }

    Map<String, List<String>> parse(Document page) throws PageParseException {
        Element dl = page.selectFirst(DETAILS_LIST);
        if (dl == null) {
            dl = page.selectFirst(ANY_DEFINITION_LIST);
        }
        if (dl == null) {
            throw new PageParseException("no details list (dl.mc-details) on the detail page");
        }
        RawFields f = fields(LabelledValues.ofDefinitionList(dl));
        if (!f.has(NzqaField.TITLE)) {
            Element h1 = page.selectFirst(HEADING);
            String heading = h1 == null ? null : PageText.clean(h1.text().replaceFirst("(?i)\\s*\\(micro-credential\\)\\s*$", ""));
            f.put(NzqaField.TITLE, heading);
        }
        return f.build();
    }

    private static RawFields fields(LabelledValues v) {
        return new RawFields()
                .put(NzqaField.REFERENCE, v.text("Reference", "Reference number", "Ref"))
                .put(NzqaField.VERSION, v.text("Version"))
                .put(NzqaField.TITLE, v.text("Title"))
                .put(NzqaField.LEVEL, v.text("Level", "NZQCF level", "NZQF level"))
                .put(NzqaField.CREDITS, v.text("Credits", "Credit value"))
                .put(NzqaField.NZSCED, v.text("NZSCED", "NZSCED code"))
                .put(NzqaField.PROVIDER, v.text("Provider", "Owner"))
                .put(NzqaField.PROVIDER_NUMBER, v.text("Provider number"))
                .put(NzqaField.DEVELOPER, v.text("Developer", "Appointed developer"))
                .put(NzqaField.STATUS, v.text("Status"))
                .put(NzqaField.APPROVAL_DATE, v.text("Approval date", "Date approved"))
                .put(NzqaField.REVIEW_DATE, v.text("Review date"))
                .put(NzqaField.REVIEW_PERIOD, v.text("Review period"))
                .putAll(NzqaField.PURPOSE, v.items("Purpose", "Purpose statement"))
                .putAll(NzqaField.OUTCOMES, v.items("Outcome statement", "Learning outcomes", "Outcomes"))
                .put(NzqaField.ASSESSMENT, v.text("Assessment"))
                .put(NzqaField.DELIVERY_MODE, v.text("Delivery mode"))
                .putAll(NzqaField.STANDARDS, v.items("Standards used"))
                .put(NzqaField.TE_HONO, v.text("Te Hono o Te Kahurangi"))
                .put(NzqaField.LANGUAGE, v.text("Language"))
                .put(NzqaField.PATHWAYS, v.text("Pathways"));
    }
}
