package org.mcfed.sandbox.site.microcred;

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
import org.mcfed.sandbox.site.RegistrySite;
import org.mcfed.sandbox.truth.TruthJson;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Microcred Seeker (docs/sources/microcred-seeker.md): course cards 24 a page and course
 * pages with {@code div.attr} pairs and an embedded schema.org Course that is sometimes missing
 * or disagrees with the visible text. 425 courses from 56 providers at scale 1. Local id = the
 * numeric id ending the slug.
 */
public final class MicrocredSeekerSite extends RegistrySite {
    public static final String NAME = "microcred-seeker";
    static final int BASE_COUNT = 425;
    static final int PAGE_SIZE = 24;
    private static final int FIRST_ID = 1000;
    private static final String[] LEVELS = {"Novice", "Advanced Beginner", "Competent", "Proficient", "Expert"};
    private static final String[] TITLE_PATTERNS = {"%s", "%s", "Introduction to %s", "%s Microcredential", "Applied %s"};
    private static final String[] SYNC = {"", " (synchronous)", " (asynchronous)"};
    private static final String[] ASSESSMENTS = {"Online quizzes and a final project.", "Workplace project report.",
        "Two written assignments and a presentation.", "Practical assessment in a simulated environment.",
        "Portfolio of evidence and reflective journal.", "Online examination."};
    private static final String[] VERBS = {"Explain", "Apply", "Analyse", "Evaluate", "Design", "Communicate", "Critically reflect on"};
    private static final String[] OBJECTS = {"the key concepts of %s", "%s methods to workplace problems", "current practice in %s",
        "risks and opportunities in %s", "a small project in %s", "ethical issues in %s"};

    private final List<String[]> providers = Lexicon.rows("mcs-providers");
    private final List<String[]> topics = Lexicon.rows("mcs-topics");
    private final int initial;
    private final Permutation perm;

    public MicrocredSeekerSite(SiteContext ctx) {
        super(ctx, NAME);
        initial = ctx.scaled(BASE_COUNT);
        perm = new Permutation(initial, Hash.of(ctx.seed(), sourceHash, 56));
        open(initial, 1);
    }

    @Override
    public String entryPage() {
        return "/microcred-seeker/courses?page=1";
    }

    @Override
    public String localId(int index) {
        return Integer.toString(FIRST_ID + index);
    }

    @Override
    public String sourceStatus(int index, int revision) {
        return "Listed";
    }

    @Override
    public boolean archived(int index, int revision) {
        return false;
    }

    @Override
    public String concept(int index) {
        return new Facts(index).topic[2];
    }

    /** The provider: every provider once among the first positions of the permutation, then skewed. */
    int providerOf(int index) {
        int n = providers.size();
        int p = index < initial ? perm.apply(index) : n + index;
        if (p < n) {
            return p;
        }
        // a few large providers list many courses
        double u = Hash.unit(Hash.of(ctx.seed(), sourceHash, index, 0x9e0));
        return (int) (n * u * u);
    }

    public String slug(int index) {
        return slugify(new Facts(index).title) + "-" + localId(index);
    }

    static String slugify(String title) {
        StringBuilder sb = new StringBuilder(title.length());
        boolean dash = false;
        for (char c : title.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
                dash = false;
            } else if (!dash && sb.length() > 0) {
                sb.append('-');
                dash = true;
            }
        }
        int len = sb.length();
        return dash ? sb.substring(0, len - 1) : sb.toString();
    }

    @Override
    public HttpResponse serve(HttpRequest req, String subPath) {
        if (subPath.equals("/courses")) {
            return listing(intParam(req, "page", 1));
        }
        if (subPath.startsWith("/course/")) {
            String slug = subPath.substring("/course/".length());
            if (slug.endsWith("/")) {
                slug = slug.substring(0, slug.length() - 1);
            }
            int dash = slug.lastIndexOf('-');
            String digits = dash < 0 ? slug : slug.substring(dash + 1);
            try {
                int index = Integer.parseInt(digits) - FIRST_ID;
                if (index >= 0 && ledger.isLive(index)) {
                    String canonical = slug(index);
                    if (!canonical.equals(slug)) {
                        return new HttpResponse(301, null).header("Location", "/microcred-seeker/course/" + canonical);
                    }
                    return detail(index);
                }
            } catch (NumberFormatException e) {
                // not a course id: 404 below
            }
        }
        return HttpResponse.notFound(req.path());
    }

    private final class Facts {
        final String[] topic;
        final String title;
        final String[] provider;
        final int level;
        final double hours;
        final boolean hourRange;
        final long missingBits;

        Facts(int index) {
            Rand s = stable(index);
            topic = s.pick(topics);
            title = Patterns.fill(s.pick(TITLE_PATTERNS), topic[1]);
            provider = providers.get(providerOf(index));
            level = s.weighted(15, 20, 35, 22, 8);
            int kind = s.weighted(10, 70, 20);
            hours = kind == 0 ? 1.5 : kind == 1 ? 5 * s.between(1, 30) : 10 * s.between(1, 15);
            hourRange = s.chance(0.15);
            missingBits = s.nextLong();
        }

        boolean missing(int slot, int percent) {
            return Hash.below(Hash.of(missingBits, slot), 100) < percent;
        }
    }

    private HttpResponse listing(int page) {
        if (page < 1) {
            throw new BadRequest("page must be 1 or more");
        }
        int total = ledger.liveCount(0);
        int from = (page - 1) * PAGE_SIZE;
        int to = Math.min(total, from + PAGE_SIZE);
        int shownFrom = page > 1 ? Math.max(0, from - faults.spec().duplicateRows()) : from;
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html>\n<html lang=\"en-AU\"><head><meta charset=\"utf-8\"><title>Courses | Microcred Seeker</title></head>\n<body><main>\n")
          .append("<h1>Find a microcredential</h1>\n<p class=\"count\">").append(total).append(" courses</p>\n<section class=\"results\">\n");
        for (int pos = shownFrom; pos < to; pos++) {
            int index = ledger.liveAt(0, pos);
            Facts f = new Facts(index);
            sb.append("<article class=\"course-card\"><a href=\"/microcred-seeker/course/").append(slugify(f.title)).append('-')
              .append(localId(index)).append("\">").append(Html.esc(f.title)).append("</a><span class=\"provider\">")
              .append(Html.esc(f.provider[0])).append("</span></article>\n");
        }
        sb.append("</section>\n<nav class=\"pagination\">");
        if (page > 1) {
            sb.append("<a class=\"prev\" href=\"/microcred-seeker/courses?page=").append(page - 1).append("\">Previous</a> ");
        }
        if (to < total) {
            int loop = faults.spec().loopAfterPage();
            sb.append("<a class=\"next\" href=\"/microcred-seeker/courses?page=").append(loop > 0 && page >= loop ? 1 : page + 1)
              .append("\">Next</a>");
        }
        sb.append("</nav>\n</main></body></html>\n");
        return page(sb.toString(), StandardCharsets.UTF_8, "utf-8", "text/html", ledger.lastChange());
    }

    @Override
    public String recordPath(int index) {
        return "/microcred-seeker/course/" + slug(index);
    }

    private HttpResponse detail(int index) {
        Facts f = new Facts(index);
        Rand r = revised(index, ledger.revision(index));
        r.nextLong(); // the status draw every registry reserves
        Malformation bad = faults.malformation(index);
        boolean garbage = bad == Malformation.GARBAGE_VALUES;
        String area = f.topic[0];
        String description = "This microcredential from " + f.provider[0] + " builds practical capability in "
                + f.topic[1].toLowerCase(Locale.ROOT) + " for working professionals.";
        String volume = garbage ? "lots of hours"
                : f.hourRange ? hours(f.hours) + "-" + hours(f.hours + 5) + " hours" : hours(f.hours) + " hours";
        int weeks = Math.max(1, (int) Math.round(f.hours / 8));
        String duration = r.chance(0.15) ? "Self-paced" : f.hours <= 8 ? r.between(1, 3) + " days" : weeks + " weeks";
        int deliveryKind = r.weighted(55, 20, 25);
        String delivery = new String[] {"Online", "Onsite", "Online and onsite"}[deliveryKind] + r.pick(SYNC);
        String campus = deliveryKind == 0 ? "Online" : f.provider[1];
        int costKind = r.weighted(70, 10, 10, 10);
        int amount = 50 * r.between(4, 80);
        String cost = garbage ? "$$$" : costKind == 0 ? "$" + String.format(Locale.ROOT, "%,d", amount) : costKind == 1 ? "$0"
                : costKind == 2 ? "Free" : "Contact provider";
        int aqf = 5 + r.nextInt(5);
        List<String[]> attrs = new ArrayList<>(16);
        attrs.add(new String[] {"Provider", Html.esc(f.provider[0])});
        attrs.add(new String[] {"Study area", Html.esc(area)});
        if (!f.missing(0, 10)) {
            attrs.add(new String[] {"Level", garbage ? "Level 99" : LEVELS[f.level]});
        }
        attrs.add(new String[] {"Volume of learning", Html.esc(volume)});
        if (!f.missing(1, 10)) {
            attrs.add(new String[] {"Duration", duration});
        }
        attrs.add(new String[] {"Delivery mode", delivery});
        if (!f.missing(2, 20)) {
            attrs.add(new String[] {"Campus", Html.esc(campus)});
        }
        attrs.add(new String[] {"Cost", Html.esc(cost)});
        if (!f.missing(3, 30)) {
            String credit = r.pick(new String[] {"Credit towards award courses: Graduate Certificate in " + f.topic[1],
                "Credit towards vendor/industry certifications: " + f.topic[1] + " Practitioner",
                "Pathways: entry into the Graduate Certificate in " + area, "Other recognition: digital badge"});
            attrs.add(new String[] {"Credit/recognition", Html.esc(credit)});
        }
        if (!f.missing(4, 35)) {
            attrs.add(new String[] {"AQF relation", r.chance(0.7) ? "Credit towards an AQF level " + aqf + " qualification"
                    : "Not related to an AQF qualification"});
        }
        if (!f.missing(5, 10)) {
            attrs.add(new String[] {"Assessment", Html.esc(r.pick(ASSESSMENTS))});
        }
        StringBuilder lo = new StringBuilder("<ul>");
        int n = r.between(2, 5);
        for (int i = 0; i < n; i++) {
            lo.append("<li>").append(Html.esc(VERBS[(i + index) % VERBS.length] + " "
                    + Patterns.fill(OBJECTS[(i * 2 + r.nextInt(2)) % OBJECTS.length], f.topic[1].toLowerCase(Locale.ROOT)))).append("</li>");
        }
        attrs.add(new String[] {"Learning outcomes", lo.append("</ul>").toString()});
        if (!f.missing(6, 50)) {
            attrs.add(new String[] {"Industry recognition", "Endorsed by the Australian " + Html.esc(area) + " Industry Council"});
        }
        if (!f.missing(7, 20)) {
            StringBuilder dates = new StringBuilder("<ul>");
            LocalDate d = Dates.day(ledger.updatedAt(index)).plusDays(14 + r.nextInt(60));
            int k = r.between(1, 3);
            for (int i = 0; i < k; i++) {
                dates.append("<li>").append(Dates.SHORT.format(d)).append("</li>");
                d = d.plusDays(49 + r.nextInt(60));
            }
            attrs.add(new String[] {"Start dates", dates.append("</ul>").toString()});
        }
        if (r.chance(0.1)) {
            attrs.add(r.nextInt(attrs.size() - 2) + 2, new String[] {"Last reviewed", Dates.SHORT.format(Dates.day(ledger.updatedAt(index)))});
        }
        boolean missingTitle = bad == Malformation.MISSING_TITLE;
        StringBuilder sb = new StringBuilder(4096);
        String declared = bad == Malformation.WRONG_CHARSET ? "windows-1252" : "utf-8";
        sb.append("<!DOCTYPE html>\n<html lang=\"en-AU\"><head><meta charset=\"").append(declared).append("\"><title>")
          .append(missingTitle ? "Course" : Html.esc(f.title)).append(" | Microcred Seeker</title>\n");
        int ld = r.weighted(85, 10, 5); // 0 agrees, 1 missing, 2 disagrees
        if (ld != 1 && !missingTitle) {
            double ldHours = ld == 2 ? f.hours * 2 : f.hours;
            String price = costKind == 0 ? amount + ".00" : costKind == 3 ? null : "0.00";
            if (ld == 2 && price != null) {
                price = (amount + 100) + ".00";
            }
            sb.append("<script type=\"application/ld+json\">\n{\"@context\":\"https://schema.org\",\"@type\":\"Course\",\"name\":")
              .append(TruthJson.str(f.title)).append(",\n \"description\":").append(TruthJson.str(description))
              .append(",\n \"provider\":{\"@type\":\"CollegeOrUniversity\",\"name\":").append(TruthJson.str(f.provider[0]))
              .append("},\n \"timeRequired\":\"").append(isoDuration(ldHours)).append('"');
            if (price != null) {
                sb.append(",\n \"offers\":{\"@type\":\"Offer\",\"price\":\"").append(price).append("\",\"priceCurrency\":\"AUD\"}");
            }
            sb.append("}\n</script>\n");
        }
        sb.append("</head>\n<body><main>\n");
        if (!missingTitle) {
            sb.append("<h1>").append(Html.esc(f.title)).append("</h1>\n");
        }
        sb.append("<div class=\"description\"><p>").append(Html.esc(description)).append("</p></div>\n<div class=\"attrs\">\n");
        for (String[] a : attrs) {
            sb.append("<div class=\"attr\"><span class=\"k\">").append(a[0]).append("</span><span class=\"v\">").append(a[1])
              .append("</span></div>\n");
        }
        sb.append("</div>\n</main></body></html>\n");
        return recordPage(sb.toString(), StandardCharsets.UTF_8, declared, ledger.updatedAt(index));
    }

    /** ISO 8601 duration of a number of hours: PT20H, PT1H30M. */
    static String isoDuration(double h) {
        long minutes = Math.round(h * 60);
        return "PT" + (minutes / 60) + "H" + (minutes % 60 == 0 ? "" : (minutes % 60) + "M");
    }

    private static String hours(double h) {
        return h == Math.rint(h) ? Integer.toString((int) h) : Double.toString(h);
    }
}
