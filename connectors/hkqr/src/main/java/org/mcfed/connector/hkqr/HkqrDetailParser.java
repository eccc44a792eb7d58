package org.mcfed.connector.hkqr;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.mcfed.connector.RawFields;
import org.mcfed.connector.http.FetchOutcome;
import org.mcfed.connector.page.HtmlPages;
import org.mcfed.connector.page.LabelledValues;
import org.mcfed.connector.page.PageParseException;
import org.mcfed.connector.page.PlainTableScan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an HKQR record from its English detail page and, when fetched, its Traditional
 * ({@code hkqr-tc}) and Simplified ({@code hkqr-sc}) Chinese ones: every {@code <th>label</th><td>value</td>}
 * row of {@code table.qr-detail} by its label, whatever the row order. Titles and learning outcomes
 * are kept per language, the language read from the text's script ({@link HanText}): Latin text is
 * {@code en}; Han text is {@code zh-Hans} on the Simplified page and {@code zh-Hant} elsewhere (HKQR
 * writes Traditional Chinese), so the Chinese title of a Chinese-only qualification, shown under the
 * English page's "Qualification Title", is {@code zh-Hant}. A Chinese page's title and outcomes win
 * over the same language on the English page; every other value comes from the English page.
 */
public final class HkqrDetailParser {

    private static final String DETAIL_CLASS = "qr-detail";
    /** CSS queries compiled once: jsoup re-parses a query string on every select call. */
    private static final Evaluator DETAIL_TABLE = QueryParser.parse("table." + DETAIL_CLASS);
    static final String ENGLISH = "English";
    static final String TRADITIONAL = "Traditional Chinese";
    static final String SIMPLIFIED = "Simplified Chinese";

    /**
     * @param english the {@code hkqr-en} detail page
     * @param traditional the {@code hkqr-tc} detail page, or null when it could not be fetched
     * @param simplified the {@code hkqr-sc} detail page, or null when it could not be fetched or does not exist
     * @throws PageParseException when the English page has no details table or no registration number,
     *         or a Chinese page has no details table or is another qualification's
     */
    public Map<String, List<String>> parse(Document english, Document traditional, Document simplified) throws PageParseException {
        LabelledValues en = detailsOf(english, ENGLISH);
        return parse(en, traditional == null ? null : detailsOf(traditional, TRADITIONAL),
                simplified == null ? null : detailsOf(simplified, SIMPLIFIED));
    }

    /**
     * As {@link #parse(Document, Document, Document)}, with each page's details table already read
     * ({@link #details}, which reads a plain page without building a jsoup document).
     */
    public Map<String, List<String>> parse(LabelledValues en, LabelledValues traditional, LabelledValues simplified) throws PageParseException {
        String regNo = en.text(HkqrLabels.REG_NO);
        if (regNo == null) {
            throw new PageParseException("no QR Registration No. on the English detail page");
        }
        Languages languages = new Languages();
        if (traditional != null) {
            languages.read(traditional, TRADITIONAL, regNo, HkqrLabels.TITLE_ZH_HANT_TC_PAGE, "zh-Hant");
        }
        if (simplified != null) {
            languages.read(simplified, SIMPLIFIED, regNo, HkqrLabels.TITLE_ZH_HANS_SC_PAGE, "zh-Hans");
        }
        languages.title(en.exactText(HkqrLabels.TITLE_EN), "zh-Hant");
        languages.title(en.exactText(HkqrLabels.TITLE_ZH_HANT_EN_PAGE), "zh-Hant");
        languages.outcomes(en.items(HkqrLabels.LEARNING_OUTCOMES), "zh-Hant");
        RawFields fields = new RawFields().put(HkqrField.REG_NO, regNo);
        for (String language : HkqrField.LANGUAGES) {
            fields.put(HkqrField.title(language), languages.titles.get(language));
        }
        fields.put(HkqrField.TYPE, en.text(HkqrLabels.TYPE))
                .put(HkqrField.QF_LEVEL, en.text(HkqrLabels.QF_LEVEL))
                .put(HkqrField.QF_CREDIT, en.text(HkqrLabels.QF_CREDIT))
                .put(HkqrField.OPERATOR, en.text(HkqrLabels.OPERATOR))
                .put(HkqrField.AWARDING_BODY, en.text(HkqrLabels.AWARDING_BODY))
                .put(HkqrField.AWARDING_BODY_COUNTRY, en.text(HkqrLabels.AWARDING_BODY_COUNTRY))
                .put(HkqrField.AREA, en.text(HkqrLabels.AREA))
                .put(HkqrField.SUB_AREA, en.text(HkqrLabels.SUB_AREA))
                .put(HkqrField.MODE, en.text(HkqrLabels.MODE))
                .put(HkqrField.VALIDITY, en.text(HkqrLabels.VALIDITY))
                .put(HkqrField.STATUS, en.text(HkqrLabels.STATUS))
                .put(HkqrField.CAT_TYPE, en.text(HkqrLabels.CAT_TYPE))
                .put(HkqrField.PROGRAMME_LENGTH, en.text(HkqrLabels.PROGRAMME_LENGTH));
        for (String language : HkqrField.LANGUAGES) {
            fields.putAll(HkqrField.learningOutcomes(language), languages.outcomes.getOrDefault(language, List.of()));
        }
        return fields.put(HkqrField.ENTRY_REQUIREMENTS, en.text(HkqrLabels.ENTRY_REQUIREMENTS)).build();
    }

    /** Titles and outcomes by language; the first page to give a language keeps it. */
    private static final class Languages {

        final Map<String, String> titles = new HashMap<>();
        final Map<String, List<String>> outcomes = new HashMap<>();

        /** A Chinese page's title and outcomes, after checking it is the same qualification. */
        void read(LabelledValues page, String which, String regNo, String[] titleLabels, String hanTag) throws PageParseException {
            String pageRegNo = page.text(HkqrLabels.REG_NO);
            if (pageRegNo != null && !pageRegNo.equals(regNo)) {
                throw new PageParseException("the " + which + " page is for " + pageRegNo + ", not " + regNo);
            }
            title(page.exactText(titleLabels), hanTag);
            outcomes(page.items(HkqrLabels.LEARNING_OUTCOMES), hanTag);
        }

        /**
         * @param title a cleaned title, or null
         * @param hanTag the language of Han text on this page ({@code zh-Hant} or {@code zh-Hans})
         */
        void title(String title, String hanTag) {
            if (title != null) {
                titles.putIfAbsent(HanText.isHan(title) ? hanTag : "en", title);
            }
        }

        void outcomes(List<String> items, String hanTag) {
            if (!items.isEmpty()) {
                outcomes.putIfAbsent(HanText.isHan(items) ? hanTag : "en", items);
            }
        }
    }

    /**
     * A page's details table, read without a jsoup document when the page is plain enough
     * ({@link PlainTableScan}: most of a detail page's CPU was building a tree to read one table), else parsed as before.
     *
     * @param which {@link #ENGLISH}, {@link #TRADITIONAL} or {@link #SIMPLIFIED}, for the error message
     * @throws PageParseException when the page has no details table
     */
    static LabelledValues details(FetchOutcome.Fetched page, String which) throws PageParseException {
        LabelledValues scanned = PlainTableScan.rows(page.body(), page.charset(), DETAIL_CLASS);
        return scanned != null ? scanned : detailsOf(HtmlPages.parse(page), which);
    }

    private static LabelledValues detailsOf(Document page, String which) throws PageParseException {
        Element table = page.selectFirst(DETAIL_TABLE);
        if (table == null) {
            throw new PageParseException("no qualification details (table.qr-detail) on the " + which + " detail page");
        }
        return LabelledValues.ofTableRows(table);
    }
}
