package org.mcfed.index.fuzz;

import org.mcfed.index.fuzz.HostileRequest.Header;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A seeded generator of hostile requests against every public endpoint of the index-service (and
 * its admin endpoints without credentials): the endpoints' own parameters, repeated and mixed
 * with unknown ones, carrying broken %-escapes, invalid UTF-8, control characters, overflowing
 * numbers, unknown values, malformed cursors, 100 kB and random binary values, and odd headers.
 * The same seed gives the same requests.
 */
public final class HostileRequests {

    private static final Map<String, List<String>> VALUES = load();
    private static final String[] SEARCH_PARAMS = {"q", "size", "cursor", "sort", "hoursMin", "hoursMax", "costMax", "country",
            "framework", "nqfLevel", "iscedLevel", "aqrfLevel", "field", "mode", "language", "provider", "status", "stackability",
            "source", "translate", "lang", "unknown"};
    private static final String[] OAI_PARAMS = {"verb", "metadataPrefix", "identifier", "from", "until", "set", "resumptionToken", "extra"};
    private static final String[] PAGES = {"/", "/index.html", "/record.html", "/compare.html", "/dashboard.html", "/validate.html",
            "/assets/", "/assets/app.js", "/favicon.ico", "/api", "/api/", "/api/nothing", "/col/v1", "/col/v1/records/x", "/oai/x.xsd",
            "/oai/col.xsd", "/oai/ob3.xsd", "/q/health", "/q/openapi"};
    private static final String[] METHODS_ODD = {"PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO"};

    private final Random random;
    private final List<Supplier<HostileRequest>> endpoints = List.of(
            this::search, this::search, this::search, this::record, this::record, this::compare, this::export, this::colFeed,
            this::colFeed, this::oai, this::oai, this::oai, this::sources, this::validate, this::page, this::admin, this::oddMethod);

    public HostileRequests(long seed) {
        this.random = new Random(seed);
    }

    public HostileRequest next() {
        return pick(endpoints).get();
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
        String format = random.nextBoolean() ? "" : "?format=" + value("word");
        List<Header> headers = random.nextBoolean() ? List.of(new Header("Accept", headerValue("accept"))) : oddHeaders();
        return new HostileRequest("GET", "/api/records/" + value("id") + format, headers, new byte[0]);
    }

    private HostileRequest compare() {
        StringBuilder q = new StringBuilder();
        for (int i = random.nextInt(7); i >= 0; i--) {
            q.append(q.isEmpty() ? "?" : "&").append(random.nextInt(5) == 0 ? "ids" : "id").append('=').append(value("id"));
        }
        return get("/api/compare" + q);
    }

    private HostileRequest export() {
        return get("/api/export" + query(new String[] {"format", "format", "lang", "since"}, p -> value(p.equals("since") ? "date" : "word")));
    }

    private HostileRequest colFeed() {
        List<Header> headers = new ArrayList<>(oddHeaders());
        if (random.nextInt(3) == 0) {
            headers.add(new Header(random.nextBoolean() ? "If-None-Match" : "If-Modified-Since", headerValue("date")));
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
            case "identifier" -> random.nextBoolean() ? "oai%3Amcfed%3A" + value("id") : value("id");
            default -> value("word");
        });
        if (random.nextInt(4) == 0) {
            String type = random.nextInt(4) == 0 ? headerValue("accept") : "application/x-www-form-urlencoded";
            byte[] body = query.isEmpty() ? new byte[0] : query.substring(1).getBytes(StandardCharsets.ISO_8859_1);
            return new HostileRequest("POST", "/oai", List.of(new Header("Content-Type", type)), body);
        }
        return get("/oai" + query);
    }

    private HostileRequest sources() {
        return switch (random.nextInt(3)) {
            case 0 -> get("/api/sources" + query(new String[] {"source", "lang"}, p -> value("word")));
            case 1 -> get("/api/sources/history" + query(new String[] {"source", "from", "until", "step", "days"},
                    p -> value(p.equals("source") ? "word" : random.nextBoolean() ? "date" : "number")));
            default -> get("/api/sources/" + value(random.nextBoolean() ? "word" : "id"));
        };
    }

    private HostileRequest validate() {
        List<Header> headers = new ArrayList<>();
        headers.add(new Header("X-Forwarded-For", "10.9." + random.nextInt(256) + "." + random.nextInt(256)));
        headers.add(new Header("Content-Type", pick(List.of("application/json", "application/xml", "text/xml",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain", headerValue("accept")))));
        String target = random.nextInt(3) == 0 ? "/api/validate?url=" + value(random.nextBoolean() ? "url" : "escape") : "/api/validate";
        byte[] body = switch (random.nextInt(6)) {
            case 0 -> binary(random.nextInt(2000));
            case 1 -> ("{\"url\": \"" + value("escape") + "\"}").getBytes(StandardCharsets.UTF_8);
            case 2 -> "{\"records\": [{\"id\": 1}, null, [], \"x\"]".getBytes(StandardCharsets.UTF_8);
            case 3 -> "<OAI-PMH><ListRecords><record><metadata><col>&unknown;</col></metadata></record></ListRecords></OAI-PMH>"
                    .getBytes(StandardCharsets.UTF_8);
            case 4 -> ("url=" + value("url")).getBytes(StandardCharsets.UTF_8);
            default -> "[".repeat(random.nextInt(20_000)).getBytes(StandardCharsets.UTF_8);
        };
        return new HostileRequest("POST", target, headers, body);
    }

    private HostileRequest page() {
        String path = pick(PAGES);
        String target = random.nextBoolean() ? path + "?id=" + value("id") + "&lang=" + value("escape") : path + value("escape");
        return new HostileRequest("GET", target, oddHeaders(), new byte[0]);
    }

    private HostileRequest admin() {
        String path = pick(List.of("/api/admin/sources", "/api/admin/rejects?source=" + value("word"), "/api/admin/reload"));
        String method = path.endsWith("reload") ? "POST" : path.contains("rejects") ? "DELETE" : "GET";
        List<Header> headers = random.nextBoolean() ? List.of()
                : List.of(new Header("Authorization", pick(List.of("Bearer ", "Bearer x", "Basic YWRtaW46YWRtaW4=", headerValue("escape")))));
        return new HostileRequest(method, path, headers, new byte[0]);
    }

    private HostileRequest oddMethod() {
        String path = pick(List.of("/api/search?q=" + value("query"), "/api/records/" + value("id"), "/col/v1/records", "/api/export", "/api/validate"));
        return new HostileRequest(pick(List.of(METHODS_ODD)), path, List.of(), new byte[0]);
    }

    private HostileRequest get(String target) {
        return new HostileRequest("GET", target, oddHeaders(), new byte[0]);
    }

    /** 0 to 6 parameters drawn with repetition (so duplicates occur), each a hostile or plausible value. */
    private String query(String[] names, Function<String, String> valueOf) {
        StringBuilder q = new StringBuilder();
        for (int i = random.nextInt(7); i > 0; i--) {
            String name = random.nextInt(25) == 0 ? value("escape") : pick(names);
            q.append(q.isEmpty() ? "?" : "&").append(name);
            if (random.nextInt(15) != 0) {
                q.append('=').append(random.nextInt(4) == 0 ? value("escape") : valueOf.apply(name));
            }
        }
        return q.toString();
    }

    /** A value of the kind, or now and then a generated one: 100 kB, random bytes %-encoded, or a random base64 token. */
    private String value(String kind) {
        return switch (random.nextInt(20)) {
            case 0 -> "a".repeat(100_000);
            case 1 -> percentEncoded(binary(1 + random.nextInt(64)));
            case 2 -> Base64.getUrlEncoder().withoutPadding().encodeToString(binary(1 + random.nextInt(48)));
            default -> pick(VALUES.get(kind));
        };
    }

    /** A header value: what the list holds, or bytes a header may legally carry (obs-text), or 12 kB. */
    private String headerValue(String kind) {
        return switch (random.nextInt(10)) {
            case 0 -> "x".repeat(12_000);
            case 1 -> new String(visibleOrHigh(1 + random.nextInt(40)), StandardCharsets.ISO_8859_1);
            default -> pick(VALUES.get(kind));
        };
    }

    private List<Header> oddHeaders() {
        List<Header> headers = new ArrayList<>();
        String[] names = {"Accept", "Accept-Language", "Accept-Encoding", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Forwarded-For",
                "Forwarded", "Cookie", "Range", "Content-Type"};
        for (int i = random.nextInt(3); i > 0; i--) {
            String name = pick(names);
            String value = headerValue(random.nextBoolean() ? "accept" : "escape");
            // left out: an empty X-Forwarded-For gets no answer at all from Quarkus 3.31 when proxy forwarding is on
            // (only the test profile turns it on); reported in the README, not fixable in this service
            if (!(name.equals("X-Forwarded-For") && value.isBlank())) {
                headers.add(new Header(name, value));
            }
        }
        return headers;
    }

    private byte[] binary(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] visibleOrHigh(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            int b = 0x20 + random.nextInt(0xE0);
            bytes[i] = (byte) (b == 0x7F ? '~' : b);
        }
        return bytes;
    }

    private static String percentEncoded(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append('%').append(String.format("%02X", b & 0xFF));
        }
        return s.toString();
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> values = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                HostileRequests.class.getResourceAsStream("/fuzz/values.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.startsWith("#")) {
                    String[] kv = line.split("\t", 2);
                    values.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv.length > 1 ? kv[1] : "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }
}
