package org.mcfed.index.feed.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A published RDF vocabulary as its classes (with their superclasses) and properties (with the
 * classes they apply to), read from its JSON-LD graph: schema.org's release file, CTDL's schema.
 * {@link #problems} lists every property a document puts on a node whose class it does not apply to.
 */
public final class LinkedDataVocabulary {

    private final Map<String, Set<String>> superclasses = new HashMap<>();
    private final Map<String, Set<String>> domains = new HashMap<>();
    private final UnaryOperator<String> term;

    private LinkedDataVocabulary(String file, UnaryOperator<String> term) {
        this.term = term;
        try (InputStream in = LinkedDataVocabulary.class.getResourceAsStream("vocabularies/" + file)) {
            for (JsonNode node : new ObjectMapper().readTree(in).get("@graph")) {
                String id = node.get("@id").asText();
                superclasses.computeIfAbsent(id, k -> new HashSet<>()).addAll(ids(node.get("rdfs:subClassOf")));
                domains.computeIfAbsent(id, k -> new HashSet<>()).addAll(ids(node.get("schema:domainIncludes")));
                // CTDL also lists on each class the properties it is the domain of
                for (String property : ids(node.get("meta:domainFor"))) {
                    domains.computeIfAbsent(property, k -> new HashSet<>()).add(id);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** schema.org 29.4: bare terms ({@code Course}, {@code name}) are {@code schema:} ones. */
    public static LinkedDataVocabulary schemaOrg() {
        return new LinkedDataVocabulary("schemaorg-current-https-29.4.jsonld", t -> t.contains(":") ? t : "schema:" + t);
    }

    /** CTDL as Credential Engine publishes it: terms are written with their prefix. */
    public static LinkedDataVocabulary ctdl() {
        return new LinkedDataVocabulary("ctdl-schema.json", UnaryOperator.identity());
    }

    /** {@code <class>.<property>} for each property used on a node of a class it does not apply to, or unknown. */
    public List<String> problems(JsonNode document) {
        List<String> problems = new ArrayList<>();
        for (JsonNode node : JsonLdNodes.of(document)) {
            JsonNode type = node.get("@type");
            Set<String> classes = type == null ? Set.of() : ancestors(term.apply(type.asText()));
            if (type != null && !superclasses.containsKey(term.apply(type.asText()))) {
                problems.add(type.asText() + " (no such class)");
            }
            node.fieldNames().forEachRemaining(name -> {
                if (name.startsWith("@")) {
                    return;
                }
                Set<String> domain = domains.get(term.apply(name));
                if (domain == null) {
                    problems.add(name + " (no such property)");
                } else if (type != null && domain.stream().noneMatch(classes::contains)) {
                    problems.add(type.asText() + "." + name);
                }
            });
        }
        return problems;
    }

    private Set<String> ancestors(String cls) {
        Set<String> all = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(cls));
        while (!todo.isEmpty()) {
            String c = todo.pop();
            if (all.add(c)) {
                todo.addAll(superclasses.getOrDefault(c, Set.of()));
            }
        }
        return all;
    }

    private static List<String> ids(JsonNode value) {
        List<String> ids = new ArrayList<>();
        if (value == null) {
            return ids;
        }
        for (JsonNode v : value.isArray() ? value : List.of(value)) {
            ids.add(v.isObject() ? v.get("@id").asText() : v.asText());
        }
        return ids;
    }
}
