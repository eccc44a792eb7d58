package org.mcfed.sandbox.site.colfeed;

import org.mcfed.col.record.ColRecord;
import org.mcfed.sandbox.core.Dates;
import org.mcfed.sandbox.core.Html;
import org.mcfed.sandbox.http.HttpRequest;
import org.mcfed.sandbox.http.HttpResponse;
import org.mcfed.sandbox.site.RegistrySite;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OAI-PMH 2.0 over the COL-feed registry: Identify, ListMetadataFormats ({@code oai_dc},
 * {@code col} = the COL JSON inside {@code <col:record>}, or under the {@code colXmlRate} variant the
 * record as COL XML elements), ListSets ({@code country:XX}),
 * ListIdentifiers, ListRecords, GetRecord; from/until at seconds granularity, resumption tokens
 * 100 records a page, deletions kept (deletedRecord = persistent). Identifiers are the COL ids.
 */
final class OaiPmh {
    static final int PAGE = 100;
    static final String COL_NS = "urn:mcfed:col-record:v1";
    private static final Set<String> LIST_ARGS = Set.of("verb", "metadataPrefix", "from", "until", "set", "resumptionToken");

    private final ColFeedSite site;

    OaiPmh(ColFeedSite site) {
        this.site = site;
    }

    HttpResponse answer(HttpRequest req) {
        String verb = req.param("verb");
        for (Map.Entry<String, List<String>> e : req.query().entrySet()) {
            if (e.getValue().size() > 1) {
                return error(req, "badArgument", "argument " + e.getKey() + " is repeated");
            }
        }
        if (verb == null) {
            return error(req, "badVerb", "verb is missing");
        }
        switch (verb) {
            case "Identify":
                return onlyArgs(req, Set.of("verb")) ? identify(req) : error(req, "badArgument", "Identify takes no arguments");
            case "ListMetadataFormats":
                return onlyArgs(req, Set.of("verb", "identifier")) ? formats(req) : error(req, "badArgument", "unexpected argument");
            case "ListSets":
                if (!onlyArgs(req, Set.of("verb", "resumptionToken"))) {
                    return error(req, "badArgument", "unexpected argument");
                }
                return req.param("resumptionToken") != null ? error(req, "badResumptionToken", "ListSets has one page") : sets(req);
            case "GetRecord":
                return onlyArgs(req, Set.of("verb", "identifier", "metadataPrefix")) ? getRecord(req)
                        : error(req, "badArgument", "unexpected argument");
            case "ListIdentifiers":
            case "ListRecords":
                return onlyArgs(req, LIST_ARGS) ? list(req, verb.equals("ListRecords")) : error(req, "badArgument", "unexpected argument");
            default:
                return error(req, "badVerb", "unknown verb '" + verb + "'");
        }
    }

    private static boolean onlyArgs(HttpRequest req, Set<String> allowed) {
        return allowed.containsAll(req.query().keySet());
    }

    private String now() {
        return Dates.iso(Math.max(site.epochSeconds(), site.ledger().lastChange()));
    }

    private StringBuilder head(HttpRequest req, boolean echoArgs) {
        StringBuilder sb = new StringBuilder(16384);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\" ")
          .append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://www.openarchives.org/OAI/2.0/ ")
          .append("http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd\">\n<responseDate>").append(now()).append("</responseDate>\n<request");
        if (echoArgs) {
            for (Map.Entry<String, List<String>> e : req.query().entrySet()) {
                sb.append(' ').append(Html.esc(e.getKey())).append("=\"").append(Html.esc(e.getValue().get(0))).append('"');
            }
        }
        return sb.append(">").append(baseUrl()).append("</request>\n");
    }

    private static String baseUrl() {
        return "/col-feed/oai";
    }

    private HttpResponse xml(StringBuilder sb, long lastModified) {
        sb.append("</OAI-PMH>\n");
        return RegistrySite.page(sb.toString(), StandardCharsets.UTF_8, "utf-8", "text/xml", lastModified);
    }

    private HttpResponse error(HttpRequest req, String code, String message) {
        boolean echo = !code.equals("badVerb") && !code.equals("badArgument");
        StringBuilder sb = head(req, echo);
        sb.append("<error code=\"").append(code).append("\">").append(Html.esc(message)).append("</error>\n");
        return xml(sb, site.ledger().lastChange());
    }

    private HttpResponse identify(HttpRequest req) {
        long[] all = site.oaiOrder();
        String earliest = all.length == 0 ? now() : Dates.iso(ColFeedSite.secondsOfKey(all[0]));
        StringBuilder sb = head(req, true);
        sb.append("<Identify>\n<repositoryName>Example Regional Qualifications Register (COL feed)</repositoryName>\n<baseURL>")
          .append(baseUrl()).append("</baseURL>\n<protocolVersion>2.0</protocolVersion>\n<adminEmail>registry@pqr.example.org</adminEmail>\n")
          .append("<earliestDatestamp>").append(earliest).append("</earliestDatestamp>\n<deletedRecord>persistent</deletedRecord>\n")
          .append("<granularity>YYYY-MM-DDThh:mm:ssZ</granularity>\n</Identify>\n");
        return xml(sb, site.ledger().lastChange());
    }

    private HttpResponse formats(HttpRequest req) {
        String id = req.param("identifier");
        if (id != null && site.indexOf(id) < 0) {
            return error(req, "idDoesNotExist", "no record " + id);
        }
        StringBuilder sb = head(req, true);
        sb.append("<ListMetadataFormats>\n<metadataFormat><metadataPrefix>oai_dc</metadataPrefix>")
          .append("<schema>http://www.openarchives.org/OAI/2.0/oai_dc.xsd</schema>")
          .append("<metadataNamespace>http://www.openarchives.org/OAI/2.0/oai_dc/</metadataNamespace></metadataFormat>\n")
          .append("<metadataFormat><metadataPrefix>col</metadataPrefix><schema>urn:mcfed:col-record:v1:json-schema</schema>")
          .append("<metadataNamespace>").append(COL_NS).append("</metadataNamespace></metadataFormat>\n</ListMetadataFormats>\n");
        return xml(sb, site.ledger().lastChange());
    }

    private HttpResponse sets(HttpRequest req) {
        StringBuilder sb = head(req, true).append("<ListSets>\n");
        for (String c : site.countries()) {
            sb.append("<set><setSpec>country:").append(c).append("</setSpec><setName>Issuer country ").append(c).append("</setName></set>\n");
        }
        return xml(sb.append("</ListSets>\n"), site.ledger().lastChange());
    }

    private HttpResponse getRecord(HttpRequest req) {
        String id = req.param("identifier");
        String prefix = req.param("metadataPrefix");
        if (id == null || prefix == null) {
            return error(req, "badArgument", "GetRecord needs identifier and metadataPrefix");
        }
        if (!prefix.equals("oai_dc") && !prefix.equals("col")) {
            return error(req, "cannotDisseminateFormat", "no format " + prefix);
        }
        int index = site.indexOf(id);
        if (index < 0) {
            return error(req, "idDoesNotExist", "no record " + id);
        }
        StringBuilder sb = head(req, true).append("<GetRecord>\n");
        record(sb, index, prefix, true);
        return xml(sb.append("</GetRecord>\n"), datestamp(index));
    }

    private long datestamp(int index) {
        long del = site.ledger().deletedAt(index);
        return del != 0 ? del : site.ledger().updatedAt(index);
    }

    /** The selection a list request (or its resumption token) stands for. */
    private record Selection(String prefix, long from, long until, String set, long afterKey, int cursor) {
        String token() {
            String raw = prefix + "|" + from + "|" + until + "|" + (set == null ? "" : set) + "|" + afterKey + "|" + cursor;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Selection parse(String token) {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] p = raw.split("\\|", -1);
            if (p.length != 6) {
                throw new IllegalArgumentException("token has " + p.length + " parts");
            }
            return new Selection(p[0], Long.parseLong(p[1]), Long.parseLong(p[2]), p[3].isEmpty() ? null : p[3],
                    Long.parseLong(p[4]), Integer.parseInt(p[5]));
        }
    }

    private HttpResponse list(HttpRequest req, boolean withRecords) {
        String verb = withRecords ? "ListRecords" : "ListIdentifiers";
        Selection sel;
        String token = req.param("resumptionToken");
        if (token != null) {
            if (req.query().size() != 2) {
                return error(req, "badArgument", "resumptionToken is exclusive");
            }
            try {
                sel = Selection.parse(token);
            } catch (RuntimeException e) {
                return error(req, "badResumptionToken", "not a token this repository gave out");
            }
        } else {
            String prefix = req.param("metadataPrefix");
            if (prefix == null) {
                return error(req, "badArgument", "metadataPrefix is required");
            }
            long from;
            long until;
            try {
                from = parseDate(req.param("from"), false);
                until = parseDate(req.param("until"), true);
            } catch (DateTimeParseException e) {
                return error(req, "badArgument", "from/until must be YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ");
            }
            String f = req.param("from");
            String u = req.param("until");
            if (f != null && u != null && f.length() != u.length()) {
                return error(req, "badArgument", "from and until must have the same granularity");
            }
            if (from > until) {
                return error(req, "badArgument", "from is after until");
            }
            sel = new Selection(prefix, from, until, req.param("set"), Long.MIN_VALUE, 0);
        }
        if (!sel.prefix().equals("oai_dc") && !sel.prefix().equals("col")) {
            return error(req, "cannotDisseminateFormat", "no format " + sel.prefix());
        }
        String country = null;
        if (sel.set() != null) {
            if (!sel.set().startsWith("country:") || !site.countries().contains(sel.set().substring(8))) {
                return error(req, "noRecordsMatch", "no set " + sel.set());
            }
            country = sel.set().substring(8);
        }
        long[] all = site.oaiOrder();
        int start = ColFeedSite.firstAtOrAbove(all, Math.max(sel.from() == Long.MIN_VALUE ? Long.MIN_VALUE : ColFeedSite.key(sel.from(), 0),
                sel.afterKey() == Long.MIN_VALUE ? Long.MIN_VALUE : sel.afterKey() + 1));
        int total = 0;
        int firstFrom = ColFeedSite.firstAtOrAbove(all, sel.from() == Long.MIN_VALUE ? Long.MIN_VALUE : ColFeedSite.key(sel.from(), 0));
        for (int p = firstFrom; p < all.length && ColFeedSite.secondsOfKey(all[p]) <= sel.until(); p++) {
            if (country == null || country.equals(site.country(ColFeedSite.indexOfKey(all[p])))) {
                total++;
            }
        }
        StringBuilder sb = head(req, true).append('<').append(verb).append(">\n");
        int shown = 0;
        long[] shownKeys = new long[PAGE];
        boolean more = false;
        for (int p = start; p < all.length && ColFeedSite.secondsOfKey(all[p]) <= sel.until(); p++) {
            int index = ColFeedSite.indexOfKey(all[p]);
            if (country != null && !country.equals(site.country(index))) {
                continue;
            }
            if (shown == PAGE) {
                more = true;
                break;
            }
            if (withRecords) {
                record(sb, index, sel.prefix(), true);
            } else {
                header(sb, index);
            }
            shownKeys[shown++] = all[p];
        }
        if (total == 0) {
            return error(req, "noRecordsMatch", "no records match");
        }
        if (more) {
            // faults: a token that restarts the list, or one that steps back over records already sent
            int page = sel.cursor() / PAGE + 1;
            int loop = site.faults().spec().loopAfterPage();
            int back = shown - 1 - Math.min(shown - 1, site.faults().spec().duplicateRows());
            Selection next = loop > 0 && page >= loop
                    ? new Selection(sel.prefix(), sel.from(), sel.until(), sel.set(), Long.MIN_VALUE, 0)
                    : new Selection(sel.prefix(), sel.from(), sel.until(), sel.set(), shownKeys[back], sel.cursor() + shown);
            sb.append("<resumptionToken completeListSize=\"").append(total).append("\" cursor=\"").append(sel.cursor()).append("\">")
              .append(next.token()).append("</resumptionToken>\n");
        } else if (token != null) {
            sb.append("<resumptionToken completeListSize=\"").append(total).append("\" cursor=\"").append(sel.cursor()).append("\"/>\n");
        }
        return xml(sb.append("</").append(verb).append(">\n"), site.ledger().lastChange());
    }

    private static long parseDate(String s, boolean endOfDay) {
        if (s == null) {
            return endOfDay ? Long.MAX_VALUE >>> ColFeedSite.INDEX_BITS : Long.MIN_VALUE;
        }
        if (s.length() == 10) {
            LocalDate d = LocalDate.parse(s);
            long start = d.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            return endOfDay ? start + 86399 : start;
        }
        if (s.length() != 20 || !s.endsWith("Z")) {
            throw new DateTimeParseException("not seconds granularity", s, 0);
        }
        return Instant.parse(s).getEpochSecond();
    }

    private void header(StringBuilder sb, int index) {
        boolean deleted = site.ledger().deletedAt(index) != 0;
        FeedItemFault bad = site.badItem(index);
        if (bad == FeedItemFault.NOT_AN_OBJECT) {
            return;
        }
        String id = bad == FeedItemFault.WITHOUT_ID ? "" : Html.esc(site.localId(index));
        String stamp = bad == FeedItemFault.BAD_DATE ? ColFeedSite.dayFirst(datestamp(index)) : Dates.iso(datestamp(index));
        sb.append(deleted ? "<header status=\"deleted\">" : "<header>").append("<identifier>").append(id)
          .append("</identifier><datestamp>").append(stamp).append("</datestamp><setSpec>country:")
          .append(site.country(index)).append("</setSpec></header>");
    }

    private void record(StringBuilder sb, int index, String prefix, boolean withMetadata) {
        sb.append("<record>");
        header(sb, index);
        boolean unparseable = site.badItem(index) == FeedItemFault.WRONG_TYPES;
        if (withMetadata && site.ledger().deletedAt(index) == 0) {
            sb.append("<metadata>");
            if (prefix.equals("col") && site.faults().colXml(index)) {
                StringBuilder xml = new StringBuilder();
                ColXmlWriter.write(xml, site.recordJson(index));
                // a tag left open inside one record: the page is no longer well-formed XML
                sb.append(unparseable ? xml.toString().replaceFirst("</title>", "<b></title>") : xml);
            } else if (prefix.equals("col")) {
                String json = site.recordJson(index);
                sb.append("<col:record xmlns:col=\"").append(COL_NS).append("\" contentType=\"application/json\">")
                  .append(Html.esc(unparseable ? json.substring(0, json.length() / 2) : json)).append("</col:record>");
            } else if (unparseable) {
                sb.append("<dc xmlns=\"http://purl.org/dc/elements/1.1/\"><title>").append(Html.esc(site.localId(index)))
                  .append("</title></dc>");
            } else {
                ColRecord r = site.record(index);
                sb.append("<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">");
                if (r.title() != null) {
                    for (Map.Entry<String, String> t : r.title().entrySet()) {
                        sb.append("<dc:title xml:lang=\"").append(t.getKey()).append("\">").append(Html.esc(t.getValue())).append("</dc:title>");
                    }
                }
                if (r.description() != null) {
                    sb.append("<dc:description>").append(Html.esc(r.description().get("en"))).append("</dc:description>");
                }
                sb.append("<dc:publisher>").append(Html.esc(r.awardingBody().name())).append("</dc:publisher>")
                  .append("<dc:identifier>").append(Html.esc(r.id())).append("</dc:identifier>")
                  .append("<dc:identifier>").append(Html.esc(r.url())).append("</dc:identifier>");
                for (String l : r.languages()) {
                    sb.append("<dc:language>").append(l).append("</dc:language>");
                }
                sb.append("<dc:type>micro-credential</dc:type><dc:coverage>").append(r.issuerCountry()).append("</dc:coverage>")
                  .append("<dc:date>").append(r.updatedAt()).append("</dc:date></oai_dc:dc>");
            }
            sb.append("</metadata>");
        }
        sb.append("</record>\n");
    }
}
