package org.mcfed.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * Sends a service's generated hostile requests to it and checks every answer against the contract
 * all mcfed services keep: no status 5xx; an error (4xx) has a JSON body with an {@code "error"}
 * field, or on {@code /oai} an OAI-PMH XML error; a JSON or XML success parses. Also the command
 * line of a run against a service already running:
 * {@code FuzzRun <generator class> <base url> [requests=10000] [seed=14]} (see {@code deploy/fuzz.sh}).
 */
public final class FuzzRun {

    public static final int TIMEOUT_MILLIS = 15_000;
    /** Quarkus' default quarkus.http.limits.max-initial-line-length (4096), unless a service raises it. */
    public static final int DEFAULT_MAX_INITIAL_LINE = 4096;
    /** Quarkus' default quarkus.http.limits.max-header-size (20K). */
    private static final int MAX_HEADER_BYTES = 20 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a run saw: the count per status (-1: no answer), every broken answer, the slowest answer. */
    public record Outcome(Map<Integer, Integer> perStatus, List<String> violations, long slowestMillis, String slowest) {
        /** Requests that got any answer or none (-1), so every request sent is counted once. */
        public int counted() {
            return perStatus.values().stream().mapToInt(Integer::intValue).sum();
        }

        public String summary() {
            return "statuses " + perStatus + ", " + violations.size() + " violations, slowest " + slowestMillis + " ms: " + slowest;
        }
    }

    private FuzzRun() {
    }

    /**
     * A test's run: {@code -Dfuzz.requests=} requests (else {@code defaultRequests}) of the generator seeded with
     * {@code -Dfuzz.seed=} (else 14), its summary printed with the service's name.
     */
    public static Outcome runFromTest(String service, URI base, int defaultRequests, LongFunction<Supplier<HostileRequest>> generator,
                                      int maxInitialLine) {
        int requests = Integer.getInteger("fuzz.requests", defaultRequests);
        long seed = Long.getLong("fuzz.seed", 14);
        long start = System.nanoTime();
        Outcome outcome = run(base.getHost(), base.getPort(), requests, generator.apply(seed), maxInitialLine);
        System.out.printf("%s fuzz: %d requests, seed %d, %.1f s: %s%n", service, requests, seed, (System.nanoTime() - start) / 1e9,
                outcome.summary());
        return outcome;
    }

    /**
     * Sends {@code requests} requests of the generator one after the other, each on a fresh connection.
     *
     * @param maxInitialLine the service's quarkus.http.limits.max-initial-line-length: a longer request line is
     *                       refused by the HTTP codec with a bare 414, which the contract allows
     */
    public static Outcome run(String host, int port, int requests, Supplier<HostileRequest> generator, int maxInitialLine) {
        Map<Integer, Integer> perStatus = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        long slowestMillis = 0;
        String slowest = "";
        for (int i = 0; i < requests; i++) {
            HostileRequest request = generator.get();
            try {
                WireAnswer answer = WireAnswer.exchange(host, port, request, TIMEOUT_MILLIS);
                perStatus.merge(answer.status(), 1, Integer::sum);
                String problem = problem(request, answer, maxInitialLine);
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
    static String problem(HostileRequest request, WireAnswer answer, int maxInitialLine) {
        int status = answer.status();
        if (status >= 500) {
            return "server error, body " + cut(answer.text());
        }
        if (request.method().equals("HEAD") || status == 204 || status == 304 || status < 200 || (status >= 300 && status < 400)) {
            return null;
        }
        String type = answer.contentType();
        if (status == 414 && request.target().length() > maxInitialLine || status == 431 && request.headerBytes() > MAX_HEADER_BYTES) {
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
            return JSON.readTree(answer.body());
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

    /**
     * {@code FuzzRun <generator class> <base url> [requests=10000] [seed=14] [max initial line=4096]}: the generator
     * class is a {@code Supplier<HostileRequest>} with a constructor taking the seed (a {@code long}).
     */
    public static void main(String[] args) throws ReflectiveOperationException {
        if (args.length < 2) {
            System.err.println("usage: FuzzRun <generator class> <base url> [requests=10000] [seed=14] [max initial line=4096]");
            System.exit(2);
        }
        URI base = URI.create(args[1]);
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 14;
        int maxInitialLine = args.length > 4 ? Integer.parseInt(args[4]) : DEFAULT_MAX_INITIAL_LINE;
        @SuppressWarnings("unchecked")
        Supplier<HostileRequest> generator = (Supplier<HostileRequest>) Class.forName(args[0]).getConstructor(long.class).newInstance(seed);
        long start = System.nanoTime();
        Outcome outcome = run(base.getHost(), base.getPort() < 0 ? 80 : base.getPort(), requests, generator, maxInitialLine);
        outcome.violations().forEach(System.out::println);
        System.out.printf("fuzz %s: %d requests, seed %d, %.1f s: %s%n", base, requests, seed, (System.nanoTime() - start) / 1e9, outcome.summary());
        System.exit(outcome.violations().isEmpty() ? 0 : 1);
    }
}
