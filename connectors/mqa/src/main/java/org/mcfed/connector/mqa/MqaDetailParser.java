package org.mcfed.connector.mqa;

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

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an MQR detail page, English or Malay (docs/sources/mqa.md): the {@code td.label} cells
 * and the value cell beside each, by English or Malay label. The institution's former name
 * ({@code (Previously known as : ...)}, Malay {@code (Nama Lama : ...)}) is split off the name. A duration
 * given as a nested table (a programme's, by mode of study) is not a micro-credential duration and reads as none.
 */
final class MqaDetailParser {

    /** The class of the label cells; their value is the cell after each. */
    private static final String LABEL_CLASS = "label";
    /** CSS queries compiled once: jsoup re-parses a query string on every select call. */
    private static final Evaluator LABEL_CELLS = QueryParser.parse("td." + LABEL_CLASS);
    private static final Evaluator TABLE = QueryParser.parse("table");

    private static final Pattern FORMER_NAME = Pattern.compile("^(.*?)\\s*\\((?:previously known as|nama lama)\\s*:\\s*(.+?)\\)\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** Reads the English page; keys without suffix. */
    Map<String, List<String>> parseEnglish(Document page) throws PageParseException {
        return english(values(page));
    }

    /** Reads the fetched English page, without a jsoup document when it is plain ({@link #values(FetchOutcome.Fetched)}). */
    Map<String, List<String>> parseEnglish(FetchOutcome.Fetched page) throws PageParseException {
        return english(values(page));
    }

    private static Map<String, List<String>> english(LabelledValues v) {
        RawFields f = new RawFields();
        provider(f, v.text("Name of Institution", "Institution"), "");
        return f.put(MqaField.TITLE, v.text("Name of Qualification", "Qualification"))
                .put(MqaField.REFERENCE, v.text("Reference No.", "Reference Number", "Reference No"))
                .put(MqaField.CERTIFICATE, v.text("Certificate Number", "Certificate No."))
                .put(MqaField.ACCREDITATION_DATE, v.text("Date of Accreditation (dd/mm/yyyy)", "Date of Accreditation"))
                .put(MqaField.VALIDITY, v.text("Validity", "Validity Period"))
                .put(MqaField.COMPLIANCE_AUDIT, v.text("Compliance Audit"))
                .put(MqaField.LEVEL, v.text("MQF Level", "Level"))
                .put(MqaField.NEC, v.text("NEC Field (National Education Code)", "NEC Field", "NEC"))
                .put(MqaField.CREDITS, v.text("Number of Credits", "No of Credits", "Credits"))
                .put(MqaField.HOURS, v.text("Notional Learning Hours", "Student Learning Time"))
                .put(MqaField.STUDY_MODE, v.text("Mode of Study"))
                .put(MqaField.DELIVERY_MODE, v.text("Mode of Delivery"))
                .put(MqaField.DURATION, v.textWithoutTable("Duration of Study"))
                .put(MqaField.LANGUAGE, v.text("Language of Instruction", "Medium of Instruction"))
                .put(MqaField.ASSESSMENT, v.text("Assessment"))
                .putAll(MqaField.OUTCOMES, v.items("Learning Outcomes"))
                .put(MqaField.REMARKS, v.text("Remark(s)", "Remarks", "Remark"))
                .build();
    }

    /** Reads the Malay page; every key carries the {@link MqaField#MALAY} suffix. */
    Map<String, List<String>> parseMalay(Document page) throws PageParseException {
        return malay(values(page));
    }

    /** Reads the fetched Malay page as {@link #parseEnglish(FetchOutcome.Fetched)} reads the English one. */
    Map<String, List<String>> parseMalay(FetchOutcome.Fetched page) throws PageParseException {
        return malay(values(page));
    }

    private static Map<String, List<String>> malay(LabelledValues v) {
        String ms = MqaField.MALAY;
        RawFields f = new RawFields();
        provider(f, v.text("Nama Institusi"), ms);
        return f.put(MqaField.TITLE + ms, v.text("Nama Kelayakan"))
                .put(MqaField.REFERENCE + ms, v.text("No. Rujukan", "No Rujukan"))
                .put(MqaField.CERTIFICATE + ms, v.text("No. Sijil"))
                .put(MqaField.ACCREDITATION_DATE + ms, v.text("Tarikh Akreditasi (hh/bb/tttt)", "Tarikh Akreditasi"))
                .put(MqaField.VALIDITY + ms, v.text("Tempoh Sah"))
                .put(MqaField.COMPLIANCE_AUDIT + ms, v.text("Audit Pematuhan"))
                .put(MqaField.LEVEL + ms, v.text("Tahap MQF"))
                .put(MqaField.NEC + ms, v.text("Bidang NEC"))
                .put(MqaField.CREDITS + ms, v.text("Bilangan Kredit"))
                .put(MqaField.HOURS + ms, v.text("Jam Pembelajaran Pelajar"))
                .put(MqaField.STUDY_MODE + ms, v.text("Mod Pengajian"))
                .put(MqaField.DELIVERY_MODE + ms, v.text("Mod Penyampaian"))
                .put(MqaField.DURATION + ms, v.textWithoutTable("Tempoh Pengajian"))
                .put(MqaField.LANGUAGE + ms, v.text("Bahasa Pengantar"))
                .put(MqaField.ASSESSMENT + ms, v.text("Penilaian"))
                .putAll(MqaField.OUTCOMES + ms, v.items("Hasil Pembelajaran"))
                .put(MqaField.REMARKS + ms, v.text("Catatan"))
                .build();
    }

    /**
     * A fetched page's pairs read from its bytes when the page is plain ({@link PlainTableScan#labelCells}: two
     * pages a record, most of their read was building a tree to read one table), else from its jsoup document.
     */
    private static LabelledValues values(FetchOutcome.Fetched page) throws PageParseException {
        LabelledValues scanned = PlainTableScan.labelCells(page.body(), page.charset(), LABEL_CLASS);
        return scanned != null ? nonEmpty(scanned) : values(HtmlPages.parse(page));
    }

    private static LabelledValues values(Document page) throws PageParseException {
        List<Element> labels = page.select(LABEL_CELLS);
        return nonEmpty(labels.isEmpty() ? tableRows(page) : LabelledValues.ofLabelCells(labels));
    }

    private static LabelledValues nonEmpty(LabelledValues v) throws PageParseException {
        if (v == null || v.isEmpty()) {
            throw new PageParseException("no label/value table (td.label) on the detail page");
        }
        return v;
    }

    private static LabelledValues tableRows(Document page) {
        Element table = page.selectFirst(TABLE);
        return table == null ? null : LabelledValues.ofTableRows(table);
    }

    private static void provider(RawFields f, String institution, String suffix) {
        if (institution == null) {
            return;
        }
        // most names have no note: the pattern's lazy prefix backtracks through the whole name before it fails
        Matcher m = endsWithNote(institution) ? FORMER_NAME.matcher(institution) : null;
        if (m != null && m.matches()) {
            f.put(MqaField.PROVIDER + suffix, m.group(1)).put(MqaField.PREVIOUS_NAME + suffix, m.group(2));
        } else {
            f.put(MqaField.PROVIDER + suffix, institution);
        }
    }

    /** Whether the text ends with {@code )} and optional whitespace, as every {@link #FORMER_NAME} match does. */
    private static boolean endsWithNote(String text) {
        int i = text.length() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && text.charAt(i) == ')';
    }
}
