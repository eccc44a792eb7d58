package org.mcfed.connector.hkqr;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.mcfed.connector.RawFields;
import org.mcfed.connector.page.LabelledValues;
import org.mcfed.connector.page.PageParseException;
import org.mcfed.connector.page.PageText;

import java.util.List;
import java.util.Map;

/**
 * Reads an HKQR record from its English detail page and, when fetched, its Traditional Chinese one
 * ({@code hkqr-tc}): every {@code <th>label</th><td>value</td>} row of {@code table.qr-detail} by its
 * label, whatever the row order. The Chinese page contributes the zh-Hant title (it wins over the
 * English page's "Qualification Title (Chinese)" row); everything else comes from the English page.
 */
public final class HkqrDetailParser {

    /** CSS queries compiled once: jsoup re-parses a query string on every select call. */
    private static final Evaluator DETAIL_TABLE = QueryParser.parse("table.qr-detail");

    /**
     * @param english the {@code hkqr-en} detail page
     * @param chinese the {@code hkqr-tc} detail page, or null when it could not be fetched
     * @throws PageParseException when the English page has no details table or no registration number
     */
    public Map<String, List<String>> parse(Document english, Document chinese) throws PageParseException {
        LabelledValues en = detailsOf(english, "English");
        String regNo = en.text(HkqrLabels.REG_NO);
        if (regNo == null) {
            throw new PageParseException("no QR Registration No. on the English detail page");
        }
        RawFields fields = new RawFields().put(HkqrField.REG_NO, regNo);
        Element titleEn = exactly(en, HkqrLabels.TITLE_EN);
        Element titleZhEn = exactly(en, HkqrLabels.TITLE_ZH_HANT_EN_PAGE);
        if (titleEn != null) {
            fields.put(HkqrField.TITLE_EN, PageText.clean(titleEn.text()));
        }
        if (chinese != null) {
            LabelledValues tc = detailsOf(chinese, "Chinese");
            String tcRegNo = tc.text(HkqrLabels.REG_NO);
            if (tcRegNo != null && !tcRegNo.equals(regNo)) {
                throw new PageParseException("the Chinese page is for " + tcRegNo + ", not " + regNo);
            }
            Element titleZh = exactly(tc, HkqrLabels.TITLE_ZH_HANT_TC_PAGE);
            fields.put(HkqrField.TITLE_ZH_HANT, titleZh == null ? null : PageText.clean(titleZh.text()));
        }
        if (titleZhEn != null) {
            fields.putIfAbsent(HkqrField.TITLE_ZH_HANT, PageText.clean(titleZhEn.text()));
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
                .put(HkqrField.PROGRAMME_LENGTH, en.text(HkqrLabels.PROGRAMME_LENGTH))
                .putAll(HkqrField.LEARNING_OUTCOMES, en.items(HkqrLabels.LEARNING_OUTCOMES))
                .put(HkqrField.ENTRY_REQUIREMENTS, en.text(HkqrLabels.ENTRY_REQUIREMENTS));
        return fields.build();
    }

    /**
     * The value under one of the exact labels: the two title rows differ only by a parenthesised
     * note, so the stem fallback of {@link LabelledValues} would give one title for the other.
     */
    private static Element exactly(LabelledValues values, String... variants) {
        for (String variant : variants) {
            if (values.labels().contains(PageText.labelKey(variant))) {
                return values.element(variant);
            }
        }
        return null;
    }

    private static LabelledValues detailsOf(Document page, String which) throws PageParseException {
        Element table = page.selectFirst(DETAIL_TABLE);
        if (table == null) {
            throw new PageParseException("no qualification details (table.qr-detail) on the " + which + " detail page");
        }
        return LabelledValues.ofTableRows(table);
    }
}
