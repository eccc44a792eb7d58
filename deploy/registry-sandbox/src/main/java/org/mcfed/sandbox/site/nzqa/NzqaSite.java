package org.mcfed.sandbox.site.nzqa;

import org.mcfed.sandbox.core.Dates;
import org.mcfed.sandbox.core.Hash;
import org.mcfed.sandbox.core.Html;
import org.mcfed.sandbox.core.Lexicon;
import org.mcfed.sandbox.core.Patterns;
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
import java.util.List;

/**
 * The NZQA register of micro-credentials (docs/sources/nzqa.md): a paged
 * {@code <table class="register">} and {@code <dl class="mc-details">} detail pages, about 455
 * records at scale 1, 17 of them from universities. Local id {@code {ref}-{version}}.
 */
public final class NzqaSite extends RegistrySite {
    public static final String NAME = "nzqa";
    static final int BASE_COUNT = 455;
    static final int BASE_UNIVERSITIES = 17;
    static final int PAGE_SIZE = 20;
    private static final int FIRST_REF = 3001;
    private static final String[] STATUSES = {"Current", "Approved", "Expiring", "Expired", "Discontinued"};
    private static final double[] STATUS_WEIGHTS = {62, 13, 8, 12, 5};
    private static final double[] LEVEL_WEIGHTS = {3, 8, 14, 20, 18, 14, 10, 6, 4, 3};
    private static final int[] CREDITS = {1, 2, 3, 4, 5, 10, 15, 20, 25, 30, 40};
    private static final double[] CREDIT_WEIGHTS = {2, 2, 3, 3, 14, 22, 18, 16, 8, 7, 5};
    private static final String[] DELIVERY = {"Online", "Face to face", "Blended", "Workplace"};
    private static final String[] TITLE_PATTERNS = {"%s", "Introduction to %s", "Foundations of %s", "Applied %s",
        "%s in Practice", "Advanced %s", "%s for Supervisors"};

    private final List<String[]> topics = Lexicon.rows("nzqa-topics");
    private final List<String[]> universities = new ArrayList<>();
    private final List<String[]> others = new ArrayList<>();
    private final List<String> developers = Lexicon.words("nzqa-developers");
    private final List<String> purposes = Lexicon.words("nzqa-purposes");
    private final List<String> outcomes = Lexicon.words("outcomes-en");
    private final List<String> assessments = Lexicon.words("assessments-en");
    private final int initial;
    private final int universityQuota;
    private final Permutation perm;

    public NzqaSite(SiteContext ctx) {
        super(ctx, NAME);
        for (String[] p : Lexicon.rows("nzqa-providers")) {
            ("university".equals(p[2]) ? universities : others).add(p);
        }
        initial = ctx.scaled(BASE_COUNT);
        universityQuota = (int) Math.round(BASE_UNIVERSITIES * ctx.scale());
        perm = new Permutation(initial, Hash.of(ctx.seed(), sourceHash, 17));
        open(initial, 1);
    }

    public static String detailPath(String localId) {
        return "/" + NAME + "/micro-credentials/" + localId;
    }

    @Override
    public String recordPath(int index) {
        return detailPath(localId(index));
    }

    @Override
    public String entryPage() {
        return "/nzqa/micro-credentials/register?page=1";
    }

    @Override
    public String localId(int index) {
        return (FIRST_REF + index) + "-" + version(index);
    }

    private int version(int index) {
        long h = Hash.of(ctx.seed(), sourceHash, index, 0x7e5);
        int r = Hash.below(h, 10);
        return r < 6 ? 1 : r < 9 ? 2 : 3;
    }

    /** Whether a record is from a university: exactly the quota among the initial records. */
    public boolean fromUniversity(int index) {
        if (index < initial) {
            return perm.apply(index) < universityQuota;
        }
        return Hash.unit(Hash.of(ctx.seed(), sourceHash, index, 0x11)) < (double) BASE_UNIVERSITIES / BASE_COUNT;
    }

    @Override
    public String sourceStatus(int index, int revision) {
        return STATUSES[revised(index, revision).weighted(STATUS_WEIGHTS)];
    }

    @Override
    public boolean archived(int index, int revision) {
        String s = sourceStatus(index, revision);
        return s.equals("Expired") || s.equals("Discontinued");
    }

    @Override
    public String concept(int index) {
        return new Facts(index).topic[3];
    }

    @Override
    public HttpResponse serve(HttpRequest req, String subPath) {
        if (subPath.equals("/micro-credentials/register") || subPath.equals("/micro-credentials/register/")) {
            return listing(intParam(req, "page", 1));
        }
        if (subPath.startsWith("/micro-credentials/")) {
            int index = indexOf(subPath.substring("/micro-credentials/".length()));
            if (index >= 0 && ledger.isLive(index)) {
                return detail(index);
            }
        }
        return HttpResponse.notFound(req.path());
    }

    /** The index of a {@code ref-version} id, or -1. */
    int indexOf(String ref) {
        int dash = ref.indexOf('-');
        if (dash <= 0) {
            return -1;
        }
        try {
            int index = Integer.parseInt(ref.substring(0, dash)) - FIRST_REF;
            if (index < 0 || !ledger.exists(index) || !ref.equals(localId(index))) {
                return -1;
            }
            return index;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The stable facts of a record: topic, title, provider, level, credits, approval. */
    private final class Facts {
        final String[] topic;
        final String title;
        final String[] provider;
        final int level;
        final int credits;
        final LocalDate approved;
        final long styleBits;
        final long missingBits;

        Facts(int index) {
            Rand s = stable(index);
            topic = s.pick(topics);
            String pattern = s.pick(TITLE_PATTERNS);
            // "X in Practice in Practice" or "Y for the Workplace for Supervisors" would read as generated
            boolean clash = pattern.startsWith("%s ") && (topic[2].contains(" in ") || topic[2].contains(" for "));
            title = Patterns.fill(clash ? "%s" : pattern, topic[2]);
            boolean uni = fromUniversity(index);
            provider = uni ? s.pick(universities) : s.pick(others);
            level = uni ? s.between(5, 9) : 1 + s.weighted(LEVEL_WEIGHTS);
            credits = CREDITS[s.weighted(CREDIT_WEIGHTS)];
            approved = Dates.day(initialUpdatedAt(index)).minusDays(s.between(0, 3 * 365));
            styleBits = s.nextLong();
            missingBits = s.nextLong();
        }

        boolean missing(int slot, int percent) {
            return Hash.below(Hash.of(missingBits, slot), 100) < percent;
        }

        boolean variant(int slot) {
            return ((styleBits >>> slot) & 1) == 1;
        }
    }

    HttpResponse listing(int page) {
        if (page < 1) {
            throw new BadRequest("page must be 1 or more");
        }
        int total = ledger.liveCount(0);
        int dup = faults.spec().duplicateRows();
        int from = (page - 1) * PAGE_SIZE;
        int to = Math.min(total, from + PAGE_SIZE);
        int shownFrom = page > 1 ? Math.max(0, from - dup) : from;
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Micro-credential register | NZQA</title></head>\n<body><main>\n")
          .append("<h1>Register of approved micro-credentials</h1>\n");
        sb.append("<p class=\"results-count\">Showing ").append(total == 0 ? 0 : from + 1).append('\u2013').append(to)
          .append(" of ").append(total).append("</p>\n");
        sb.append("<table class=\"register\">\n<thead><tr><th>Ref</th><th>Title</th><th>Provider</th><th>Level</th><th>Credits</th><th>Status</th></tr></thead>\n<tbody>\n");
        for (int pos = shownFrom; pos < to; pos++) {
            int index = ledger.liveAt(0, pos);
            Facts f = new Facts(index);
            String id = localId(index);
            sb.append("<tr><td>").append(FIRST_REF + index).append("</td><td><a href=\"").append(detailPath(id)).append("\">")
              .append(Html.esc(f.title)).append("</a></td><td>").append(Html.esc(f.provider[0])).append("</td><td>")
              .append(f.level).append("</td><td>").append(f.credits).append("</td><td>")
              .append(sourceStatus(index, ledger.revision(index))).append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n<nav class=\"pager\">");
        if (page > 1) {
            sb.append("<a rel=\"prev\" href=\"/nzqa/micro-credentials/register?page=").append(page - 1).append("\">Previous</a> ");
        }
        int loop = faults.spec().loopAfterPage();
        if (to < total) {
            int next = loop > 0 && page >= loop ? 1 : page + 1;
            sb.append("<a rel=\"next\" href=\"/nzqa/micro-credentials/register?page=").append(next).append("\">Next</a>");
        }
        sb.append("</nav>\n</main></body></html>\n");
        return page(sb.toString(), StandardCharsets.UTF_8, "utf-8", "text/html", ledger.lastChange());
    }

    HttpResponse detail(int index) {
        int rev = ledger.revision(index);
        Facts f = new Facts(index);
        Rand r = revised(index, rev);
        String status = STATUSES[r.weighted(STATUS_WEIGHTS)];
        Malformation bad = faults.malformation(index);
        boolean garbage = bad == Malformation.GARBAGE_VALUES;
        LabelStyle style = new LabelStyle(f.styleBits);
        List<String[]> rows = new ArrayList<>(20);
        rows.add(row(style, "Reference", Integer.toString(FIRST_REF + index)));
        rows.add(row(style, "Version", Integer.toString(version(index))));
        if (bad != Malformation.MISSING_TITLE) {
            rows.add(row(style, "Title", Html.esc(f.title)));
        }
        rows.add(row(style, "Level", garbage ? "Level ??" : Integer.toString(f.level)));
        rows.add(row(style, f.variant(0) ? "Credit value" : "Credits", garbage ? "fifteen-ish" : Integer.toString(f.credits)));
        String nzsced = f.variant(1) ? f.topic[0] : f.topic[0] + " &ndash; " + Html.esc(f.topic[1]);
        rows.add(row(style, f.variant(2) ? "NZSCED code" : "NZSCED", nzsced));
        rows.add(row(style, f.variant(3) ? "Owner" : "Provider", Html.esc(f.provider[0])));
        if (!f.missing(0, 40)) {
            rows.add(row(style, "Provider number", f.provider[1]));
        }
        if (!f.missing(1, 20)) {
            String dev = f.variant(4) ? f.provider[0] : developers.get(Hash.below(f.missingBits, developers.size()));
            rows.add(row(style, f.variant(5) ? "Appointed developer" : "Developer", Html.esc(dev)));
        }
        String[] statusRow = row(style, "Status", status);
        rows.add(statusRow);
        rows.add(row(style, f.variant(6) ? "Date approved" : "Approval date",
                garbage ? "31 Febtember 20x4" : Dates.NZQA.format(f.approved)));
        if (!f.missing(2, 15)) {
            if (f.variant(7)) {
                rows.add(row(style, "Review period", "3 years"));
            } else {
                rows.add(row(style, "Review date", Dates.NZQA.format(f.approved.plusYears(3))));
            }
        }
        String purpose = r.pick(purposes).replace("{topic}", lower(f.topic[2]));
        StringBuilder p = new StringBuilder("<p>").append(Html.esc(purpose)).append("</p>");
        if (r.chance(0.4)) {
            p.append("<p>").append(Html.esc(r.pick(purposes).replace("{topic}", lower(f.topic[2])))).append("</p>");
        }
        rows.add(row(style, f.variant(8) ? "Purpose statement" : "Purpose", p.toString()));
        rows.add(row(style, f.variant(9) ? "Learning outcomes" : "Outcome statement", list(r, f.topic[2])));
        if (!f.missing(3, 15)) {
            rows.add(row(style, "Assessment", Html.esc(r.pick(assessments))));
        }
        if (!f.missing(4, 15)) {
            rows.add(row(style, "Delivery mode", r.pick(DELIVERY)));
        }
        if (!f.missing(5, 50)) {
            StringBuilder us = new StringBuilder("<ul>");
            int n = r.between(1, 3);
            for (int i = 0; i < n; i++) {
                us.append("<li>").append(r.between(1000, 33000)).append(" ").append(Html.esc(r.pick(outcomes)
                        .replace("{topic}", lower(f.topic[2])))).append("</li>");
            }
            rows.add(row(style, "Standards used", us.append("</ul>").toString()));
        }
        boolean maori = f.topic[2].contains("Māori") || f.topic[2].contains("Whānau") || f.topic[2].contains("Hauora")
                || f.topic[2].contains("Kaitiakitanga") || f.topic[2].contains("Whāriki");
        if (!f.missing(6, 10)) {
            rows.add(row(style, "Te Hono o Te Kahurangi", maori || r.chance(0.05) ? "Yes" : "No"));
        }
        if (!f.missing(7, 30)) {
            rows.add(row(style, "Language", maori ? (r.chance(0.5) ? "Te reo Māori" : "English and te reo Māori") : "English"));
        }
        if (!f.missing(8, 60)) {
            // named after the topic: NZSCED field names ("Health, n.e.c.") are not certificate titles
            rows.add(row(style, "Pathways", "Credits may be recognised towards the New Zealand Certificate in "
                    + Html.esc(f.topic[2]) + " (Level " + Math.min(10, f.level + 1) + ")."));
        }
        rows.add(row(style, "Page last updated", Dates.NZQA.format(Dates.day(ledger.updatedAt(index)))));
        if (f.variant(10) && f.variant(11)) {
            // some pages put the status block last
            rows.remove(statusRow);
            rows.add(statusRow);
        }
        boolean wrongCharset = bad == Malformation.WRONG_CHARSET;
        String declared = wrongCharset ? "windows-1252" : "utf-8";
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"").append(declared).append("\"><title>")
          .append(bad == Malformation.MISSING_TITLE ? "Micro-credential" : Html.esc(f.title)).append(" | NZQA</title></head>\n<body><main>\n");
        if (bad != Malformation.MISSING_TITLE) {
            sb.append("<h1>").append(Html.esc(f.title)).append(" (Micro-credential)</h1>\n");
        }
        sb.append("<dl class=\"mc-details\">\n");
        for (String[] row : rows) {
            sb.append("  <dt>").append(row[0]).append("</dt><dd>").append(row[1]).append("</dd>\n");
        }
        sb.append("</dl>\n<p><a href=\"/nzqa/micro-credentials/register?page=1\">Back to the register</a></p>\n</main></body></html>\n");
        return recordPage(sb.toString(), StandardCharsets.UTF_8, declared, ledger.updatedAt(index));
    }

    private String list(Rand r, String topic) {
        int n = r.between(2, 5);
        StringBuilder sb = new StringBuilder("<ul>");
        int start = r.nextInt(outcomes.size());
        for (int i = 0; i < n; i++) {
            sb.append("<li>").append(Html.esc(outcomes.get((start + i * 5) % outcomes.size()).replace("{topic}", lower(topic))))
              .append("</li>");
        }
        return sb.append("</ul>").toString();
    }

    private static String lower(String topic) {
        return topic; // topics are proper names of fields (often with te reo words): keep their capitals
    }

    private static String[] row(LabelStyle style, String label, String valueHtml) {
        return new String[] {Html.esc(style.apply(label)), valueHtml};
    }
}
