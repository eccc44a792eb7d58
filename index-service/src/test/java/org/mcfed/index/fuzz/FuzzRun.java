package org.mcfed.index.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import org.mcfed.col.json.ColJson;
import org.w3c.dom.Document;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends {@link HostileRequests} to a running index-service and checks every answer: no status
 * 5xx; an error (4xx) has a JSON body with an {@code "error"} field, or on {@code /oai} an OAI-PMH
 * XML error; a JSON or XML success parses. Also the large run's command line:
 * {@code FuzzRun <base url> [requests=10000] [seed=14]} (see {@code fuzz.sh}).
 */
public final class FuzzRun {

    static final int TIMEOUT_MILLIS = 15_000;
    /** The service's quarkus.http.limits.max-initial-line-length (application.properties). */
    private static final int MAX_INITIAL_LINE = 262_144;
    /** Quarkus' default quarkus.http.limits.max-header-size (20K). */
    private static final int MAX_HEADER_BYTES = 20 * 1024;

    /** What a run saw: the count per status (-1: no answer), every broken answer, the slowest answer. */
    public record Outcome(Map<Integer, Integer> perStatus, List<String> violations, long slowestMillis, String slowest) {
        public String summary() {
            return "statuses " + perStatus + ", " + violations.size() + " violations, slowest " + slowestMillis + " ms: " + slowest;
        }
    }

    private FuzzRun() {
    }

    public static Outcome run(String host, int port, int requests, long seed) {
        HostileRequests generator = new HostileRequests(seed);
        Map<Integer, Integer> perStatus = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        long slowestMillis = 0;
        String slowest = "";
        for (int i = 0; i < requests; i++) {
            HostileRequest request = generator.next();
            try {
                WireAnswer answer = WireAnswer.exchange(host, port, request, TIMEOUT_MILLIS);
                perStatus.merge(answer.status(), 1, Integer::sum);
                String problem = problem(request, answer);
                if (problem != null) {
                    violations.add("#" + i + " " + request.summary() + " -> " + answer.status() + ": " + problem);
                }
                if (answer.millis() > slowestMillis) {
                    slowestMillis = answer.millis();
                    slowest = request.summary();
                }
            } catch (IOException | RuntimeException e) {
                perStatus.merge(-1, 1, Integer::sum);
                violations.add("#" + i + " " + request.summary() + " -> no answer: " + e);
            }
        }
        return new Outcome(perStatus, violations, slowestMillis, slowest);
    }

    /** Why the answer breaks the contract, or null. */
    static String problem(HostileRequest request, WireAnswer answer) {
        int status = answer.status();
        if (status >= 500) {
            return "server error, body " + cut(answer.text());
        }
        if (request.method().equals("HEAD") || status == 204 || status == 304 || status < 200 || (status >= 300 && status < 400)) {
            return null;
        }
        String type = answer.contentType();
        if (status == 414 && request.target().length() > MAX_INITIAL_LINE || status == 431 && request.headerBytes() > MAX_HEADER_BYTES) {
            // refused by the HTTP codec before any handler runs, which answers these with no body
            return null;
        }
        if (status >= 400) {
            if (request.oai() && oaiError(answer)) {
                return null;
            }
            return jsonError(answer) ? null : "error without a JSON {\"error\": ...} body (" + type + "): " + cut(answer.text());
        }
        if (type.startsWith("application/json") && json(answer) == null) {
            return "JSON success that does not parse: " + cut(answer.text());
        }
        if (request.oai() && !oaiDocument(answer)) {
            return "OAI answer that is not an OAI-PMH document: " + cut(answer.text());
        }
        return null;
    }

    private static boolean jsonError(WireAnswer answer) {
        JsonNode body = json(answer);
        return body != null && body.path("error").isTextual() && !body.path("error").asText().isBlank();
    }

    private static JsonNode json(WireAnswer answer) {
        try {
            return ColJson.mapper().readTree(answer.body());
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean oaiError(WireAnswer answer) {
        Document doc = xml(answer);
        return doc != null && doc.getElementsByTagNameNS("*", "error").getLength() > 0 && "OAI-PMH".equals(doc.getDocumentElement().getLocalName());
    }

    private static boolean oaiDocument(WireAnswer answer) {
        Document doc = xml(answer);
        return doc != null && "OAI-PMH".equals(doc.getDocumentElement().getLocalName());
    }

    private static Document xml(WireAnswer answer) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(answer.body()));
        } catch (Exception e) {
            return null;
        }
    }

    private static String cut(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    public static void main(String[] args) {
        URI base = URI.create(args.length > 0 ? args[0] : "http://localhost:8080");
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 14;
        long start = System.nanoTime();
        Outcome outcome = run(base.getHost(), base.getPort() < 0 ? 80 : base.getPort(), requests, seed);
        outcome.violations().forEach(System.out::println);
        System.out.printf("fuzz: %d requests, seed %d, %.1f s: %s%n", requests, seed, (System.nanoTime() - start) / 1e9, outcome.summary());
        System.exit(outcome.violations().isEmpty() ? 0 : 1);
    }
}
