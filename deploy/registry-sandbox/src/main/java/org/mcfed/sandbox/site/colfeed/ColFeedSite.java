package org.mcfed.sandbox.site.colfeed;

import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.Assessment;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Cost;
import org.mcfed.col.record.FieldOfEducation;
import org.mcfed.col.record.NqfLevel;
import org.mcfed.col.record.QualityAssurance;
import org.mcfed.col.record.Skill;
import org.mcfed.col.record.Stackability;
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
import org.mcfed.sandbox.site.RegistrySite;
import org.mcfed.sandbox.truth.TruthJson;
import org.mcfed.sandbox.truth.TruthRecord;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A regional registry exposing the COL feed (docs/sources/col-feed.md): the JSON feed at
 * {@code /col/v1/records} (since, cursor, limit; deletions; validators) and OAI-PMH 2.0 at
 * {@code /oai} ({@link OaiPmh}). Records are COL records written by the one COL mapping
 * ({@link ColJson}); ids are already COL ids, {@code pqr:000123}.
 */
public final class ColFeedSite extends RegistrySite {
    public static final String NAME = "col-feed";
    static final int BASE_COUNT = 300;
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    /** Bits of a sort key given to the record index (the rest: epoch seconds). */
    static final int INDEX_BITS = 23;
    static final String REGISTRY_URL = "https://pqr.example.org/records/";

    private final List<String[]> topics = Lexicon.rows("colfeed-topics");
    private final List<String[]> providers = Lexicon.rows("colfeed-providers");
    private final OaiPmh oai;
    private long[] feedOrder = new long[0];
    private long[] oaiOrder = new long[0];
    private int orderBuiltFor = -1;

    public ColFeedSite(SiteContext ctx) {
        super(ctx, NAME);
        open(ctx.scaled(BASE_COUNT), 1);
        if (ledger.size() >= (1 << INDEX_BITS)) {
            throw new IllegalArgumentException("col-feed holds at most " + (1 << INDEX_BITS) + " records; lower the scale");
        }
        oai = new OaiPmh(this);
    }

    @Override
    public String entryPage() {
        return "/col-feed/col/v1/records?limit=100";
    }

    @Override
    public String localId(int index) {
        return "pqr:" + Html.pad(index + 1, 6);
    }

    /** The index of an id, or -1. */
    int indexOf(String id) {
        if (id == null || !id.startsWith("pqr:")) {
            return -1;
        }
        try {
            int index = Integer.parseInt(id.substring(4)) - 1;
            return ledger.exists(index) && localId(index).equals(id) ? index : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public String sourceStatus(int index, int revision) {
        return archived(index, revision) ? "archived" : "active";
    }

    @Override
    public boolean archived(int index, int revision) {
        return revised(index, revision).chance(0.12);
    }

    @Override
    public String concept(int index) {
        return topic(index)[7];
    }

    /** English, and Filipino where a Philippine provider publishes a Filipino title. */
    @Override
    public List<String> languages(int index) {
        return filipinoTitle(topic(index), country(index)) ? List.of("en", "fil") : List.of("en");
    }

    /** The record's topic row: the first stable draw, as {@link #record} makes it. */
    private String[] topic(int index) {
        return stable(index).pick(topics);
    }

    private static boolean filipinoTitle(String[] topic, String country) {
        return !topic[3].isEmpty() && country.equals("PH");
    }

    /** ISO 3166-1 country of a record (its OAI set). */
    String country(int index) {
        return provider(index)[0];
    }

    private String[] provider(int index) {
        double u = Hash.unit(Hash.of(ctx.seed(), sourceHash, index, 0xc0c0));
        List<String[]> byCountry = new ArrayList<>();
        String country = u < 0.75 ? "PH" : u < 0.9 ? "SG" : "BN";
        for (String[] p : providers) {
            if (p[0].equals(country)) {
                byCountry.add(p);
            }
        }
        return byCountry.get(Hash.below(Hash.of(ctx.seed(), sourceHash, index, 0xc0c1), byCountry.size()));
    }

    List<String> countries() {
        return List.of("BN", "PH", "SG");
    }

    /** The record as the registry publishes it: a COL record, or a broken one under a malformation fault. */
    ColRecord record(int index) {
        Rand s = stable(index);
        String[] topic = s.pick(topics);
        String[] provider = provider(index);
        Rand r = revised(index, ledger.revision(index));
        boolean archived = r.chance(0.12);
        String country = provider[0];
        int level = Integer.parseInt(topic[4]);
        String framework = country.equals("PH") ? "PQF" : country.equals("BN") ? "BNQF" : null;
        double hours = 8 * s.between(2, 40);
        LocalDate from = Dates.day(initialUpdatedAt(index)).minusDays(s.between(0, 365));
        Map<String, String> title = new LinkedHashMap<>();
        title.put("en", topic[2]);
        if (filipinoTitle(topic, country)) {
            title.put("fil", topic[3]);
        }
        List<String> outcomes = new ArrayList<>();
        String[] patterns = {"Demonstrate the ability to %s", "Explain how to %s safely", "%s in line with industry standards",
            "Follow workplace procedures when asked to %s", "Evaluate the quality of work done to %s"};
        int n = r.between(2, 4);
        int start = r.nextInt(patterns.length);
        for (int i = 0; i < n; i++) {
            String o = Patterns.fill(patterns[(start + i) % patterns.length], topic[6]);
            outcomes.add(Character.toUpperCase(o.charAt(0)) + o.substring(1));
        }
        List<String> modes = List.of(r.pick(new String[] {"onsite", "online", "blended"}));
        Malformation bad = faults.malformation(index);
        if (bad == Malformation.WRONG_CHARSET) {
            // what a wrong declared charset does to text: UTF-8 bytes read as windows-1252
            title.replaceAll((k, v) -> new String((v + " – Ñ").getBytes(StandardCharsets.UTF_8), java.nio.charset.Charset.forName("windows-1252")));
        }
        return ColRecord.builder()
                .id(localId(index))
                .title(bad == Malformation.MISSING_TITLE ? null : title)
                .description(Map.of("en", "Short course in " + topic[2] + " offered by " + provider[1] + "."))
                .issuerCountry(country)
                .awardingBody(new AwardingBody(provider[1], provider[2], null))
                .workloadHours(bad == Malformation.GARBAGE_VALUES ? -1.0 : hours)
                .nqfLevel(framework == null ? null : new NqfLevel(framework, bad == Malformation.GARBAGE_VALUES ? "??" : Integer.toString(level)))
                .iscedLevel(framework == null ? null : isced(level))
                .learningOutcomes(outcomes)
                .skills(s.chance(0.7) ? List.of(new Skill(topic[6], s.chance(0.6) ? "ESCO" : null, null)) : List.of())
                .prerequisites(s.chance(0.3) ? "At least 18 years old" : null)
                .status(archived ? "archived" : "active")
                .languages(country.equals("PH") ? List.of("eng", "fil") : country.equals("BN") ? List.of("msa", "eng") : List.of("eng"))
                .modeOfLearning(modes)
                .assessment(new Assessment(List.of(r.pick(new String[] {"skill-application", "theory-test", "portfolio", "project"})),
                        r.pick(new String[] {"Practical demonstration", "Written test and practical task", "Portfolio review"})))
                .supervision(modes.get(0).equals("online") ? "supervised-online" : "onsite-id-verified")
                .qualityAssurance(new QualityAssurance(topic[5], "accreditation", from,
                        archived ? Dates.day(ctx.epochSeconds()).minusDays(s.between(1, 300)) : s.chance(0.6) ? null : from.plusYears(3 + s.nextInt(3))))
                .gradeRequired(s.chance(0.2) ? "Competent" : null)
                .stackability(s.chance(0.5) ? new Stackability("stackable", List.of(topic[2] + " NC " + (level <= 2 ? "II" : "III")))
                        : new Stackability("stand-alone", List.of()))
                .durationWeeks(s.chance(0.8) ? Math.ceil(hours / 20) : null)
                .replaces(List.of())
                .replacedBy(List.of())
                .cost(s.chance(0.7) ? new Cost(s.chance(0.4) ? 0.0 : 500.0 * s.between(1, 20), country.equals("PH") ? "PHP" : country.equals("SG") ? "SGD" : "BND") : null)
                .financialSupport(s.chance(0.3) ? "Training for Work Scholarship Program (TWSP)" : null)
                .verification(s.chance(0.5) ? List.of("verifiable-url") : List.of())
                .fieldOfEducation(new FieldOfEducation(topic[0], new FieldOfEducation.SourceCode("ISCED-F", topic[0], topic[1])))
                .aqrfLevel("PH".equals(country) ? Integer.toString(level) : null)
                .url(REGISTRY_URL + Html.pad(index + 1, 6))
                .sameAs(List.of())
                .updatedAt(Instant.ofEpochSecond(ledger.updatedAt(index)))
                .build();
    }

    private static String isced(int pqf) {
        switch (pqf) {
            case 1: case 2: return "3";
            case 3: case 4: return "4";
            case 5: case 6: return "6";
            case 7: return "7";
            default: return "8";
        }
    }

    /** How the feed serves a live record as a broken item under the current faults, or null. */
    FeedItemFault badItem(int index) {
        return ledger.isLive(index) ? faults.badItem(index, FeedItemFault.values()) : null;
    }

    /**
     * The truth names a broken feed item by its fault; only an identified one is expected among the
     * rejects. A record with garbage values states its workload as words where COL takes a number: the
     * connector cannot bind that mandatory value and refuses the record rather than publish it as not stated.
     */
    @Override
    public TruthRecord truth(int index) {
        TruthRecord t = super.truth(index);
        FeedItemFault bad = badItem(index);
        if (bad != null) {
            return new TruthRecord(t.id(), t.updatedAt(), t.status(), t.sourceStatus(), bad.code(),
                    bad.identified(), false, t.concept(), t.languages());
        }
        return faults.malformation(index) == Malformation.GARBAGE_VALUES
                ? new TruthRecord(t.id(), t.updatedAt(), t.status(), t.sourceStatus(), t.malformed(),
                true, false, t.concept(), t.languages())
                : t;
    }

    /** The record as an item of the JSON feed, broken as its {@link #badItem} fault says. */
    private String feedItem(int index) {
        FeedItemFault bad = badItem(index);
        String json = recordJson(index);
        if (bad == null) {
            return json;
        }
        long updated = ledger.updatedAt(index);
        return switch (bad) {
            case NOT_AN_OBJECT -> TruthJson.str("record " + localId(index) + " is being revised");
            case WITHOUT_ID -> json.replaceFirst("\"id\":\"[^\"]*\",", "");
            case BAD_DATE -> json.replaceFirst("\"updatedAt\":\"[^\"]*\"", "\"updatedAt\":\"" + dayFirst(updated) + "\"");
            case WRONG_TYPES -> json.replaceFirst("\"updatedAt\":\"[^\"]*\"", "\"updatedAt\":" + updated);
        };
    }

    /** A date as registries outside the ISO world write it: {@code 31/01/2026}. */
    static String dayFirst(long epochSeconds) {
        return Dates.dmy(Dates.day(epochSeconds));
    }

    String recordJson(int index) {
        Malformation bad = faults.malformation(index);
        String json = ColJson.write(record(index));
        if (bad == Malformation.GARBAGE_VALUES) {
            // a value of the wrong JSON type: the record cannot be read as a COL record
            json = json.replaceFirst("\"workloadHours\":-1\\.0", "\"workloadHours\":\"about forty hours\"");
        }
        return json;
    }

    @Override
    public HttpResponse serve(HttpRequest req, String subPath) {
        switch (subPath) {
            case "/col/v1/records":
                return feed(req);
            case "/oai":
                return oai.answer(req);
            default:
                if (subPath.startsWith("/col/v1/records/")) {
                    int index = indexOf(subPath.substring("/col/v1/records/".length()));
                    if (index >= 0 && ledger.isLive(index)) {
                        return page(recordJson(index), StandardCharsets.UTF_8, "utf-8", "application/json", ledger.updatedAt(index));
                    }
                }
                return HttpResponse.notFound(req.path());
        }
    }

    /** Live records by (updatedAt, index). */
    synchronized long[] feedOrder() {
        rebuildOrders();
        return feedOrder;
    }

    /** Live and deleted records by (datestamp, index): OAI keeps deletions (deletedRecord = persistent). */
    synchronized long[] oaiOrder() {
        rebuildOrders();
        return oaiOrder;
    }

    private void rebuildOrders() {
        if (orderBuiltFor == ledger.modCount()) {
            return;
        }
        int size = ledger.size();
        long[] live = new long[ledger.liveCount()];
        long[] all = new long[size];
        int k = 0;
        for (int i = 0; i < size; i++) {
            long del = ledger.deletedAt(i);
            if (del == 0) {
                live[k++] = key(ledger.updatedAt(i), i);
                all[i] = key(ledger.updatedAt(i), i);
            } else {
                all[i] = key(del, i);
            }
        }
        Arrays.sort(live);
        Arrays.sort(all);
        feedOrder = live;
        oaiOrder = all;
        orderBuiltFor = ledger.modCount();
    }

    static long key(long epochSeconds, int index) {
        return (epochSeconds << INDEX_BITS) | index;
    }

    static int indexOfKey(long key) {
        return (int) (key & ((1 << INDEX_BITS) - 1));
    }

    static long secondsOfKey(long key) {
        return key >>> INDEX_BITS;
    }

    private HttpResponse feed(HttpRequest req) {
        int limit = intParam(req, "limit", DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            return jsonError("limit must be within 1.." + MAX_LIMIT + ", was " + limit);
        }
        long since = Long.MIN_VALUE;
        String sinceParam = req.param("since");
        if (sinceParam != null && !sinceParam.isBlank()) {
            try {
                since = Instant.parse(sinceParam.trim()).getEpochSecond();
            } catch (DateTimeParseException e) {
                return jsonError("since must be an ISO-8601 instant such as 2025-03-01T10:00:00Z, was '" + sinceParam + "'");
            }
        }
        String cursor = req.param("cursor");
        FeedCursor at = FeedCursor.START;
        if (cursor != null && !cursor.isBlank()) {
            try {
                at = FeedCursor.parse(cursor.trim());
            } catch (IllegalArgumentException e) {
                return jsonError("cursor is not one this feed gave out: '" + cursor + "'");
            }
        }
        long[] order = feedOrder();
        long startKey = since == Long.MIN_VALUE ? Long.MIN_VALUE : key(since, 0);
        int pos = firstAtOrAbove(order, at.afterKey() == Long.MIN_VALUE ? startKey : Math.max(startKey, at.afterKey() + 1));
        StringBuilder sb = new StringBuilder(limit * 1500);
        sb.append("{\"records\":[");
        int end = Math.min(order.length, pos + limit);
        for (int p = pos; p < end; p++) {
            sb.append(p == pos ? "\n" : ",\n").append(feedItem(indexOfKey(order[p])));
        }
        sb.append("],\n\"deleted\":[");
        if (cursor == null || cursor.isBlank()) {
            long[] all = oaiOrder();
            boolean first = true;
            for (int p = firstAtOrAbove(all, startKey); p < all.length; p++) {
                int i = indexOfKey(all[p]);
                if (ledger.deletedAt(i) != 0) {
                    sb.append(first ? "\n" : ",\n").append("{\"id\":").append(TruthJson.str(localId(i))).append(",\"deletedAt\":\"")
                      .append(Dates.iso(ledger.deletedAt(i))).append("\"}");
                    first = false;
                }
            }
        }
        sb.append("],\n\"next\":");
        if (end < order.length) {
            // faults: a next cursor that restarts the feed, or one that steps back over rows already sent
            int loop = faults.spec().loopAfterPage();
            int back = Math.max(pos, end - faults.spec().duplicateRows()) - 1;
            FeedCursor next = loop > 0 && at.page() >= loop ? FeedCursor.START
                    : new FeedCursor(back < 0 ? Long.MIN_VALUE : order[back], at.page() + 1);
            sb.append('"').append(next.encode()).append('"');
        } else {
            sb.append("null");
        }
        sb.append("}\n");
        return page(sb.toString(), StandardCharsets.UTF_8, "utf-8", "application/json", ledger.lastChange());
    }

    /** The opaque feed cursor: the sort key of the last record sent, and the page number it leads to. */
    record FeedCursor(long afterKey, int page) {
        static final FeedCursor START = new FeedCursor(Long.MIN_VALUE, 1);

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("k:" + afterKey + ":" + page).getBytes(StandardCharsets.US_ASCII));
        }

        static FeedCursor parse(String token) {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
            String[] p = decoded.split(":");
            if (p.length != 3 || !p[0].equals("k")) {
                throw new IllegalArgumentException("not a cursor");
            }
            return new FeedCursor(Long.parseLong(p[1]), Integer.parseInt(p[2]));
        }
    }

    static int firstAtOrAbove(long[] sorted, long key) {
        int pos = Arrays.binarySearch(sorted, key);
        return pos >= 0 ? pos : -pos - 1;
    }

    private static HttpResponse jsonError(String message) {
        return HttpResponse.json(400, "{\"error\":" + TruthJson.str(message) + "}\n");
    }

    long epochSeconds() {
        return ctx.epochSeconds();
    }
}
