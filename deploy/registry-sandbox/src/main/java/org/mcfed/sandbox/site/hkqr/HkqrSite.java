package org.mcfed.sandbox.site.hkqr;

import org.mcfed.sandbox.core.Dates;
import org.mcfed.sandbox.core.Hash;
import org.mcfed.sandbox.core.Html;
import org.mcfed.sandbox.core.Lexicon;
import org.mcfed.sandbox.core.Permutation;
import org.mcfed.sandbox.core.Rand;
import org.mcfed.sandbox.core.SiteContext;
import org.mcfed.sandbox.fault.Malformation;
import org.mcfed.sandbox.http.HttpRequest;
import org.mcfed.sandbox.http.HttpResponse;
import org.mcfed.sandbox.site.LabelStyle;
import org.mcfed.sandbox.site.RegistrySite;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Hong Kong Qualifications Register (docs/sources/hkqr.md): a result table 50 rows a page
 * (Current and Upcoming; Archived with {@code status=archived}) and {@code table.qr-detail}
 * pages in English ({@code hkqr-en}), Traditional Chinese ({@code hkqr-tc}) and Simplified
 * Chinese ({@code hkqr-sc}). About 8 % of qualifications have no English title (Chinese-only).
 * At scale 1 the 4,376 initial records match the published QF level x credit table cell for cell.
 * Local id = the QR registration number, e.g. {@code 22/000567/L4}.
 */
public final class HkqrSite extends RegistrySite {
    public static final String NAME = "hkqr";
    static final int PAGE_SIZE = 50;
    static final int CURRENT = 0;
    static final int ARCHIVED = 1;
    /** Share of qualifications registered with a Chinese title only, in percent. */
    private static final int CHINESE_ONLY_PERCENT = 8;
    private static final List<String> BILINGUAL = List.of("en", "zh-Hant", "zh-Hans");
    private static final List<String> CHINESE = List.of("zh-Hant", "zh-Hans");
    private static final String[] STATUS_EN = {"Current", "Upcoming", "Archived"};
    private static final String[] STATUS_TC = {"現行", "即將生效", "已歸檔"};
    private static final double[] STATUS_WEIGHTS = {80, 4, 16};
    private static final String[] CAT = {"No CAT", "CAT(I)", "CAT(P)", "CAT(R)", "CAT(PR)"};
    private static final double[] CAT_WEIGHTS = {64.5, 32, 3, 0.3, 0.2};
    private static final String[] ATTEND_EN = {"Full-time", "Part-time", "Mixed mode"};
    private static final String[] ATTEND_TC = {"全日制", "兼讀制", "混合模式"};
    private static final String[] DELIVER_EN = {"Face-to-face", "Online", "Blended"};
    private static final String[] DELIVER_TC = {"面授", "網上", "混合"};
    private static final String[][] ENTRY = {{"Form 5 or equivalent", "中五程度或同等學歷"}, {"Aged 18 or above", "年滿18歲"},
        {"A Level 3 qualification in a related area", "具相關範疇第三級資歷"}, {"Working in the industry", "現職相關行業"}};
    private static final String[][] COUNTRY = {{"Hong Kong", "香港"}, {"United Kingdom", "英國"}, {"Australia", "澳洲"}};

    private final List<String[]> topics = Lexicon.rows("hkqr-topics");
    private final List<String[]> operators = Lexicon.rows("hkqr-operators");
    private final List<String> outcomesEn = Lexicon.words("outcomes-en");
    private final List<String> outcomesZh = Lexicon.words("hkqr-outcomes-zh");
    private final List<String[]>[] typesByLevel;
    /** Credit band bounds, rows of the distribution table. */
    private final int[][] bands;
    /** Base table, [band][level-1]. */
    private final int[][] table;
    /** Cumulative scaled counts over cells in row-major order. */
    private final int[] cumulative;
    private final int initial;
    private final Permutation perm;

    @SuppressWarnings("unchecked")
    public HkqrSite(SiteContext ctx) {
        super(ctx, NAME);
        List<String[]> rows = Lexicon.rows("hkqr-distribution");
        bands = new int[rows.size()][2];
        table = new int[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            bands[i][0] = Integer.parseInt(r[0]);
            bands[i][1] = Integer.parseInt(r[1]);
            table[i] = new int[r.length - 2];
            for (int j = 2; j < r.length; j++) {
                table[i][j - 2] = Integer.parseInt(r[j]);
            }
        }
        int levels = table[0].length;
        cumulative = new int[bands.length * levels];
        int sum = 0;
        for (int b = 0; b < bands.length; b++) {
            for (int l = 0; l < levels; l++) {
                sum += (int) Math.round(table[b][l] * ctx.scale());
                cumulative[b * levels + l] = sum;
            }
        }
        initial = Math.max(1, sum);
        typesByLevel = new List[8];
        for (int l = 0; l < 8; l++) {
            typesByLevel[l] = new ArrayList<>();
        }
        for (String[] t : Lexicon.rows("hkqr-types")) {
            typesByLevel[Integer.parseInt(t[0])].add(t);
        }
        perm = new Permutation(initial, Hash.of(ctx.seed(), sourceHash, 4376));
        open(initial, 2);
    }

    /** The published table as loaded: [credit band][QF level - 1]. */
    public int[][] publishedTable() {
        int[][] copy = new int[table.length][];
        for (int i = 0; i < table.length; i++) {
            copy[i] = table[i].clone();
        }
        return copy;
    }

    /** Credit band bounds: [band] = {from, to}. */
    public int[][] creditBands() {
        return bands.clone();
    }

    @Override
    public String entryPage() {
        return "/hkqr" + HkqrEdition.EN.path + "result?page=1&maxCredit=59";
    }

    /** The cell (band * levels + level-1) a record falls in. */
    private int cellOf(int index) {
        int levels = table[0].length;
        if (index < initial) {
            int p = perm.apply(index);
            int pos = Arrays.binarySearch(cumulative, p + 1);
            int cell = pos >= 0 ? pos : -pos - 1;
            while (cell > 0 && cumulative[cell - 1] == cumulative[cell] && cumulative[cell - 1] >= p + 1) {
                cell--;
            }
            return cell;
        }
        double[] weights = new double[bands.length * levels];
        for (int b = 0; b < bands.length; b++) {
            for (int l = 0; l < levels; l++) {
                weights[b * levels + l] = table[b][l];
            }
        }
        return new Rand(Hash.of(ctx.seed(), sourceHash, index, 0xce11)).weighted(weights);
    }

    public int level(int index) {
        return cellOf(index) % table[0].length + 1;
    }

    public int credit(int index) {
        int band = cellOf(index) / table[0].length;
        int lo = bands[band][0];
        int hi = bands[band][1];
        return lo + Hash.below(Hash.of(ctx.seed(), sourceHash, index, 0xc4ed), hi - lo + 1);
    }

    private int registrationYear(int index) {
        return Dates.day(ctx.epochSeconds()).getYear() - 1 - Hash.below(Hash.of(ctx.seed(), sourceHash, index, 0x9ea4), 8);
    }

    @Override
    public String localId(int index) {
        return Html.pad(registrationYear(index) % 100, 2) + "/" + Html.pad(index + 1, 6) + "/L" + level(index);
    }

    private int status(int index, int revision) {
        return revised(index, revision).weighted(STATUS_WEIGHTS);
    }

    @Override
    public String sourceStatus(int index, int revision) {
        return STATUS_EN[status(index, revision)];
    }

    @Override
    public boolean archived(int index, int revision) {
        return status(index, revision) == 2;
    }

    @Override
    protected int category(int index, int revision) {
        return archived(index, revision) ? ARCHIVED : CURRENT;
    }

    /** Whether the qualification has no English title (stable across revisions). */
    public boolean chineseOnly(int index) {
        return inStableShare(index, 0x2c0eL, CHINESE_ONLY_PERCENT);
    }

    @Override
    public String concept(int index) {
        return new View(index).topic[4];
    }

    /** Chinese-only entries publish their title in Traditional and Simplified; the others in English too. */
    @Override
    public List<String> languages(int index) {
        return chineseOnly(index) ? CHINESE : BILINGUAL;
    }

    @Override
    public HttpResponse serve(HttpRequest req, String subPath) {
        if (subPath.equals(HkqrEdition.EN.path + "result")) {
            return listing(intParam(req, "page", 1), "archived".equalsIgnoreCase(req.param("status")));
        }
        for (HkqrEdition edition : HkqrEdition.values()) {
            if (subPath.equals(edition.path + "detail")) {
                return detail(req, edition);
            }
        }
        return HttpResponse.notFound(req.path());
    }

    @Override
    public String recordPath(int index) {
        return "/hkqr/HKQRPRD/web/hkqr-en/search/detail?regNo=" + Html.urlEncode(localId(index));
    }

    private HttpResponse detail(HttpRequest req, HkqrEdition edition) {
        String regNo = req.param("regNo");
        if (regNo == null || regNo.isBlank()) {
            throw new BadRequest("regNo is required");
        }
        String[] parts = regNo.trim().split("/");
        if (parts.length == 3) {
            try {
                int index = Integer.parseInt(parts[1]) - 1;
                if (index >= 0 && ledger.isLive(index) && localId(index).equals(regNo.trim())) {
                    return detail(index, edition);
                }
            } catch (NumberFormatException e) {
                // not a registration number: 404 below
            }
        }
        return HttpResponse.notFound("regNo " + regNo);
    }

    /** What a record shows, stable and revised parts together. */
    private final class View {
        final String[] topic;
        final String[] type;
        final String[] operator;
        final String[] awardingBody;
        final String[] country;
        final int level;
        final int credit;
        final int status;
        final LocalDate from;
        final LocalDate to;
        final int attend;
        final int deliver;
        final int cat;
        final boolean chineseOnly;
        final boolean lengthInMonths;
        final long missingBits;
        final Rand r;

        View(int index) {
            Rand s = stable(index);
            level = level(index);
            credit = credit(index);
            topic = s.pick(topics);
            List<String[]> types = typesByLevel[level];
            type = s.pick(types);
            operator = s.pick(operators);
            awardingBody = s.chance(0.8) ? operator : s.pick(operators);
            int c = s.weighted(95, 3, 2);
            country = COUNTRY[c];
            cat = s.weighted(CAT_WEIGHTS);
            chineseOnly = chineseOnly(index);
            lengthInMonths = s.chance(0.3);
            missingBits = s.nextLong();
            r = revised(index, ledger.revision(index));
            status = r.weighted(STATUS_WEIGHTS);
            LocalDate epoch = Dates.day(ctx.epochSeconds());
            // registered in the year its number carries; validity follows from the status
            LocalDate registered = LocalDate.of(registrationYear(index), 1, 1)
                    .plusDays(Hash.below(Hash.of(ctx.seed(), sourceHash, index, 0xd0d), 365));
            if (!registered.isBefore(epoch)) {
                registered = epoch.minusDays(1);
            }
            if (status == 0) {
                from = registered;
                to = r.chance(0.6) ? null : epoch.plusDays(r.between(2 * 365 + 30, 5 * 365));
            } else if (status == 1) {
                from = epoch.plusDays(r.between(20, 200));
                to = r.chance(0.6) ? null : from.plusYears(3).minusDays(1);
            } else {
                from = registered;
                LocalDate end = registered.plusYears(3).minusDays(1);
                LocalDate latest = epoch.minusDays(r.between(1, 300));
                LocalDate capped = end.isBefore(latest) ? end : latest;
                to = capped.isBefore(from) ? epoch.minusDays(1) : capped;
            }
            attend = r.weighted(20, 70, 10);
            deliver = r.weighted(60, 15, 25);
        }

        String titleEn() {
            return type[1] + " in " + topic[2];
        }

        String titleZh() {
            return topic[3] + type[2];
        }

        /** The title English pages and the listing show: the Chinese one when there is no English title. */
        String titleShownInEnglish() {
            return chineseOnly ? titleZh() : titleEn();
        }

        String validity(boolean chinese) {
            return Dates.dmy(from) + " - " + (to == null ? (chinese ? "持續有效" : "On-going") : Dates.dmy(to));
        }

        boolean missing(int slot, int percent) {
            return Hash.below(Hash.of(missingBits, slot), 100) < percent;
        }
    }

    private HttpResponse listing(int page, boolean archived) {
        if (page < 1) {
            throw new BadRequest("page must be 1 or more");
        }
        int category = archived ? ARCHIVED : CURRENT;
        int total = ledger.liveCount(category);
        int from = (page - 1) * PAGE_SIZE;
        int to = Math.min(total, from + PAGE_SIZE);
        int shownFrom = page > 1 ? Math.max(0, from - faults.spec().duplicateRows()) : from;
        String statusParam = archived ? "&amp;status=archived" : "";
        StringBuilder sb = new StringBuilder(16384);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Search Result - HKQR</title></head><body>\n")
          .append("<div class=\"result-summary\">").append(total).append(" record(s) found</div>\n<table id=\"qr-result\">\n")
          .append("<tr><th>QR Registration No.</th><th>Qualification Title</th><th>QF Level</th><th>QF Credit</th><th>Operator</th><th>Validity Period</th></tr>\n");
        for (int pos = shownFrom; pos < to; pos++) {
            int index = ledger.liveAt(category, pos);
            View v = new View(index);
            String id = localId(index);
            sb.append("<tr><td><a href=\"detail?regNo=").append(Html.urlEncode(id)).append("\">").append(id).append("</a></td><td>")
              .append(Html.esc(v.titleShownInEnglish())).append("</td><td>").append(v.level).append("</td><td>").append(v.credit).append("</td><td>")
              .append(Html.esc(v.operator[0])).append("</td><td>").append(v.validity(false)).append("</td></tr>\n");
        }
        sb.append("</table>\n<div class=\"pager\">");
        if (page > 1) {
            sb.append("<a class=\"prev\" href=\"result?page=").append(page - 1).append("&amp;maxCredit=59").append(statusParam).append("\">Previous</a> ");
        }
        if (to < total) {
            int loop = faults.spec().loopAfterPage();
            sb.append("<a class=\"next\" href=\"result?page=").append(loop > 0 && page >= loop ? 1 : page + 1).append("&amp;maxCredit=59")
              .append(statusParam).append("\">Next</a>");
        }
        sb.append("</div>\n</body></html>\n");
        return page(sb.toString(), StandardCharsets.UTF_8, "utf-8", "text/html", ledger.lastChange());
    }

    private HttpResponse detail(int index, HkqrEdition edition) {
        boolean zh = edition.chinese();
        View v = new View(index);
        Rand r = v.r;
        Malformation bad = faults.malformation(index);
        boolean garbage = bad == Malformation.GARBAGE_VALUES;
        LabelStyle style = new LabelStyle(v.missingBits);
        List<String[]> rows = new ArrayList<>(20);
        rows.add(row(style, zh ? "資歷名冊登記號碼" : "QR Registration No.", localId(index)));
        if (bad != Malformation.MISSING_TITLE) {
            if (zh) {
                boolean plain = Hash.below(v.missingBits, 10) < 7;
                rows.add(row(style, plain ? "資歷名稱" : "資歷名稱（中文）", Html.esc(v.titleZh())));
                if (!v.chineseOnly) {
                    rows.add(row(style, "資歷名稱（英文）", Html.esc(v.titleEn())));
                }
            } else {
                rows.add(row(style, "Qualification Title", Html.esc(v.titleShownInEnglish())));
                if (!v.chineseOnly && !v.missing(0, 5)) {
                    rows.add(row(style, "Qualification Title (Chinese)", Html.esc(v.titleZh())));
                }
            }
        }
        rows.add(row(style, zh ? "資歷類別" : "Qualification Type", Html.esc(zh ? v.type[2] : v.type[1])));
        rows.add(row(style, zh ? "資歷級別" : "QF Level", garbage ? "Level ?" : Integer.toString(v.level)));
        rows.add(row(style, zh ? "資歷學分" : "QF Credit", garbage ? "N/A" : Integer.toString(v.credit)));
        rows.add(row(style, zh ? "營辦者" : "Operator", Html.esc(zh ? v.operator[1] : v.operator[0])));
        if (!v.missing(1, 10)) {
            rows.add(row(style, zh ? "頒授機構" : "Awarding Body", Html.esc(zh ? v.awardingBody[1] : v.awardingBody[0])));
            rows.add(row(style, zh ? "頒授機構所屬國家或地區" : "Awarding Body Country / Region", zh ? v.country[1] : v.country[0]));
        }
        rows.add(row(style, zh ? "學科及培訓範疇" : "Area of Study and Training", Html.esc(v.topic[0])));
        if (!v.missing(2, 25)) {
            rows.add(row(style, zh ? "子範疇" : "Sub-area", Html.esc(v.topic[1])));
        }
        if (!v.missing(3, 10)) {
            rows.add(row(style, zh ? "授課模式" : "Mode of Delivery",
                    zh ? ATTEND_TC[v.attend] + "、" + DELIVER_TC[v.deliver] : ATTEND_EN[v.attend] + ", " + DELIVER_EN[v.deliver]));
        }
        rows.add(row(style, zh ? "登記有效期" : "Registration Validity Period", garbage ? "TBC - ???" : v.validity(zh)));
        rows.add(row(style, zh ? "登記狀態" : "Registration Status", zh ? STATUS_TC[v.status] : STATUS_EN[v.status]));
        if (!v.missing(4, 10)) {
            rows.add(row(style, zh ? "學分累積及轉移類別" : "CAT Type", CAT[v.cat]));
        }
        if (!v.missing(5, 20)) {
            int hours = v.credit * 10;
            String len = v.lengthInMonths ? Math.max(1, hours / 40) + (zh ? " 個月" : " months") : hours + (zh ? " 小時" : " hours");
            rows.add(row(style, zh ? "課程長度" : "Programme Length", len));
        }
        StringBuilder lo = new StringBuilder("<ul>");
        int n = r.between(2, 4);
        int start = r.nextInt(outcomesEn.size());
        // a qualification without an English title states its outcomes in Chinese on every page
        boolean zhOutcomes = zh || v.chineseOnly;
        for (int i = 0; i < n; i++) {
            String o = zhOutcomes ? outcomesZh.get((start + i) % outcomesZh.size()).replace("{topic}", v.topic[3])
                    : outcomesEn.get((start + i * 5) % outcomesEn.size()).replace("{topic}", v.topic[2]);
            lo.append("<li>").append(Html.esc(o)).append("</li>");
        }
        rows.add(row(style, zh ? "學習成果" : "Learning Outcomes", lo.append("</ul>").toString()));
        if (!v.missing(6, 30)) {
            String[] e = ENTRY[r.nextInt(ENTRY.length)];
            rows.add(row(style, zh ? "入學要求" : "Entry Requirements", Html.esc(zh ? e[1] : e[0])));
        }
        String declared = bad == Malformation.WRONG_CHARSET ? "windows-1252" : "utf-8";
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(edition.lang).append("\"><head><meta charset=\"").append(declared)
          .append("\"><title>").append(edition.script(zh ? "資歷詳情 - 資歷名冊" : "Qualification Details - HKQR")).append("</title></head><body>\n")
          .append("<p class=\"lang\">");
        for (HkqrEdition other : HkqrEdition.values()) {
            if (other != edition) {
                sb.append("<a href=\"/hkqr").append(other.path).append("detail?regNo=").append(Html.urlEncode(localId(index)))
                  .append("\">").append(other.linkText).append("</a> ");
            }
        }
        sb.append("</p>\n<table class=\"qr-detail\">\n");
        // the Simplified page is the Traditional one in Simplified characters, label by label and value by value
        for (String[] row : rows) {
            sb.append("<tr><th>").append(edition.script(row[0])).append("</th><td>").append(edition.script(row[1])).append("</td></tr>\n");
        }
        sb.append("</table></body></html>\n");
        return recordPage(sb.toString(), StandardCharsets.UTF_8, declared, ledger.updatedAt(index));
    }

    private static String[] row(LabelStyle style, String label, String valueHtml) {
        return new String[] {Html.esc(style.apply(label)), valueHtml};
    }
}
