package org.mcfed.index.fuzz;

import org.mcfed.fuzz.HostileRequest;
import org.mcfed.fuzz.HostileRequest.Header;
import org.mcfed.fuzz.HostileValues;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A seeded generator of hostile requests against every public endpoint of the index-service (and
 * its admin endpoints without credentials): the endpoints' own parameters, repeated and mixed
 * with unknown ones, carrying the hostile values of {@link HostileValues}. The same seed gives the
 * same requests.
 */
public final class HostileRequests implements Supplier<HostileRequest> {


    private static final String[] SEARCH_PARAMS = {"q", "size", "cursor", "sort", "hoursMin", "hoursMax", "costMax", "country",
            "framework", "nqfLevel", "iscedLevel", "aqrfLevel", "field", "mode", "language", "provider", "status", "stackability",
            "source", "translate", "lang", "unknown"};
    private static final String[] OAI_PARAMS = {"verb", "metadataPrefix", "identifier", "from", "until", "set", "resumptionToken", "extra"};
    private static final String[] PAGES = {"/", "/index.html", "/record.html", "/compare.html", "/dashboard.html", "/validate.html",
            "/assets/", "/assets/app.js", "/favicon.ico", "/api", "/api/", "/api/nothing", "/col/v1", "/col/v1/records/x", "/oai/x.xsd",
            "/oai/col.xsd", "/oai/ob3.xsd", "/q/health", "/q/openapi"};
    private static final String[] METHODS_ODD = {"PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO"};

    private final HostileValues v;
    private final List<Supplier<HostileRequest>> endpoints = List.of(
            this::search, this::search, this::search, this::record, this::record, this::compare, this::export, this::colFeed,
            this::colFeed, this::oai, this::oai, this::oai, this::sources, this::validate, this::page, this::admin, this::oddMethod);

    public HostileRequests(long seed) {
        this.v = new HostileValues(seed);
    }

    @Override
    public HostileRequest get() {
        return v.pick(endpoints).get();
    }

    private HostileRequest search() {
        return get("/api/search" + query(SEARCH_PARAMS, this::searchValue));
    }

    private String searchValue(String param) {
        return switch (param) {
            case "q" -> value("query");
            case "size", "hoursMin", "hoursMax", "costMax" -> value("number");
            case "cursor" -> value("token");
            default -> value("word");
        };
    }

    private HostileRequest record() {
        String format = v.nextBoolean() ? "" : "?format=" + value("word");
        List<Header> headers = v.nextBoolean() ? List.of(new Header("Accept", headerValue("accept"))) : oddHeaders();
        return new HostileRequest("GET", "/api/records/" + value("id") + format, headers, new byte[0]);
    }

    private HostileRequest compare() {
        StringBuilder q = new StringBuilder();
        for (int i = v.nextInt(7); i >= 0; i--) {
            q.append(q.isEmpty() ? "?" : "&").append(v.nextInt(5) == 0 ? "ids" : "id").append('=').append(value("id"));
        }
        return get("/api/compare" + q);
    }

    private HostileRequest export() {
        return get("/api/export" + query(new String[] {"format", "format", "lang", "since"}, p -> value(p.equals("since") ? "date" : "word")));
    }

    private HostileRequest colFeed() {
        List<Header> headers = new ArrayList<>(oddHeaders());
        if (v.nextInt(3) == 0) {
            headers.add(new Header(v.nextBoolean() ? "If-None-Match" : "If-Modified-Since", headerValue("date")));
        }
        String target = "/col/v1/records" + query(new String[] {"since", "cursor", "limit", "extra"}, p -> switch (p) {
            case "since" -> value("date");
            case "limit" -> value("number");
            default -> value("token");
        });
        return new HostileRequest("GET", target, headers, new byte[0]);
    }

    private HostileRequest oai() {
        String query = query(OAI_PARAMS, p -> switch (p) {
            case "from", "until" -> value("date");
            case "resumptionToken" -> value("token");
            case "identifier" -> v.nextBoolean() ? "oai%3Amcfed%3A" + value("id") : value("id");
            default -> value("word");
        });
        if (v.nextInt(4) == 0) {
            String type = v.nextInt(4) == 0 ? headerValue("accept") : "application/x-www-form-urlencoded";
            byte[] body = query.isEmpty() ? new byte[0] : query.substring(1).getBytes(StandardCharsets.ISO_8859_1);
            return new HostileRequest("POST", "/oai", List.of(new Header("Content-Type", type)), body);
        }
        return get("/oai" + query);
    }

    private HostileRequest sources() {
        return switch (v.nextInt(3)) {
            case 0 -> get("/api/sources" + query(new String[] {"source", "lang"}, p -> value("word")));
            case 1 -> get("/api/sources/history" + query(new String[] {"source", "from", "until", "step", "days"},
                    p -> value(p.equals("source") ? "word" : v.nextBoolean() ? "date" : "number")));
            default -> get("/api/sources/" + value(v.nextBoolean() ? "word" : "id"));
        };
    }

    private HostileRequest validate() {
        List<Header> headers = new ArrayList<>();
        headers.add(new Header("X-Forwarded-For", "10.9." + v.nextInt(256) + "." + v.nextInt(256)));
        headers.add(new Header("Content-Type", pick(List.of("application/json", "application/xml", "text/xml",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain", headerValue("accept")))));
        String target = v.nextInt(3) == 0 ? "/api/validate?url=" + value(v.nextBoolean() ? "url" : "escape") : "/api/validate";
        byte[] body = switch (v.nextInt(6)) {
            case 0 -> v.binary(v.nextInt(2000));
            case 1 -> ("{\"url\": \"" + value("escape") + "\"}").getBytes(StandardCharsets.UTF_8);
            case 2 -> "{\"records\": [{\"id\": 1}, null, [], \"x\"]".getBytes(StandardCharsets.UTF_8);
            case 3 -> "<OAI-PMH><ListRecords><record><metadata><col>&unknown;</col></metadata></record></ListRecords></OAI-PMH>"
                    .getBytes(StandardCharsets.UTF_8);
            case 4 -> ("url=" + value("url")).getBytes(StandardCharsets.UTF_8);
            default -> "[".repeat(v.nextInt(20_000)).getBytes(StandardCharsets.UTF_8);
        };
        return new HostileRequest("POST", target, headers, body);
    }

    private HostileRequest page() {
        String path = pick(PAGES);
        String target = v.nextBoolean() ? path + "?id=" + value("id") + "&lang=" + value("escape") : path + value("escape");
        return new HostileRequest("GET", target, oddHeaders(), new byte[0]);
    }

    private HostileRequest admin() {
        String path = pick(List.of("/api/admin/sources", "/api/admin/rejects?source=" + value("word"), "/api/admin/reload"));
        String method = path.endsWith("reload") ? "POST" : path.contains("rejects") ? "DELETE" : "GET";
        List<Header> headers = v.nextBoolean() ? List.of()
                : List.of(new Header("Authorization", pick(List.of("Bearer ", "Bearer x", "Basic YWRtaW46YWRtaW4=", headerValue("escape")))));
        return new HostileRequest(method, path, headers, new byte[0]);
    }

    private HostileRequest oddMethod() {
        String path = pick(List.of("/api/search?q=" + value("query"), "/api/records/" + value("id"), "/col/v1/records", "/api/export", "/api/validate"));
        return new HostileRequest(pick(List.of(METHODS_ODD)), path, List.of(), new byte[0]);
    }

    private HostileRequest get(String target) {
        return v.get(target);
    }

    private String query(String[] names, Function<String, String> valueOf) {
        return v.query(names, valueOf);
    }

    private String value(String kind) {
        return v.value(kind);
    }

    private String headerValue(String kind) {
        return v.headerValue(kind);
    }

    private List<Header> oddHeaders() {
        return v.oddHeaders();
    }

    private <T> T pick(List<T> from) {
        return v.pick(from);
    }

    private String pick(String[] from) {
        return v.pick(from);
    }
}
