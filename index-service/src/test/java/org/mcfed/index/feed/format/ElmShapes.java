package org.mcfed.index.feed.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Commission's SHACL shapes of the European Digital Credentials application profile
 * (EDC-generic-no-cv, ELM 3): for each class, the properties it may carry and those it must.
 * A {@code Qualification} (a learning achievement specification) may also carry what the
 * Commission's micro-credential example (Sample-MC-Annex1) puts on its qualification.
 * Terms are read through the published ELM context, so a term maps to the path a shape names.
 */
public final class ElmShapes {

    // a shape ends at a line holding only "."; two properties of the source are named Class_prefix_local and
    // Class_local rather than Class-prefix_local: read as the elm: property they name
    private static final Pattern NODE_SHAPE = Pattern.compile("(?m)^\\s*edc:(\\w+)Shape\\s*$(.*?)^\\s*\\.\\s*$", Pattern.DOTALL);
    private static final Pattern PROPERTY = Pattern.compile("sh:property edc:(\\w+?)[-_](?:(\\w+?)_)?(\\w+)\\s*[;.]");
    private static final Pattern PROPERTY_SHAPE = Pattern.compile("(?m)^\\s*edc:(\\w+?)[-_](\\w+?)_(\\w+)\\s*$(.*?)^\\s*\\.\\s*$", Pattern.DOTALL);

    private final Map<String, Set<String>> allowed = new HashMap<>();
    private final Map<String, Set<String>> required = new HashMap<>();
    private final Map<String, String> termPaths = new HashMap<>();

    public ElmShapes() {
        String ttl = resource("vocabularies/EDC-generic-no-cv.ttl");
        Matcher shapes = NODE_SHAPE.matcher(ttl);
        while (shapes.find()) {
            Matcher p = PROPERTY.matcher(shapes.group(2));
            while (p.find()) {
                allowed.computeIfAbsent(shapes.group(1), k -> new HashSet<>()).add((p.group(2) == null ? "elm" : p.group(2)) + ":" + p.group(3));
            }
        }
        Matcher properties = PROPERTY_SHAPE.matcher(ttl);
        while (properties.find()) {
            if (Pattern.compile("(?m)^\\s*sh:minCount [1-9]").matcher(properties.group(4)).find()) {
                required.computeIfAbsent(properties.group(1), k -> new HashSet<>()).add(properties.group(2) + ":" + properties.group(3));
            }
        }
        try {
            ObjectMapper json = new ObjectMapper();
            json.readTree(resource("contexts/elm-edc-ap-context.jsonld")).get("@context").fields().forEachRemaining(e ->
                    termPaths.put(e.getKey(), e.getValue().isObject() && e.getValue().has("@id") ? e.getValue().get("@id").asText() : e.getValue().asText()));
            Set<String> qualification = new HashSet<>(allowed.get("LearningAchievementSpecification"));
            for (JsonNode node : JsonLdNodes.of(json.readTree(resource("vocabularies/Sample-MC-Annex1-unsigned.jsonld")))) {
                if ("Qualification".equals(node.path("type").asText())) {
                    node.fieldNames().forEachRemaining(name -> qualification.add(termPaths.get(name)));
                }
            }
            allowed.put("Qualification", qualification);
            required.put("Qualification", required.get("LearningAchievementSpecification"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code <type>.<term>} for a term its class's shape does not list, {@code <type> lacks <path>} for a required one missing. */
    public List<String> problems(JsonNode document) {
        List<String> problems = new ArrayList<>();
        for (JsonNode node : JsonLdNodes.of(document)) {
            String type = node.has("type") ? node.get("type").asText() : null;
            if (type == null) {
                continue;
            }
            Set<String> paths = new HashSet<>();
            node.fieldNames().forEachRemaining(term -> {
                String path = termPaths.get(term);
                paths.add(path);
                if (allowed.containsKey(type) && !term.startsWith("@") && !term.equals("id") && !term.equals("type")
                        && !allowed.get(type).contains(path)) {
                    problems.add(type + "." + term);
                }
            });
            for (String path : required.getOrDefault(type, Set.of())) {
                if (!paths.contains(path)) {
                    problems.add(type + " lacks " + path);
                }
            }
        }
        return problems;
    }

    private static String resource(String name) {
        try (InputStream in = ElmShapes.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
