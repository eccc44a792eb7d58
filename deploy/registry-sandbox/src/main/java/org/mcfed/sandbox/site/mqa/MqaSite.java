package org.mcfed.sandbox.site.mqa;

import org.mcfed.sandbox.core.Dates;
import org.mcfed.sandbox.core.Hash;
import org.mcfed.sandbox.core.Html;
import org.mcfed.sandbox.core.Lexicon;
import org.mcfed.sandbox.core.Patterns;
import org.mcfed.sandbox.core.Rand;
import org.mcfed.sandbox.core.SiteContext;
import org.mcfed.sandbox.fault.Malformation;
import org.mcfed.sandbox.http.HttpRequest;
import org.mcfed.sandbox.http.HttpResponse;
import org.mcfed.sandbox.site.LabelStyle;
import org.mcfed.sandbox.site.RegistrySite;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Malaysian Qualifications Register (docs/sources/mqa.md): ColdFusion-style table pages
 * in windows-1252, a listing of about 600 micro-credentials mixed among programme rows
 * (which connectors skip), English detail pages and full Malay ones under {@code /mqr/}. About
 * 10 % of micro-credentials are Malay-only: their English page shows the Malay title and outcomes.
 * Local id = the Reference No. (NoRujA), e.g. {@code MQA/SWA 0123}.
 */
public final class MqaSite extends RegistrySite {
    public static final String NAME = "mqa";
    static final int BASE_COUNT = 600;
    static final int BASE_PROGRAMMES = 400;
    static final int PAGE_SIZE = 25;
    static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String[] MODES_EN = {"Conventional", "Open and Distance Learning", "Online", "Blended"};
    private static final String[] MODES_MS = {"Konvensional", "Pembelajaran Terbuka dan Jarak Jauh", "Dalam Talian", "Teradun"};
    private static final double[] CREDITS = {1, 1.5, 2, 2.5, 3, 4, 5, 6};
    private static final double[] CREDIT_WEIGHTS = {20, 12, 18, 8, 20, 10, 7, 5};
    private static final double[] LEVEL_WEIGHTS = {2, 3, 10, 18, 10, 30, 20, 7};
    /** Share of micro-credentials registered in Malay only, in percent. */
    private static final int MALAY_ONLY_PERCENT = 10;
    private static final List<String> BILINGUAL = List.of("en", "ms");
    private static final List<String> MALAY = List.of("ms");
    private static final String[] TITLE_PATTERNS = {"Micro-credential in %s", "Micro-Credential: %s", "%s (Micro-credential)",
        "Micro-credential \u2013 %s"};

    private final List<String[]> topics = Lexicon.rows("mqa-topics");
    private final List<String[]> providers = Lexicon.rows("mqa-providers");
    private final List<String[]> programmeTypes = Lexicon.rows("mqa-programmes");
    private final List<String[]> assessments = Lexicon.rows("mqa-assessments");
    private final List<String[]> outcomes = Lexicon.rows("mqa-outcomes");
    private final int programmes;

    public MqaSite(SiteContext ctx) {
        super(ctx, NAME);
        programmes = ctx.scaled(BASE_PROGRAMMES);
        open(ctx.scaled(BASE_COUNT), 1);
    }

    /**
     * A garbage page's Validity is no date range, and the MQR states a record's status only through
     * it (an expired validity is archived): the record maps without a status, which COL requires.
     */
    @Override
    protected boolean mapsToInvalidRecord(Malformation m) {
        return m == Malformation.GARBAGE_VALUES;
    }

    /** Published no earlier than accredited. */
    @Override
    protected long initialUpdatedAt(int index) {
        long accredited = new Facts(index).validFrom.toEpochDay() * 86400 + 3600 * (index % 9 + 8);
        return Math.max(super.initialUpdatedAt(index), Math.min(accredited, ctx.epochSeconds() - 3600));
    }

    @Override
    public String entryPage() {
        return "/mqa/mqr/english/eakrmc.cfm?StartRow=1";
    }

    @Override
    public String localId(int index) {
        String n = Html.pad(index + 1, 4);
        return Hash.below(Hash.of(ctx.seed(), sourceHash, index, 0x5ace), 100) < 15 ? "MQA/SWA" + n : "MQA/SWA " + n;
    }

    private String programmeRef(int q) {
        int n = 5000 + q;
        switch (q % 3) {
            case 0: return "MQA/FA " + n;
            case 1: return "MQA/PA" + n;
            default: return "A " + n;
        }
    }

    /** Number of programme rows the listing mixes in (not micro-credentials; not in the truth). */
    public int programmeCount() {
        return programmes;
    }

    @Override
    public String sourceStatus(int index, int revision) {
        return new Facts(index).expired ? "Expired" : "Valid";
    }

    @Override
    public boolean archived(int index, int revision) {
        return new Facts(index).expired;
    }

    /** Whether the micro-credential has no English title (stable across revisions). */
    public boolean malayOnly(int index) {
        return inStableShare(index, 0x3a1aL, MALAY_ONLY_PERCENT);
    }

    @Override
    public String concept(int index) {
        return new Facts(index).topic[4];
    }

    @Override
    public List<String> languages(int index) {
        return malayOnly(index) ? MALAY : BILINGUAL;
    }

    @Override
    public HttpResponse serve(HttpRequest req, String subPath) {
        switch (subPath) {
            case "/mqr/english/eakrmc.cfm":
                return listing(intParam(req, "StartRow", 1));
            case "/mqr/english/epapar.cfm":
                return detail(req, false);
            case "/mqr/epapar.cfm":
                return detail(req, true);
            default:
                return HttpResponse.notFound(req.path());
        }
    }

    public static String detailPath(String ref, String idAkrKP, boolean malay) {
        return "/mqa/mqr/" + (malay ? "" : "english/") + "epapar.cfm?NoRujA=" + Html.urlEncode(ref) + "&IdAkrKP=" + idAkrKP;
    }

    @Override
    public String recordPath(int index) {
        return detailPath(localId(index), new Facts(index).provider[0], false);
    }

    private HttpResponse detail(HttpRequest req, boolean malay) {
        String ref = req.param("NoRujA");
        if (ref == null || ref.isBlank()) {
            throw new BadRequest("NoRujA is required");
        }
        int n = trailingNumber(ref);
        if (ref.startsWith("MQA/SWA")) {
            int index = n - 1;
            if (index >= 0 && ledger.isLive(index) && localId(index).equals(ref)) {
                return microDetail(index, malay);
            }
        } else {
            int q = n - 5000;
            if (q >= 0 && q < programmes && programmeRef(q).equals(ref)) {
                return programmeDetail(q, malay);
            }
        }
        return HttpResponse.notFound("NoRujA " + ref);
    }

    private static int trailingNumber(String s) {
        int end = s.length();
        int start = end;
        while (start > 0 && Character.isDigit(s.charAt(start - 1))) {
            start--;
        }
        if (start == end || end - start > 9) {
            return -1;
        }
        return Integer.parseInt(s.substring(start, end));
    }

    /** Stable facts of a micro-credential. */
    private final class Facts {
        final String[] topic;
        final String[] provider;
        final String titlePattern;
        final int level;
        final double credits;
        final boolean expired;
        final LocalDate validFrom;
        final LocalDate validTo;
        final boolean levelWord;
        final long styleBits;
        final long missingBits;
        final boolean malayOnly;

        Facts(int index) {
            Rand s = stable(index);
            topic = s.pick(topics);
            provider = s.pick(providers);
            titlePattern = s.pick(TITLE_PATTERNS);
            level = 1 + s.weighted(LEVEL_WEIGHTS);
            credits = CREDITS[s.weighted(CREDIT_WEIGHTS)];
            expired = s.chance(0.15);
            LocalDate epoch = Dates.day(ctx.epochSeconds());
            // validity ends well clear of the epoch, so "expired" holds whether read at the epoch or today
            validTo = expired ? epoch.minusDays(s.between(1, 700)) : epoch.plusDays(s.between(2 * 365 + 30, 5 * 365));
            validFrom = validTo.minusYears(s.chance(0.7) ? 3 : 5).plusDays(1);
            levelWord = s.chance(0.3);
            styleBits = s.nextLong();
            missingBits = s.nextLong();
            malayOnly = malayOnly(index);
        }

        boolean missing(int slot, int percent) {
            return Hash.below(Hash.of(missingBits, slot), 100) < percent;
        }

        String titleMs() {
            return "Mikrokredensial " + topic[3];
        }

        /**
         * The title the English pages show. A Malay-only micro-credential shows its Malay title,
         * in one of the small differences real pages have (case, a colon).
         */
        String titleShownInEnglish() {
            if (!malayOnly) {
                return Patterns.fill(titlePattern, topic[2]);
            }
            switch (Hash.below(Hash.of(styleBits, 0x717eL), 4)) {
                case 0: return titleMs().toUpperCase(Locale.ROOT);
                case 1: return "Mikrokredensial: " + topic[3];
                default: return titleMs();
            }
        }
    }

    private HttpResponse listing(int startRow) {
        if (startRow < 1) {
            throw new BadRequest("StartRow must be 1 or more");
        }
        int micro = ledger.liveCount(0);
        int total = micro + programmes;
        int dup = faults.spec().duplicateRows();
        int from = startRow - 1;
        int shownFrom = startRow > 1 ? Math.max(0, from - dup) : from;
        int to = Math.min(total, from + PAGE_SIZE);
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\n")
          .append("<title>MQR - Malaysian Qualifications Register</title>\n</head>\n<body bgcolor=\"#FFFFFF\">\n")
          .append("<p><a href=\"/mqa/mqr/eakrmc.cfm?StartRow=1\">Versi Bahasa Melayu</a></p>\n")
          .append("<p><b>MICRO-CREDENTIALS AND PROGRAMMES</b> &nbsp; Records ").append(total == 0 ? 0 : from + 1).append(" - ")
          .append(to).append(" of ").append(total).append("</p>\n")
          .append("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n")
          .append("<tr bgcolor=\"#CCCCCC\"><th>No.</th><th>NAME OF QUALIFICATION</th><th>TYPE</th><th>NO OF CREDITS</th><th>NEC FIELD</th></tr>\n");
        for (int pos = shownFrom; pos < to; pos++) {
            long row = rowAt(pos, micro);
            boolean programme = row < 0;
            int idx = (int) (programme ? -row - 1 : row);
            sb.append("<tr><td>").append(pos + 1).append(".</td><td>");
            if (programme) {
                Rand s = new Rand(Hash.of(ctx.seed(), sourceHash, idx, 0x9a06));
                String[] type = s.pick(programmeTypes);
                String[] topic = s.pick(topics);
                String[] provider = s.pick(providers);
                sb.append("<a href=\"").append(Html.esc(detailPath(programmeRef(idx), provider[0], false))).append("\">")
                  .append(Html.escLatin(Patterns.fill(type[1], topic[2]))).append("</a></td><td>").append(type[0])
                  .append("</td><td>").append(type[3]).append("</td><td>").append(topic[0]).append(" - ").append(Html.esc(topic[1]));
            } else {
                int index = ledger.liveAt(0, idx);
                Facts f = new Facts(index);
                sb.append("<a href=\"").append(Html.esc(detailPath(localId(index), f.provider[0], false))).append("\">")
                  .append(Html.escLatin(f.titleShownInEnglish())).append("</a></td><td>Micro-credential</td><td>")
                  .append(credits(f.credits)).append("</td><td>").append(f.topic[0]).append(" - ").append(Html.esc(f.topic[1]));
            }
            sb.append("</td></tr>\n");
        }
        sb.append("</table>\n<p>");
        if (from > 0) {
            sb.append("<a href=\"/mqa/mqr/english/eakrmc.cfm?StartRow=").append(Math.max(1, startRow - PAGE_SIZE)).append("\">Previous 25 Records</a> &nbsp; ");
        }
        if (to < total) {
            int page = from / PAGE_SIZE + 1;
            int loop = faults.spec().loopAfterPage();
            int next = loop > 0 && page >= loop ? 1 : startRow + PAGE_SIZE;
            sb.append("<a href=\"/mqa/mqr/english/eakrmc.cfm?StartRow=").append(next).append("\">Next 25 Records</a>");
        }
        sb.append("</p>\n</body>\n</html>\n");
        return page(sb.toString(), CP1252, "windows-1252", "text/html", ledger.lastChange());
    }

    /**
     * What the listing shows at a position: micro-credential live position (>= 0) or programme
     * (-q-1). Groups of five rows (three micro-credentials, two programmes) while both last.
     */
    long rowAt(int pos, int micro) {
        int groups = Math.min(micro / 3, programmes / 2);
        if (pos < groups * 5) {
            int g = pos / 5;
            int o = pos % 5;
            return o < 3 ? 3L * g + o : -(2L * g + (o - 3)) - 1;
        }
        int rest = pos - groups * 5;
        int microLeft = micro - groups * 3;
        return rest < microLeft ? groups * 3L + rest : -(groups * 2L + (rest - microLeft)) - 1;
    }

    private static String credits(double c) {
        return c == Math.rint(c) ? Integer.toString((int) c) : Double.toString(c);
    }

    private HttpResponse microDetail(int index, boolean malay) {
        Facts f = new Facts(index);
        Rand r = revised(index, ledger.revision(index));
        r.nextLong(); // the status draw every registry reserves
        Malformation bad = faults.malformation(index);
        boolean garbage = bad == Malformation.GARBAGE_VALUES;
        LabelStyle style = new LabelStyle(f.styleBits);
        List<String[]> rows = new ArrayList<>(20);
        String institution = malay ? f.provider[3] : f.provider[1];
        if (!f.provider[2].isEmpty()) {
            institution += malay ? " (Nama Lama : " + f.provider[2] + ")" : " (Previously known as : " + f.provider[2] + ")";
        }
        rows.add(row(style, malay ? "Nama Institusi" : "Name of Institution", Html.escLatin(institution)));
        if (bad != Malformation.MISSING_TITLE) {
            String title = malay ? f.titleMs() : f.titleShownInEnglish();
            rows.add(row(style, malay ? "Nama Kelayakan" : "Name of Qualification", Html.escLatin(title)));
        }
        rows.add(row(style, malay ? "No. Rujukan" : "Reference No.", Html.esc(localId(index))));
        if (!f.missing(0, 40)) {
            rows.add(row(style, malay ? "No. Sijil" : "Certificate Number", "MC" + f.validFrom.getYear() + "/" + Html.pad(index + 1, 5)));
        }
        rows.add(row(style, malay ? "Tarikh Akreditasi (hh/bb/tttt)" : "Date of Accreditation (dd/mm/yyyy)",
                garbage ? "00/13/20XX" : Dates.dmy(f.validFrom)));
        rows.add(row(style, malay ? "Tempoh Sah" : "Validity",
                garbage ? "sehingga dimaklumkan" : Dates.dmy(f.validFrom) + " - " + Dates.dmy(f.validTo)));
        if (!f.missing(1, 20)) {
            boolean audited = r.chance(0.5) && f.validFrom.plusYears(1).isBefore(Dates.day(ledger.updatedAt(index)));
            rows.add(row(style, malay ? "Audit Pematuhan" : "Compliance Audit",
                    !audited ? "" : (malay ? "Selesai pada " : "Completed on ") + Dates.dmy(f.validFrom.plusYears(1))));
        }
        String level = garbage ? "Tahap ?" : f.levelWord ? (malay ? "Tahap " : "Level ") + f.level : Integer.toString(f.level);
        rows.add(row(style, malay ? "Tahap MQF" : "MQF Level", level));
        rows.add(row(style, malay ? "Bidang NEC" : "NEC Field (National Education Code)", f.topic[0] + " - " + Html.esc(f.topic[1])));
        rows.add(row(style, malay ? "Bilangan Kredit" : "Number of Credits", garbage ? "N/A" : credits(f.credits)));
        if (!f.missing(2, 10)) {
            rows.add(row(style, malay ? "Jam Pembelajaran Pelajar" : "Notional Learning Hours", Integer.toString((int) (f.credits * 40))));
        }
        boolean partTime = r.chance(0.7);
        rows.add(row(style, malay ? "Mod Pengajian" : "Mode of Study",
                malay ? (partTime ? "Separuh Masa" : "Sepenuh Masa") : (partTime ? "Part Time" : "Full Time")));
        int mode = r.nextInt(MODES_EN.length);
        if (!f.missing(3, 15)) {
            rows.add(row(style, malay ? "Mod Penyampaian" : "Mode of Delivery", malay ? MODES_MS[mode] : MODES_EN[mode]));
        }
        int weeks = Math.max(2, (int) Math.round(f.credits * 3 + r.nextInt(4)));
        rows.add(row(style, malay ? "Tempoh Pengajian" : "Duration of Study", weeks + (malay ? " minggu" : " week/s")));
        if (!f.missing(4, 15)) {
            int drawn = r.nextInt(3); // drawn for Malay-only ones too, so the draws after it stay as they were
            int lang = f.malayOnly ? 1 : drawn;
            String[] en = {"English", "Bahasa Melayu", "English and Bahasa Melayu"};
            String[] ms = {"Bahasa Inggeris", "Bahasa Melayu", "Bahasa Inggeris dan Bahasa Melayu"};
            rows.add(row(style, malay ? "Bahasa Pengantar" : "Language of Instruction", malay ? ms[lang] : en[lang]));
        }
        String[] assessment = r.pick(assessments);
        if (!f.missing(5, 15)) {
            rows.add(row(style, malay ? "Penilaian" : "Assessment", Html.esc(malay ? assessment[1] : assessment[0])));
        }
        StringBuilder lo = new StringBuilder("<ol>");
        int n = r.between(2, 4);
        int start = r.nextInt(outcomes.size());
        // a Malay-only micro-credential states its outcomes in Malay on the English page too
        boolean msOutcomes = malay || f.malayOnly;
        for (int i = 0; i < n; i++) {
            String[] o = outcomes.get((start + i * 3) % outcomes.size());
            lo.append("<li>").append(Html.escLatin(msOutcomes ? o[1].replace("{topik}", f.topic[3]) : o[0].replace("{topic}", f.topic[2])))
              .append("</li>");
        }
        rows.add(row(style, malay ? "Hasil Pembelajaran" : "Learning Outcomes", lo.append("</ol>").toString()));
        if (!f.missing(6, 50)) {
            String towards = "Bachelor of " + f.topic[2] + " (Hons) (N/" + f.topic[0].substring(0, 3) + "/6/" + Html.pad(r.nextInt(10000), 4) + ")";
            rows.add(row(style, malay ? "Catatan" : "Remark(s)", Html.escLatin((malay ? "Boleh disusun ke arah " : "Stackable towards ") + towards)));
        }
        String body = detailPage(rows, malay, detailPath(localId(index), f.provider[0], !malay), "windows-1252");
        // WRONG_CHARSET: UTF-8 bytes under the windows-1252 declaration, so en dashes turn to mojibake
        Charset encoding = bad == Malformation.WRONG_CHARSET ? StandardCharsets.UTF_8 : CP1252;
        return recordPage(body, encoding, "windows-1252", ledger.updatedAt(index));
    }

    private HttpResponse programmeDetail(int q, boolean malay) {
        Rand s = new Rand(Hash.of(ctx.seed(), sourceHash, q, 0x9a06));
        String[] type = s.pick(programmeTypes);
        String[] topic = s.pick(topics);
        String[] provider = s.pick(providers);
        LabelStyle style = new LabelStyle(0);
        List<String[]> rows = new ArrayList<>();
        rows.add(row(style, malay ? "Nama Institusi" : "Name of Institution", Html.escLatin(malay ? provider[3] : provider[1])));
        rows.add(row(style, malay ? "Nama Kelayakan" : "Name of Qualification", Html.escLatin(Patterns.fill(type[1], topic[2]))));
        rows.add(row(style, malay ? "No. Rujukan" : "Reference No.", Html.esc(programmeRef(q))));
        rows.add(row(style, malay ? "Tahap MQF" : "MQF Level", type[2]));
        rows.add(row(style, malay ? "Bidang NEC" : "NEC Field (National Education Code)", topic[0] + " - " + Html.esc(topic[1])));
        rows.add(row(style, malay ? "Bilangan Kredit" : "Number of Credits", type[3]));
        rows.add(row(style, malay ? "Tempoh Pengajian" : "Duration of Study",
                "<table border=\"1\"><tr><th>" + (malay ? "Mod" : "Mode") + "</th><th>" + (malay ? "Minimum" : "Minimum") + "</th><th>"
                        + (malay ? "Maksimum" : "Maximum") + "</th></tr><tr><td>" + (malay ? "Sepenuh Masa" : "Full Time")
                        + "</td><td>" + (2 + s.nextInt(3)) + " " + (malay ? "tahun" : "year/s") + "</td><td>" + (5 + s.nextInt(3)) + " "
                        + (malay ? "tahun" : "year/s") + "</td></tr></table>"));
        String body = detailPage(rows, malay, detailPath(programmeRef(q), provider[0], !malay), "windows-1252");
        return page(body, CP1252, "windows-1252", "text/html", ledger.lastChange());
    }

    private static String detailPage(List<String[]> rows, boolean malay, String otherLanguage, String declared) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<html><head><meta charset=\"").append(declared).append("\"><title>MQR - ")
          .append(malay ? "Maklumat Program" : "Programme Details").append("</title></head><body>\n")
          .append("<p><a href=\"").append(Html.esc(otherLanguage)).append("\">").append(malay ? "English Version" : "Versi Bahasa Melayu")
          .append("</a></p>\n<table width=\"90%\" border=\"0\">\n");
        for (String[] row : rows) {
            sb.append("<tr><td class=\"label\">").append(row[0]).append("</td><td>").append(row[1]).append("</td></tr>\n");
        }
        return sb.append("</table></body></html>\n").toString();
    }

    private static String[] row(LabelStyle style, String label, String valueHtml) {
        return new String[] {Html.esc(style.apply(label)), valueHtml};
    }
}
